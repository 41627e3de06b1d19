namespace Kommunpilot.Features.Communication.Views;

/// <summary>An activity with a number of days: how late it is, or how many days are left.</summary>
public sealed record DatedItem(ActivityFact Activity, DateOnly End, int Days);

/// <summary>
/// What is late (<see cref="PlanActivity.IsLate"/>: its end has passed and it is neither done nor
/// cancelled), most late first; what is due within <see cref="SoonDays"/> days, soonest first; and the
/// open activities whose timing cannot be judged: not understood, not written, or tied to a decision
/// without a date. Ongoing and as-needed activities are never late.
/// </summary>
public sealed record LateReport(DateOnly Today, IReadOnlyList<DatedItem> Late, IReadOnlyList<DatedItem> DueSoon, IReadOnlyList<ActivityFact> NotJudged)
{
    public const int SoonDays = 14;

    public static LateReport Build(IReadOnlyList<ActivityFact> activities, DateOnly today)
    {
        var late = activities
            .Where(a => a.IsLate(today))
            .Select(a => new DatedItem(a, a.End!.Value, today.DayNumber - a.End!.Value.DayNumber))
            .OrderByDescending(i => i.Days).ThenBy(i => i.Activity.Order).ThenBy(i => i.Activity.Id)
            .ToList();
        var soon = activities
            .Where(a => a.IsOpen && a.End is { } end && end >= today && end.DayNumber - today.DayNumber <= SoonDays)
            .Select(a => new DatedItem(a, a.End!.Value, a.End!.Value.DayNumber - today.DayNumber))
            .OrderBy(i => i.Days).ThenBy(i => i.Activity.Order).ThenBy(i => i.Activity.Id)
            .ToList();
        var notJudged = activities
            .Where(a => a.IsOpen && (a.TimingProblem is not null
                || (a.Start is null && a.End is null && a.TimingKind is TimingKind.None or TimingKind.Relative or TimingKind.Unparsed)))
            .OrderBy(a => a.TimingProblem is null).ThenBy(a => a.Order).ThenBy(a => a.Id)
            .ToList();
        return new(today, late, soon, notJudged);
    }
}
