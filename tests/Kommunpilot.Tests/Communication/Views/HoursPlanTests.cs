using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Communication.Views;
using static Kommunpilot.Tests.Communication.Views.Facts;

namespace Kommunpilot.Tests.Communication.Views;

public sealed class HoursPlanTests
{
    private static readonly PersonRef Anna = new(1, "Anna");
    private static readonly PersonRef Bo = new(2, "Bo");
    private static readonly PersonRef Cecilia = new(3, "Cecilia");

    private static HoursPlan.Person P(PersonRef p) => new(p.Id, p.Name);

    [Fact]
    public void Ten_hours_from_august_to_december_for_two_people_are_five_each_spread_by_the_days_of_each_month()
    {
        var plan = new HoursPlan(D(2023, 1, 1), D(2023, 12, 31),
            [Activity(start: D(2023, 8, 1), end: D(2023, 12, 31), hours: 10, people: [Anna, Bo])]);

        // 153 days: august 31, september 30, october 31, november 30, december 31.
        foreach (var person in new[] { P(Anna), P(Bo) })
        {
            Assert.Equal(1.013072m, plan.Planned(person, new YearMonth(2023, 8))); // 5 × 31 / 153
            Assert.Equal(0.980392m, plan.Planned(person, new YearMonth(2023, 9))); // 5 × 30 / 153
            Assert.Equal(1.013072m, plan.Planned(person, new YearMonth(2023, 10)));
            Assert.Equal(0.980392m, plan.Planned(person, new YearMonth(2023, 11)));
            Assert.Equal(1.013072m, plan.Planned(person, new YearMonth(2023, 12))); // what is left: 5 - 3.986928
            Assert.Equal(0m, plan.Planned(person, new YearMonth(2023, 7)));
            Assert.Equal(5m, plan.PersonTotal(person));
        }
        Assert.Equal(10m, plan.Total);
        Assert.Equal(2.026144m, plan.MonthTotal(new YearMonth(2023, 8)));
        Assert.Equal(12, plan.Months.Count);
        Assert.False(plan.HasUndated);
    }

    [Fact]
    public void A_spread_gives_exactly_the_hours_and_counts_only_the_days_of_the_activity()
    {
        var parts = HoursPlan.SpreadOverMonths(7, D(2024, 1, 15), D(2024, 3, 14));
        // 17 days in january, 29 in february (leap year), 14 in march: 60 days.
        Assert.Equal([new YearMonth(2024, 1), new YearMonth(2024, 2), new YearMonth(2024, 3)], parts.Select(p => p.Month));
        Assert.Equal(1.983333m, parts[0].Hours); // 7 × 17 / 60
        Assert.Equal(3.383333m, parts[1].Hours); // 7 × 29 / 60
        Assert.Equal(1.633334m, parts[2].Hours); // 7 × 14 / 60 = 1.633333, and the rounding
        Assert.Equal(7m, parts.Sum(p => p.Hours));
        Assert.Equal([(new YearMonth(2024, 5), 3m)], HoursPlan.SpreadOverMonths(3, D(2024, 5, 20), D(2024, 5, 20)));
    }

    [Fact]
    public void Hours_without_dates_or_without_anyone_responsible_are_not_lost_and_cancelled_hours_are_not_counted()
    {
        var plan = new HoursPlan(null, null,
        [
            Activity(hours: 6, people: [Anna, Bo, Cecilia], kind: TimingKind.Ongoing),
            Activity(start: D(2023, 3, 1), end: D(2023, 3, 31), hours: 4),
            Activity(hours: 1.5m),
            Activity(start: D(2023, 5, 1), hours: 2, people: [Anna], kind: TimingKind.From),
            Activity(start: D(2023, 3, 1), end: D(2023, 4, 30), hours: 100, people: [Bo], status: ActivityStatus.Cancelled),
            Activity(start: D(2023, 3, 1), end: D(2023, 3, 31), people: [Bo]),
        ]);

        Assert.Equal(2m, plan.Planned(P(Cecilia), null));
        Assert.Equal(4m, plan.Planned(P(Anna), null)); // 2 of the ongoing, and "from May" has no end
        Assert.Equal(4m, plan.Planned(HoursPlan.Nobody, new YearMonth(2023, 3)));
        Assert.Equal(1.5m, plan.Planned(HoursPlan.Nobody, null));
        Assert.Equal(6m + 4m + 1.5m + 2m, plan.Total);
        Assert.Equal(plan.Total, plan.People.Sum(plan.PersonTotal));
        Assert.Equal(plan.Total, plan.Months.Select(m => (YearMonth?)m).Append(null).Sum(plan.MonthTotal));
        Assert.True(plan.HasUndated);
        Assert.Equal(100m, plan.CancelledHours);
        Assert.Equal(1, plan.WithoutHoursCount);
        Assert.Equal([new YearMonth(2023, 3)], plan.Months);
        Assert.Equal(["Anna", "Bo", "Cecilia", ""], plan.People.Select(p => p.Name));
    }

    [Fact]
    public void Ten_hours_in_three_are_as_equal_as_they_can_be_and_add_up()
    {
        Assert.Equal([3.333333m, 3.333333m, 3.333334m], HoursPlan.Divide(10, 3));
        Assert.Equal([10m], HoursPlan.Divide(10, 1));
    }

    [Fact]
    public void Actual_hours_of_done_activities_are_divided_among_their_people()
    {
        var plan = new HoursPlan(null, null,
        [
            Activity(start: D(2023, 3, 1), end: D(2023, 3, 31), hours: 4, actual: 5, status: ActivityStatus.Done, people: [Anna, Bo]),
            Activity(start: D(2023, 4, 1), end: D(2023, 4, 30), hours: 2, actual: 3, status: ActivityStatus.Done, people: [Anna]),
            Activity(start: D(2023, 4, 1), end: D(2023, 4, 30), hours: 2, actual: 9, status: ActivityStatus.InProgress, people: [Bo]),
        ]);
        Assert.Equal(5.5m, plan.Actual(P(Anna)));
        Assert.Equal(2.5m, plan.Actual(P(Bo)));
        Assert.Equal(2, plan.DoneCount(P(Anna)));
        Assert.Equal(1, plan.DoneCount(P(Bo)));
        Assert.Equal(2, plan.DoneTotal);
        Assert.Equal(8m, plan.ActualTotal);
    }
}
