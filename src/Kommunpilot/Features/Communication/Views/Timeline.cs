using System.Globalization;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>What a timeline cell shows for an activity in a month.</summary>
public enum TimelineMark
{
    None,
    /// <summary>The activity runs (some of) this month.</summary>
    Runs,
    /// <summary>The activity has a start but no end ("fr.o.m. juni 2023"): it runs on from its start.</summary>
    RunsOn,
    /// <summary>The activity has an end but no start ("senast 30 januari 2024"): it is due this month.</summary>
    Due,
}

public sealed record TimelineCell(YearMonth Month, TimelineMark Mark, bool First, bool Last);

public sealed record TimelineRow(ActivityFact Activity, IReadOnlyList<TimelineCell> Cells);

/// <summary>
/// The activity plan by month, one year at a time: the months are the plan's period and every
/// activity's dates; a row per activity shown that year, ordered by start; the activities without
/// dates (löpande, vid behov, not understood, none) apart.
/// </summary>
public sealed record Timeline(
    IReadOnlyList<int> Years,
    int? Year,
    bool UnknownYear,
    IReadOnlyList<YearMonth> Months,
    IReadOnlyList<TimelineRow> Rows,
    IReadOnlyList<ActivityFact> Undated,
    int ShownOtherYears)
{
    /// <param name="requestedYear">The <c>?ar=</c> parameter as given; an unknown or unreadable year falls back
    /// to the current year (if the plan has it) or the first, and <see cref="UnknownYear"/> says so.</param>
    public static Timeline Build(DateOnly? periodStart, DateOnly? periodEnd, IReadOnlyList<ActivityFact> activities, string? requestedYear, DateOnly today)
    {
        var dated = activities.Where(a => a.Start is not null || a.End is not null).ToList();
        var undated = activities.Where(a => a.Start is null && a.End is null).ToList();
        var span = YearMonth.Span(dated.SelectMany(a => new[] { a.Start, a.End }).Append(periodStart).Append(periodEnd));
        if (span is not { } s)
        {
            return new([], null, !string.IsNullOrWhiteSpace(requestedYear), [], [], undated, 0);
        }

        var years = new SortedSet<int>();
        void AddYears(DateOnly? from, DateOnly? to)
        {
            if ((from ?? to) is { } a && (to ?? from) is { } b)
            {
                for (var y = a.Year; y <= b.Year; y++)
                {
                    years.Add(y);
                }
            }
        }
        AddYears(periodStart, periodEnd);
        foreach (var a in dated)
        {
            AddYears(a.Start, a.End);
        }

        var parsed = int.TryParse(requestedYear, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : (int?)null;
        var unknown = !string.IsNullOrWhiteSpace(requestedYear) && (parsed is null || !years.Contains(parsed.Value));
        var year = parsed is { } p && years.Contains(p) ? p : years.Contains(today.Year) ? today.Year : years.Min;

        var first = new YearMonth(year, 1) < s.From ? s.From : new YearMonth(year, 1);
        var last = new YearMonth(year, 12) > s.To ? s.To : new YearMonth(year, 12);
        var months = YearMonth.Range(first, last);

        var rows = new List<TimelineRow>();
        foreach (var activity in dated.OrderBy(a => a.SortDate).ThenBy(a => a.End ?? DateOnly.MaxValue).ThenBy(a => a.Order).ThenBy(a => a.Id))
        {
            var cells = months.Select(m => Cell(activity, m, s.To)).ToList();
            if (cells.Any(c => c.Mark != TimelineMark.None))
            {
                rows.Add(new TimelineRow(activity, cells));
            }
        }
        return new([.. years], year, unknown, months, rows, undated, dated.Count - rows.Count);
    }

    /// <summary>What the activity's row shows in <paramref name="month"/>; an open-ended activity runs on to <paramref name="spanEnd"/>.</summary>
    public static TimelineCell Cell(ActivityFact activity, YearMonth month, YearMonth spanEnd)
    {
        switch (activity.Start, activity.End)
        {
            case ({ } start, { } end):
                {
                    var from = YearMonth.Of(start);
                    var to = YearMonth.Of(end);
                    return from <= month && month <= to
                        ? new(month, TimelineMark.Runs, month == from, month == to)
                        : new(month, TimelineMark.None, false, false);
                }
            case ({ } start, null):
                {
                    var from = YearMonth.Of(start);
                    return from <= month
                        ? new(month, TimelineMark.RunsOn, month == from, month == spanEnd)
                        : new(month, TimelineMark.None, false, false);
                }
            case (null, { } end):
                return YearMonth.Of(end) == month
                    ? new(month, TimelineMark.Due, true, true)
                    : new(month, TimelineMark.None, false, false);
            default:
                return new(month, TimelineMark.None, false, false);
        }
    }
}
