using System.Globalization;
using Kommunpilot.Features.FollowUp.Charts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>A Kolada figure as shown: absent (nothing imported for that year), or there with a value or with none ("saknas", and Kolada's status if it gave one).</summary>
public sealed record KoladaCell(decimal? Value, string? Status);

/// <summary>A pilot site's mean for a year.</summary>
public sealed record SiteMean(int PilotSiteId, string Name, decimal Mean, int Count);

/// <summary>One year of a KPI's comparison: the project's own value (the mean of that year's measurements), the municipality's and the comparison's.</summary>
public sealed record ComparisonYear(int Year, decimal? Own, int OwnCount, IReadOnlyList<SiteMean> Sites, KoladaCell? Municipality, KoladaCell? Comparison);

/// <summary>A project KPI with a Kolada id, compared year by year.</summary>
public sealed record KpiComparison(
    int KpiId,
    string Name,
    string KoladaKpiId,
    string ComparisonId,
    KpiUnit Unit,
    string? UnitLabel,
    int Decimals,
    bool PerSite,
    IReadOnlyList<ComparisonYear> Years,
    DateTime? RetrievedAt)
{
    /// <summary>Whether anything was imported from Kolada for this KPI (for the municipality or the comparison).</summary>
    public bool HasKolada => Years.Any(y => y.Municipality is not null || y.Comparison is not null);

    public string UnitName => Unit == KpiUnit.Other && !string.IsNullOrWhiteSpace(UnitLabel) ? UnitLabel : FollowUpLabels.Of(Unit);

    /// <summary>The chart: years along the bottom, three lines (the project, the municipality, the comparison).</summary>
    public TrendChart Chart(string own, string? municipality, string comparison) => new(
        Name,
        UnitName,
        [.. Years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))],
        [
            new ChartSeries(own, [.. Years.Select(y => y.Own)]),
            .. (municipality is null ? Array.Empty<ChartSeries>() : [new ChartSeries(municipality, [.. Years.Select(y => y.Municipality?.Value)])]),
            new ChartSeries(comparison, [.. Years.Select(y => y.Comparison?.Value)]),
        ]);
}

/// <summary>The comparison page's data: the lead organisation's municipality and every KPI of the project that has a Kolada id.</summary>
public sealed record ProjectComparison(
    int ProjectId,
    int LeadOrganizationId,
    string? LeadOrganizationName,
    string? MunicipalityId,
    int KpisInProject,
    int? FirstYear,
    int? LastYear,
    IReadOnlyList<KpiComparison> Kpis);

/// <summary>
/// Builds the comparison of a project's own figures with Kolada's. The project's value for a year is the
/// mean of all its measurements that year (every period and every pilot site, each measurement counting
/// once); per site it is the mean of the site's measurements. Kolada's figures are the total (gender T)
/// for the lead organisation's municipality (<c>KoladaMunicipalityId</c>) and for the KPI's comparison
/// (<c>KoladaComparisonId</c>, Riket "0000" when not set), as imported: by the lead organisation, or by
/// another organisation the reader belongs to (the same public figure) when the lead has not imported it.
/// The years run from four years before the project's start to its end (or the last measurement).
/// </summary>
public static class KoladaComparison
{
    public const int YearsBefore = 4;

    public static async Task<ProjectComparison?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct, int? onlyKpiId = null)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new { p.Id, p.OrganizationId, p.StartDate, p.EndDate })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }
        var lead = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == project.OrganizationId)
            .Select(o => new { o.Name, o.KoladaMunicipalityId })
            .SingleOrDefaultAsync(ct);
        var municipality = string.IsNullOrWhiteSpace(lead?.KoladaMunicipalityId) ? null : lead.KoladaMunicipalityId;

        var allKpis = await db.Kpis.AsNoTracking()
            .Where(k => k.ProjectId == projectId)
            .OrderBy(k => k.Order).ThenBy(k => k.Name)
            .Select(k => new { k.Id, k.Name, k.KoladaKpiId, k.KoladaComparisonId, k.Unit, k.UnitLabel, k.Decimals, k.Scope })
            .ToListAsync(ct);
        var kpis = allKpis.Where(k => !string.IsNullOrWhiteSpace(k.KoladaKpiId) && (onlyKpiId is null || k.Id == onlyKpiId)).ToList();
        var kpiIds = kpis.Select(k => k.Id).ToList();

        var measurements = await db.Measurements.AsNoTracking()
            .Where(m => kpiIds.Contains(m.KpiId))
            .Select(m => new { m.KpiId, m.PilotSiteId, m.PeriodStart, m.Value })
            .ToListAsync(ct);
        var siteNames = await db.PilotSites.AsNoTracking()
            .Where(s => s.ProjectId == projectId)
            .Select(s => new { s.Id, s.Unit.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);

        var koladaIds = kpis.Select(k => k.KoladaKpiId!.Trim()).Distinct().ToList();
        var places = kpis.Select(k => ComparisonOf(k.KoladaComparisonId)).Append(municipality ?? KoladaPlaces.Country).Distinct().ToList();
        var stored = await db.KoladaValues.AsNoTracking()
            .Where(v => koladaIds.Contains(v.KpiId) && places.Contains(v.MunicipalityId) && v.Gender == "T")
            .Select(v => new { v.OrganizationId, v.KpiId, v.MunicipalityId, v.Period, v.Value, v.Status, v.ImportedAt })
            .ToListAsync(ct);
        // One figure per KPI, place and year: the lead organisation's, else the latest imported.
        var figures = stored
            .GroupBy(v => (v.KpiId, v.MunicipalityId, v.Period))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.OrganizationId == project.OrganizationId).ThenByDescending(v => v.ImportedAt).First());

        int? first = project.StartDate?.Year - YearsBefore;
        var lastMeasured = measurements.Count == 0 ? (int?)null : measurements.Max(m => m.PeriodStart.Year);
        int? last = project.EndDate is { } end ? Math.Max(end.Year, lastMeasured ?? end.Year) : null;

        var result = new List<KpiComparison>();
        foreach (var kpi in kpis)
        {
            var koladaId = kpi.KoladaKpiId!.Trim();
            var comparison = ComparisonOf(kpi.KoladaComparisonId);
            var own = measurements.Where(m => m.KpiId == kpi.Id).ToList();
            var years = own.Select(m => m.PeriodStart.Year)
                .Concat(figures.Keys.Where(k => k.KpiId == koladaId && (k.MunicipalityId == municipality || k.MunicipalityId == comparison)).Select(k => k.Period))
                .Where(y => (first is null || y >= first) && (last is null || y <= last))
                .Distinct().Order().ToList();
            KoladaCell? Cell(string? place, int year) =>
                place is not null && figures.TryGetValue((koladaId, place, year), out var f) ? new KoladaCell(f.Value, f.Status) : null;
            var rows = years.Select(year =>
            {
                var that = own.Where(m => m.PeriodStart.Year == year).ToList();
                var sites = that.Where(m => m.PilotSiteId is not null)
                    .GroupBy(m => m.PilotSiteId!.Value)
                    .Select(g => new SiteMean(g.Key, siteNames.GetValueOrDefault(g.Key) ?? $"#{g.Key}", Mean(g.Select(m => m.Value)), g.Count()))
                    .OrderBy(s => s.Name, StringComparer.CurrentCulture)
                    .ToList();
                return new ComparisonYear(year, that.Count == 0 ? null : Mean(that.Select(m => m.Value)), that.Count, sites, Cell(municipality, year), Cell(comparison, year));
            }).ToList();
            var used = figures.Where(f => f.Key.KpiId == koladaId && (f.Key.MunicipalityId == municipality || f.Key.MunicipalityId == comparison) && years.Contains(f.Key.Period))
                .Select(f => (DateTime?)DateTime.SpecifyKind(f.Value.ImportedAt, DateTimeKind.Utc))
                .DefaultIfEmpty(null)
                .Max();
            result.Add(new KpiComparison(kpi.Id, kpi.Name, koladaId, comparison, kpi.Unit, kpi.UnitLabel, kpi.Decimals,
                kpi.Scope != KpiScope.Project, rows, used));
        }
        return new ProjectComparison(projectId, project.OrganizationId, lead?.Name, municipality, allKpis.Count, first, last, result);
    }

    /// <summary>The KPI's comparison id, Riket when it has none.</summary>
    public static string ComparisonOf(string? id) => string.IsNullOrWhiteSpace(id) ? KoladaPlaces.Country : id.Trim();

    private static decimal Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return Math.Round(list.Sum() / list.Count, 4, MidpointRounding.AwayFromZero);
    }
}
