using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>A choice in a form or a name in an answer: a pilot site, an own area, a KPI.</summary>
public sealed record KpiChoice(int Id, string Name);

/// <summary>
/// What a KPI of a project may refer to: the project's dates (the KPI's life when it has none), its
/// pilot sites, the lead organisation's own areas, and the names already taken by its KPIs.
/// </summary>
public sealed record KpiChoices(
    int ProjectId,
    int LeadOrganizationId,
    DateOnly? ProjectStart,
    DateOnly? ProjectEnd,
    IReadOnlyList<KpiChoice> Sites,
    IReadOnlyList<KpiChoice> Areas,
    IReadOnlyList<KpiChoice> Kpis)
{
    /// <summary>A pilot site's name: its unit's, or a neutral name when the unit is not visible to the caller.</summary>
    public string SiteName(int? siteId) =>
        siteId is { } id ? Sites.FirstOrDefault(s => s.Id == id)?.Name ?? $"#{id}" : "";

    public string? AreaName(int? areaId) => areaId is { } id ? Areas.FirstOrDefault(a => a.Id == id)?.Name : null;

    /// <summary>The project's choices, or null when the project does not exist or is not visible (another tenant's).</summary>
    public static async Task<KpiChoices?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.OrganizationId, p.StartDate, p.EndDate })
            .FirstOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }
        var sites = await SitesAsync(db, projectId, ct);
        var areas = (await db.KpiAreas.AsNoTracking().Where(a => a.OrganizationId == project.OrganizationId)
                .Select(a => new { a.Id, a.Name, a.Order }).ToListAsync(ct))
            .OrderBy(a => a.Order).ThenBy(a => a.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))
            .Select(a => new KpiChoice(a.Id, a.Name)).ToList();
        var kpis = await db.Kpis.AsNoTracking().Where(k => k.ProjectId == projectId)
            .Select(k => new KpiChoice(k.Id, k.Name)).ToListAsync(ct);
        return new KpiChoices(projectId, project.OrganizationId, project.StartDate, project.EndDate, sites, areas, kpis);
    }

    /// <summary>
    /// The project's pilot sites by their unit's name. A left join: a unit the caller cannot see (another
    /// owner's) must not hide the site.
    /// </summary>
    public static async Task<IReadOnlyList<KpiChoice>> SitesAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var rows = await (
                from s in db.PilotSites.AsNoTracking()
                where s.ProjectId == projectId
                join u in db.Units on s.UnitId equals u.Id into units
                from u in units.DefaultIfEmpty()
                select new { s.Id, Name = u == null ? null : u.Name })
            .ToListAsync(ct);
        return [.. rows.Select(r => new KpiChoice(r.Id, r.Name ?? $"Pilotverksamhet {r.Id}"))
            .OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv-SE"), true))];
    }
}

/// <summary>What a stored KPI already has measured: a change must leave these measurements inside it.</summary>
public sealed record KpiMeasured(int KpiId, KpiFrequency Frequency, IReadOnlyList<int?> SiteIds, IReadOnlyList<(DateOnly Start, DateOnly End)> Periods)
{
    public int Count => Periods.Count;

    public static async Task<KpiMeasured> LoadAsync(AppDbContext db, int kpiId, KpiFrequency frequency, CancellationToken ct)
    {
        var rows = await db.Measurements.AsNoTracking().Where(m => m.KpiId == kpiId)
            .Select(m => new { m.PilotSiteId, m.PeriodStart, m.PeriodEnd })
            .ToListAsync(ct);
        return new KpiMeasured(kpiId, frequency, [.. rows.Select(r => r.PilotSiteId).Distinct()], [.. rows.Select(r => (r.PeriodStart, r.PeriodEnd))]);
    }
}
