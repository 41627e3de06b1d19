using Kommunpilot.Features.Communication;

namespace Kommunpilot.Tests.Communication;

/// <summary>The real "when" phrases of the three communication plans in ../shared/seeds, each with what
/// <see cref="Timing.Parse"/> makes of it. Where a phrase gives no dates, that is deliberate and noted.</summary>
public sealed class TimingSourcePhrasesTests
{
    [Theory]
    // 004 (Lekeberg, Kommunikationsplan 2023), the "När?" column of the activity table, every row.
    [InlineData("Juni 2023", TimingKind.Month, "2023-06-01", "2023-06-30")]
    [InlineData("Juni-september 2023", TimingKind.Month, "2023-06-01", "2023-09-30")]
    [InlineData("Hösten 2023", TimingKind.Season, "2023-08-01", "2023-12-31")]
    [InlineData("Våren 2023", TimingKind.Season, "2023-01-01", "2023-06-30")]
    // 004, timings in the running text: "Inför hösten 2023 även inkludera ...", "... till hösten 2023",
    // support "vid efterfrågan", "under 2022".
    [InlineData("Inför hösten 2023", TimingKind.Deadline, null, "2023-07-31")]
    [InlineData("vid efterfrågan", TimingKind.AsNeeded, null, null)]
    [InlineData("under 2022", TimingKind.Year, "2022-01-01", "2022-12-31")]
    // 000 (Lund), the running text: activities happen "inför beslutsärende om samordnade servicetjänster"
    // (relative to a decision: no dates until linked to its milestone) and "under pilotprojektets gång"
    // (deliberately not understood: the project's own period is not known to a text parser).
    [InlineData("inför beslutsärende om samordnade servicetjänster", TimingKind.Relative, null, null)]
    // 002 (Fyrbodal), the running text (its å/ä/ö are lost in extraction): dates in the background,
    // "efter tillgång och efterfrågan" and "löpande" as written correctly.
    [InlineData("Den 20 april 2020", TimingKind.Date, "2020-04-20", "2020-04-20")]
    [InlineData("den 13 mars 2020", TimingKind.Date, "2020-03-13", "2020-03-13")]
    [InlineData("Den 28 augusti 2020", TimingKind.Date, "2020-08-28", "2020-08-28")]
    [InlineData("efter tillgång och efterfrågan", TimingKind.AsNeeded, null, null)]
    [InlineData("löpande", TimingKind.Ongoing, null, null)]
    // 002 as extracted, without å/ä/ö: mangled spelling is not understood on purpose; the phrase is
    // kept, and "efter ..." naming no period is relative, for a person to look at.
    [InlineData("efter tillgang och efterfragan", TimingKind.Relative, null, null)]
    public void Source_phrases(string text, TimingKind kind, string? start, string? end) =>
        Assert.Equal(new Timing(text, kind, TimingTests.D(start), TimingTests.D(end), null), Timing.Parse(text));

    [Theory]
    // 000: the "Tidpunkt" column is empty in all twelve rows; that is no timing, not a problem.
    [InlineData("")]
    public void Empty_tidpunkt_in_000_is_no_timing(string text) =>
        Assert.Equal(TimingKind.None, Timing.Parse(text).Kind);

    [Theory]
    [InlineData("under pilotprojektets gång")] // 000
    [InlineData("I6pande")] // 002, "löpande" as extracted
    [InlineData("till hösten 2023")] // 004, "fattas ... till hösten 2023": "till" without a start
    public void Source_phrases_left_for_a_person(string text) =>
        TimingTests.AssertProblem(Timing.Parse(text), text, Timing.NotUnderstood);
}
