using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>One measured value, as the trend needs it.</summary>
public sealed record KpiPoint(int KpiId, int? SiteId, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value);

/// <summary>One line of a KPI: a pilot site, or the whole project (<see cref="SiteId"/> null).</summary>
public sealed record KpiSeries(int? SiteId, string Name);

/// <summary>
/// Where one line of a KPI stands: its first and latest value, the value expected at the latest
/// period's end (<see cref="KpiStatus.Expected"/>) and the status of the latest value.
/// </summary>
public sealed record KpiStanding(
    KpiSeries Series,
    KpiPeriod? FirstPeriod,
    decimal? First,
    KpiPeriod? LatestPeriod,
    decimal? Latest,
    decimal? Expected,
    KpiTrackStatus Status)
{
    public decimal? Change => First is { } f && Latest is { } l && FirstPeriod != LatestPeriod ? l - f : null;
}

/// <summary>
/// A KPI's trend from its measurements: its lines (one per pilot site, or the project), the periods from
/// the start of its life at its frequency up to today or the latest value (whichever is later, but not
/// past its end), the values per period and line, and each line's standing against the target.
/// </summary>
public static class KpiTrend
{
    /// <summary>The longest trend shown: ten years of months. Older periods are left out of the chart and table.</summary>
    public const int MaxPeriods = 120;

    /// <summary>Today in Sweden.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? TimeZoneInfo.ConvertTime(now, zone) : now;
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary>The KPI's lines: the project, its one pilot site, or every pilot site (and any site that has values but is no longer listed).</summary>
    public static IReadOnlyList<KpiSeries> SeriesOf(Kpi kpi, IReadOnlyList<KpiChoice> sites, IEnumerable<KpiPoint> points, string projectName)
    {
        var list = kpi.Scope switch
        {
            KpiScope.Project => [new KpiSeries(null, projectName)],
            KpiScope.OnePilotSite => kpi.PilotSiteId is { } id ? [new KpiSeries(id, Name(sites, id))] : new List<KpiSeries>(),
            _ => sites.Select(s => new KpiSeries(s.Id, s.Name)).ToList(),
        };
        foreach (var site in points.Select(p => p.SiteId).Distinct())
        {
            if (list.All(s => s.SiteId != site))
            {
                list.Add(new KpiSeries(site, site is { } id ? Name(sites, id) : projectName));
            }
        }
        return list;
    }

    private static string Name(IReadOnlyList<KpiChoice> sites, int id) => sites.FirstOrDefault(s => s.Id == id)?.Name ?? $"#{id}";

    /// <summary>Where each line stands at its latest value.</summary>
    public static IReadOnlyList<KpiStanding> Standings(Kpi kpi, IReadOnlyList<KpiSeries> series, IReadOnlyCollection<KpiPoint> points) =>
        [.. series.Select(s =>
        {
            var mine = points.Where(p => p.SiteId == s.SiteId).OrderBy(p => p.PeriodStart).ToList();
            if (mine.Count == 0)
            {
                return new KpiStanding(s, null, null, null, null, null, KpiTrackStatus.Unknown);
            }
            var first = mine[0];
            var latest = mine[^1];
            return new KpiStanding(s,
                KpiPeriod.Containing(kpi.Frequency, first.PeriodStart), first.Value,
                KpiPeriod.Containing(kpi.Frequency, latest.PeriodStart), latest.Value,
                KpiStatus.Expected(kpi.BaselineValue, kpi.BaselineDate, kpi.TargetValue, kpi.TargetDate, latest.PeriodEnd),
                KpiStatus.Of(kpi, latest.Value, latest.PeriodEnd));
        })];

    /// <summary>The worst status among the lines that have a value: off track before at risk before on track.</summary>
    public static KpiTrackStatus Worst(IEnumerable<KpiTrackStatus> statuses) =>
        statuses.Select(s => s switch { KpiTrackStatus.OffTrack => 3, KpiTrackStatus.AtRisk => 2, KpiTrackStatus.OnTrack => 1, _ => 0 })
            .DefaultIfEmpty(0).Max() switch
        {
            3 => KpiTrackStatus.OffTrack,
            2 => KpiTrackStatus.AtRisk,
            1 => KpiTrackStatus.OnTrack,
            _ => KpiTrackStatus.Unknown,
        };

    /// <summary>
    /// The periods of the trend: from the KPI's start (or the project's, or the first value) at its
    /// frequency, to today or the latest value, whichever is later, but not past the KPI's end.
    /// </summary>
    public static IReadOnlyList<KpiPeriod> Periods(Kpi kpi, DateOnly? lifeStart, DateOnly? lifeEnd, IReadOnlyCollection<KpiPoint> points, DateOnly today)
    {
        var firstValue = points.Count == 0 ? (DateOnly?)null : points.Min(p => p.PeriodStart);
        var lastValue = points.Count == 0 ? (DateOnly?)null : points.Max(p => p.PeriodStart);
        var from = lifeStart ?? firstValue ?? kpi.BaselineDate ?? today;
        if (firstValue is { } fv && fv < from)
        {
            from = fv;
        }
        var to = lastValue is { } lv && lv > today ? lv : today;
        if (lifeEnd is { } end && to > end)
        {
            to = lastValue is { } l && l > end ? l : end;
        }
        if (to < from)
        {
            to = from;
        }
        var periods = KpiPeriod.Between(kpi.Frequency, from, to).ToList();
        return periods.Count > MaxPeriods ? periods[^MaxPeriods..] : periods;
    }

    /// <summary>The value of each line in each period (null where nothing was measured); the latest value wins if a period holds two.</summary>
    public static decimal?[][] Values(Kpi kpi, IReadOnlyList<KpiPeriod> periods, IReadOnlyList<KpiSeries> series, IReadOnlyCollection<KpiPoint> points)
    {
        var index = periods.Select((p, i) => (p.Start, i)).ToDictionary(x => x.Start, x => x.i);
        var values = series.Select(_ => new decimal?[periods.Count]).ToArray();
        foreach (var p in points.OrderBy(p => p.PeriodStart))
        {
            var s = series.ToList().FindIndex(x => x.SiteId == p.SiteId);
            if (s >= 0 && index.TryGetValue(KpiPeriod.Containing(kpi.Frequency, p.PeriodStart).Start, out var i))
            {
                values[s][i] = p.Value;
            }
        }
        return values;
    }

    /// <summary>The chart of the trend, for <see cref="KpiChart"/>.</summary>
    public static TrendChart Chart(Kpi kpi, IReadOnlyList<KpiPeriod> periods, IReadOnlyList<KpiSeries> series, decimal?[][] values,
        string unitLabel, string targetLabel, string baselineLabel) =>
        new(kpi.Name, unitLabel,
            [.. periods.Select(p => p.Label())],
            [.. series.Select((s, i) => new ChartSeries(s.Name, values[i]))],
            kpi.TargetValue, targetLabel, kpi.BaselineValue, baselineLabel);
}
