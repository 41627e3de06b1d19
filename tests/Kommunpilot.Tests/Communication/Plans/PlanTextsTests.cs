using System.Xml.Linq;
using Kommunpilot.Features.Communication.Plans;

namespace Kommunpilot.Tests.Communication.Plans;

/// <summary>The names the history and the conflict view show, and the rules' messages, come from tables and constants,
/// not from L["..."] calls the localisation test can see; this checks they have English too.</summary>
public sealed class PlanTextsTests
{
    [Fact]
    public void Every_field_and_record_name_and_rule_message_has_english()
    {
        var resx = Path.GetFullPath(Path.Combine(Here(), "..", "..", "..", "..", "src", "Kommunpilot", "Features", "Communication", "Plans", "PlanTexts.en.resx"));
        var english = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        string[] messages =
        [
            PlanRules.NoBody, PlanRules.UnknownBody, PlanRules.BudgetTooLarge, Kronor.NotAnAmount, Kronor.TooManyDecimals, PlanBasics.TooLong,
            Features.Communication.CommunicationPlan.CheckPeriod(new DateOnly(2024, 2, 1), new DateOnly(2024, 1, 1))!,
            Features.Communication.CommunicationPlan.CheckBudget(-1)!,
        ];
        var adoption = PlanRules.CheckAdoption(null, null, null, new DateOnly(2024, 1, 1))
            .Concat(PlanRules.CheckAdoption(new string('x', 300), new DateOnly(2030, 1, 1), new string('v', 50), new DateOnly(2024, 1, 1)))
            .Concat(PlanRules.CheckRevision(null, null))
            .Concat(PlanRules.CheckRevision("1", new string('n', 3000)))
            .SelectMany(e => e.Arguments.OfType<string>().Append(e.Message));
        var missing = PlanWords.AllTexts.Concat(messages).Concat(adoption).Distinct().Where(t => !english.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "No English for: " + string.Join(", ", missing));
    }

    /// <summary>This source file's folder, whatever the build output folder.</summary>
    private static string Here([System.Runtime.CompilerServices.CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
