namespace Kommunpilot.Features.Communication.Views;

/// <summary>
/// Planned hours per responsible person per month, by one rule: an activity's planned hours are
/// divided equally among its responsible people and spread over its months in proportion to the days
/// of the activity in each month. Hours of an activity without both a start and an end date go to
/// "utan tidpunkt", hours of an activity without responsible people to "utan ansvarig", so every
/// planned hour is somewhere. Cancelled activities do not count. Actual hours of done activities are
/// divided among their responsible people the same way. All sums are exact; pages round when showing.
/// </summary>
public sealed class HoursPlan
{
    /// <summary>Who hours belong to; <see cref="Id"/> is null for "utan ansvarig".</summary>
    public sealed record Person(int? Id, string Name);

    public static readonly Person Nobody = new(null, "");

    private readonly Dictionary<(Person Person, YearMonth? Month), decimal> _planned = [];
    private readonly Dictionary<Person, decimal> _actual = [];
    private readonly Dictionary<Person, int> _done = [];

    /// <summary>Every month of the plan's period and of the dated activities, in order.</summary>
    public IReadOnlyList<YearMonth> Months { get; }
    /// <summary>The people with hours, by name; <see cref="Nobody"/> last when some hours have no one.</summary>
    public IReadOnlyList<Person> People { get; }
    /// <summary>Whether some planned hours have no dates (the "utan tidpunkt" row is shown).</summary>
    public bool HasUndated { get; }
    public decimal CancelledHours { get; }
    /// <summary>Done activities (each once, however many are responsible).</summary>
    public int DoneTotal { get; }
    public int WithoutHoursCount { get; }

    public HoursPlan(DateOnly? periodStart, DateOnly? periodEnd, IReadOnlyList<ActivityFact> activities)
    {
        var counted = activities.Where(a => a.Status != ActivityStatus.Cancelled).ToList();
        CancelledHours = activities.Where(a => a.Status == ActivityStatus.Cancelled).Sum(a => a.PlannedHours ?? 0);
        WithoutHoursCount = counted.Count(a => a.PlannedHours is null);

        var span = YearMonth.Span(counted.Where(a => a.Start is not null && a.End is not null)
            .SelectMany(a => new[] { a.Start, a.End }).Append(periodStart).Append(periodEnd));
        Months = span is { } s ? YearMonth.Range(s.From, s.To) : [];

        var people = new HashSet<Person>();
        foreach (var a in counted)
        {
            List<Person> owners = a.Responsible.Count == 0 ? [Nobody] : [.. a.Responsible.Select(r => new Person(r.Id, r.Name)).Distinct()];
            people.UnionWith(owners);
            if (a.PlannedHours is { } hours and > 0)
            {
                var shares = Divide(hours, owners.Count);
                for (var i = 0; i < owners.Count; i++)
                {
                    IEnumerable<(YearMonth? Month, decimal Hours)> parts = a.Start is { } start && a.End is { } end
                        ? SpreadOverMonths(shares[i], start, end).Select(m => ((YearMonth?)m.Month, m.Hours))
                        : [(null, shares[i])];
                    foreach (var (month, part) in parts)
                    {
                        _planned[(owners[i], month)] = _planned.GetValueOrDefault((owners[i], month)) + part;
                    }
                }
            }
            if (a.Status == ActivityStatus.Done)
            {
                DoneTotal++;
                var shares = Divide(a.ActualHours ?? 0, owners.Count);
                for (var i = 0; i < owners.Count; i++)
                {
                    _done[owners[i]] = _done.GetValueOrDefault(owners[i]) + 1;
                    _actual[owners[i]] = _actual.GetValueOrDefault(owners[i]) + shares[i];
                }
            }
        }
        // "Utan ansvarig" is shown only when it holds hours.
        var nobodyHasHours = _planned.Keys.Any(k => k.Person == Nobody) || _actual.GetValueOrDefault(Nobody) != 0;
        People = [.. people.Where(p => p != Nobody).OrderBy(p => p.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), true)).ThenBy(p => p.Id),
            .. people.Where(p => p == Nobody && nobodyHasHours)];
        HasUndated = _planned.Keys.Any(k => k.Month is null);
    }

    /// <summary>Parts are kept to this many decimals, so that adding them up is exact.</summary>
    public const int Decimals = 6;

    /// <summary><paramref name="hours"/> in <paramref name="count"/> equal parts (to <see cref="Decimals"/>
    /// decimals); the last takes what rounding left over, so the parts add up to exactly <paramref name="hours"/>.</summary>
    public static IReadOnlyList<decimal> Divide(decimal hours, int count)
    {
        var share = Math.Round(hours / count, Decimals);
        return [.. Enumerable.Repeat(share, count - 1), hours - share * (count - 1)];
    }

    /// <summary>
    /// <paramref name="hours"/> spread over the months from <paramref name="start"/> to <paramref name="end"/>
    /// in proportion to the activity's days in each month (to <see cref="Decimals"/> decimals). The parts add
    /// up to exactly <paramref name="hours"/>: the last month takes what rounding left over.
    /// </summary>
    public static IReadOnlyList<(YearMonth Month, decimal Hours)> SpreadOverMonths(decimal hours, DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            (start, end) = (end, start);
        }
        var totalDays = end.DayNumber - start.DayNumber + 1;
        var parts = new List<(YearMonth, decimal)>();
        var given = 0m;
        var months = YearMonth.Range(YearMonth.Of(start), YearMonth.Of(end));
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            if (i == months.Count - 1)
            {
                parts.Add((m, hours - given));
                break;
            }
            var from = m.First < start ? start : m.First;
            var to = m.Last > end ? end : m.Last;
            var part = Math.Round(hours * (to.DayNumber - from.DayNumber + 1) / totalDays, Decimals);
            parts.Add((m, part));
            given += part;
        }
        return parts;
    }

    /// <summary>Planned hours of the person in the month; a null month is "utan tidpunkt".</summary>
    public decimal Planned(Person person, YearMonth? month) => _planned.GetValueOrDefault((person, month));

    public decimal PersonTotal(Person person) => _planned.Where(p => p.Key.Person == person).Sum(p => p.Value);

    public decimal MonthTotal(YearMonth? month) => _planned.Where(p => p.Key.Month == month).Sum(p => p.Value);

    public decimal Total => _planned.Values.Sum();

    /// <summary>The person's share of the actual hours of done activities.</summary>
    public decimal Actual(Person person) => _actual.GetValueOrDefault(person);

    public int DoneCount(Person person) => _done.GetValueOrDefault(person);

    public decimal ActualTotal => _actual.Values.Sum();
}
