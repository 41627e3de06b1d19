using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Kommunpilot.Tests.Platform;

/// <summary>
/// Swedish is the key; every Swedish text a page or a validation message shows has its English
/// beside it in a .en.resx. This reads the sources, so a text added without English fails here.
/// </summary>
public sealed partial class LocalizationTests
{
    [GeneratedRegex("""(?<![\w.])(?:T|L|t|l)\["((?:[^"\\]|\\.)+)"\]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex("""ErrorMessage\s*=\s*"((?:[^"\\]|\\.)+)"(?!\s*\+)""")]
    private static partial Regex ErrorMessage();

    /// <summary>Found from this source file's own path, so it works whatever the build output folder.</summary>
    private static string AppFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kommunpilot.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Kommunpilot.slnx not found"), "src", "Kommunpilot");
    }

    [Fact]
    public void Every_swedish_text_has_an_english_translation()
    {
        var root = AppFolder();
        var english = Directory.EnumerateFiles(root, "*.en.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data").Select(d => (string)d.Attribute("name")!))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(english);

        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                                 && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                                 && !f.Contains("Migrations", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            foreach (var match in LocalizerCall().Matches(text).Concat(ErrorMessage().Matches(text)))
            {
                var key = Regex.Unescape(match.Groups[1].Value);
                if (!english.Contains(key))
                {
                    missing.Add($"{Path.GetRelativePath(root, file)}: \"{key}\"");
                }
            }
        }
        Assert.True(missing.Count == 0, "Swedish texts without English (add them to the feature's .en.resx):\n" + string.Join("\n", missing));
    }
}
