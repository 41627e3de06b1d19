using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Views;
using static Kommunpilot.Tests.Communication.Views.Facts;

namespace Kommunpilot.Tests.Communication.Views;

public sealed class LateReportTests
{
    private static readonly DateOnly Today = D(2023, 10, 10);

    [Fact]
    public void Late_is_ordered_by_how_late_due_soon_by_how_soon_and_unclear_timing_is_not_judged()
    {
        var report = LateReport.Build(
        [
            Activity("Lite sen", start: D(2023, 9, 1), end: D(2023, 10, 9)),
            Activity("Mycket sen", start: D(2023, 3, 1), end: D(2023, 3, 31), status: ActivityStatus.Postponed),
            Activity("Klar", end: D(2023, 3, 31), status: ActivityStatus.Done),
            Activity("Inställd", end: D(2023, 3, 31), status: ActivityStatus.Cancelled),
            Activity("I dag", start: D(2023, 10, 1), end: Today, status: ActivityStatus.InProgress),
            Activity("Om två veckor", start: D(2023, 10, 1), end: D(2023, 10, 24)),
            Activity("Om femton dagar", start: D(2023, 10, 1), end: D(2023, 10, 25)),
            Activity("Oklar", problem: "Tidpunkten kunde inte tolkas."),
            Activity("Oklar men klar", problem: "Tidpunkten kunde inte tolkas.", status: ActivityStatus.Done),
            Activity("Ingen tid"),
            Activity("Löpande", kind: TimingKind.Ongoing),
            Activity("Vid behov", kind: TimingKind.AsNeeded),
            Activity("Inför beslut", kind: TimingKind.Relative),
            Activity("Från maj", start: D(2023, 5, 1), kind: TimingKind.From),
        ], Today);

        Assert.Equal([("Mycket sen", 193), ("Lite sen", 1)], report.Late.Select(i => (i.Activity.What, i.Days)));
        Assert.Equal([("I dag", 0), ("Om två veckor", 14)], report.DueSoon.Select(i => (i.Activity.What, i.Days)));
        Assert.Equal(["Oklar", "Ingen tid", "Inför beslut"], report.NotJudged.Select(a => a.What));
    }

    [Fact]
    public void The_rule_for_late_is_the_activitys_own()
    {
        var activity = Activity(end: D(2023, 10, 9));
        Assert.True(activity.IsLate(Today));
        Assert.False(activity.IsLate(D(2023, 10, 9)));
        Assert.False((activity with { Status = ActivityStatus.Done }).IsLate(Today));
        Assert.False((activity with { End = null }).IsLate(Today));
    }
}
