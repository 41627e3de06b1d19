using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// A project's KPIs as <see cref="KpiDto"/>s with their measurements, in a fixed number of queries
/// whatever the number of KPIs: the project's choices (sites, areas), the KPIs, and all their measurements.
/// </summary>
internal static class KpiQueries
{
    /// <summary>The project's KPIs (or just one), or null when the project is not visible.</summary>
    public static async Task<List<KpiDto>?> LoadAsync(AppDbContext db, int projectId, int? kpiId, CancellationToken ct)
    {
        var choices = await KpiChoices.LoadAsync(db, projectId, ct);
        if (choices is null)
        {
            return null;
        }
        var kpiQuery = db.Kpis.AsNoTracking().Where(k => k.ProjectId == projectId);
        var measurementQuery = db.Measurements.AsNoTracking().Where(m => m.ProjectId == projectId);
        if (kpiId is { } id)
        {
            kpiQuery = kpiQuery.Where(k => k.Id == id);
            measurementQuery = measurementQuery.Where(m => m.KpiId == id);
        }
        var kpis = await kpiQuery.OrderBy(k => k.Order).ThenBy(k => k.Id).ToListAsync(ct);
        var measurements = (await measurementQuery
                .Select(m => new { m.Id, m.KpiId, m.PeriodStart, m.PeriodEnd, m.PilotSiteId, m.Value, m.Comment, m.EnteredBy, m.EnteredAt, m.IsExample, m.Version })
                .ToListAsync(ct))
            .ToLookup(m => m.KpiId);
        var project = FollowUpLabels.Of(KpiScope.Project);
        return [.. kpis.Select(k =>
        {
            var mine = measurements[k.Id].OrderBy(m => m.PeriodStart).ThenBy(m => m.PilotSiteId).ToList();
            var points = mine.Select(m => new KpiPoint(m.KpiId, m.PilotSiteId, m.PeriodStart, m.PeriodEnd, m.Value)).ToList();
            var standings = KpiTrend.Standings(k, KpiTrend.SeriesOf(k, choices.Sites, points, project), points);
            return new KpiDto(
                k.Id, k.ProjectId, k.Name, k.Definition, k.Area, k.OwnAreaId,
                k.Area == KpiAreaKind.Own ? choices.AreaName(k.OwnAreaId) ?? FollowUpLabels.Of(KpiAreaKind.Own) : FollowUpLabels.Of(k.Area),
                k.Kind, k.Unit, k.UnitLabel, FollowUpLabels.Symbol(k.Unit, k.UnitLabel), k.Decimals, k.MinValue, k.MaxValue, k.Direction,
                k.BaselineValue, k.BaselineDate, k.TargetValue, k.TargetDate, k.Source, k.Method, k.Frequency, k.StartDate, k.EndDate,
                k.Scope, k.PilotSiteId, k.PilotSiteId is { } site ? choices.SiteName(site) : null, k.KoladaKpiId, k.KoladaComparisonId,
                k.Order, k.IsExample, k.Version,
                KpiTrend.Worst(standings.Select(s => s.Status)), KpiStatus.RuleText,
                [.. standings.Select(s => new KpiStandingDto(s.Series.SiteId, s.Series.Name, s.LatestPeriod?.Key, s.Latest, s.First, s.Expected, s.Status))],
                [.. mine.Select(m => new KpiMeasurementDto(m.Id, KpiPeriod.Containing(k.Frequency, m.PeriodStart).Key, m.PeriodStart, m.PeriodEnd,
                    m.PilotSiteId, m.PilotSiteId is { } s ? choices.SiteName(s) : null, m.Value, m.Comment, m.EnteredBy, m.EnteredAt, m.IsExample, m.Version))]);
        })];
    }

    /// <summary>The project of a KPI the caller can see, or null.</summary>
    public static Task<int?> ProjectOfAsync(AppDbContext db, int kpiId, CancellationToken ct) =>
        db.Kpis.AsNoTracking().Where(k => k.Id == kpiId).Select(k => (int?)k.ProjectId).FirstOrDefaultAsync(ct);

    public static async Task<KpiDto?> OneAsync(AppDbContext db, int projectId, int kpiId, CancellationToken ct) =>
        (await LoadAsync(db, projectId, kpiId, ct))?.FirstOrDefault();
}
