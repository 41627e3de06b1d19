using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Views;
using static Kommunpilot.Tests.Communication.Views.Facts;

namespace Kommunpilot.Tests.Communication.Views;

public sealed class TimelineTests
{
    private static readonly ActivityFact Autumn = Activity("Hösten", start: D(2023, 8, 1), end: D(2023, 12, 31), kind: TimingKind.Season);
    private static readonly ActivityFact March = Activity("Mars", start: D(2023, 3, 1), end: D(2023, 3, 31), kind: TimingKind.Month);
    private static readonly ActivityFact OverNewYear = Activity("Vintern", start: D(2023, 12, 1), end: D(2024, 2, 29), kind: TimingKind.Season);
    private static readonly ActivityFact FromMay = Activity("Från maj", start: D(2023, 5, 15), kind: TimingKind.From);
    private static readonly ActivityFact Deadline = Activity("Senast", end: D(2024, 1, 30), kind: TimingKind.Deadline);
    private static readonly ActivityFact Ongoing = Activity("Löpande", kind: TimingKind.Ongoing);
    private static readonly ActivityFact Unclear = Activity("Oklar", problem: "Tidpunkten kunde inte tolkas.");

    private static readonly ActivityFact[] All = [Autumn, March, OverNewYear, FromMay, Deadline, Ongoing, Unclear];

    [Fact]
    public void A_year_shows_its_months_and_its_activities_ordered_by_start_and_the_undated_apart()
    {
        var t = Timeline.Build(D(2023, 1, 1), D(2023, 12, 31), All, "2023", D(2025, 6, 1));

        Assert.Equal([2023, 2024], t.Years);
        Assert.Equal(2023, t.Year);
        Assert.False(t.UnknownYear);
        Assert.Equal(12, t.Months.Count);
        Assert.Equal(["Mars", "Från maj", "Hösten", "Vintern"], t.Rows.Select(r => r.Activity.What));
        Assert.Equal(1, t.ShownOtherYears); // the deadline in january 2024
        Assert.Equal(["Löpande", "Oklar"], t.Undated.Select(a => a.What));

        var autumn = t.Rows.Single(r => r.Activity == Autumn).Cells;
        Assert.Equal([8, 9, 10, 11, 12], autumn.Where(c => c.Mark == TimelineMark.Runs).Select(c => c.Month.Month));
        Assert.True(autumn[7].First);
        Assert.True(autumn[11].Last);
        var fromMay = t.Rows.Single(r => r.Activity == FromMay).Cells;
        Assert.Equal(8, fromMay.Count(c => c.Mark == TimelineMark.RunsOn));
    }

    [Fact]
    public void The_next_year_shows_only_its_months_within_the_span()
    {
        var t = Timeline.Build(D(2023, 1, 1), D(2023, 12, 31), All, "2024", D(2025, 6, 1));
        Assert.Equal(2024, t.Year);
        Assert.Equal([1, 2], t.Months.Select(m => m.Month));
        Assert.Equal(["Från maj", "Vintern", "Senast"], t.Rows.Select(r => r.Activity.What));
        var deadline = t.Rows.Single(r => r.Activity == Deadline).Cells;
        Assert.Equal([TimelineMark.Due, TimelineMark.None], deadline.Select(c => c.Mark));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("1999", true)]
    [InlineData("tjugo", true)]
    [InlineData("-2023", true)]
    public void Without_a_known_year_the_current_year_or_else_the_first_is_shown(string? asked, bool unknown)
    {
        Assert.Equal((2024, unknown), Pick(Timeline.Build(D(2023, 1, 1), D(2023, 12, 31), All, asked, D(2024, 3, 1))));
        Assert.Equal((2023, unknown), Pick(Timeline.Build(D(2023, 1, 1), D(2023, 12, 31), All, asked, D(2030, 3, 1))));

        static (int?, bool) Pick(Timeline t) => (t.Year, t.UnknownYear);
    }

    [Fact]
    public void Without_any_date_there_are_no_months_but_the_undated_are_listed()
    {
        var t = Timeline.Build(null, null, [Ongoing, Unclear], null, D(2024, 1, 1));
        Assert.Empty(t.Months);
        Assert.Empty(t.Years);
        Assert.Null(t.Year);
        Assert.Equal(2, t.Undated.Count);
    }
}
