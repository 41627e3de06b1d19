using System.Xml.Linq;
using Kommunpilot.Features.Projects;

namespace Kommunpilot.Tests.Projects;

/// <summary>The field and record names the history and conflict show come from a table, not from L["..."]
/// calls the localisation test can see; this checks they have English too.</summary>
public sealed class ProjectTextsTests
{
    [Fact]
    public void Every_field_and_record_name_has_english()
    {
        var resx = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "src", "Kommunpilot", "Features", "Projects", "ProjectTexts.en.resx"));
        var english = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = ProjectFields.AllTexts.Where(t => !english.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(", ", missing));
    }

    /// <summary>This source file's folder (tests/Kommunpilot.Tests/Projects), whatever the build output folder.</summary>
    private static string Here([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
