using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>A KPI as measurement entry needs it: unit, decimals, range, frequency, scope and life.</summary>
public sealed record KpiFacts(
    int Id,
    string Name,
    KpiUnit Unit,
    string? UnitLabel,
    int Decimals,
    decimal? MinValue,
    decimal? MaxValue,
    KpiFrequency Frequency,
    KpiScope Scope,
    int? PilotSiteId,
    DateOnly? From,
    DateOnly? To,
    KpiAreaKind Area,
    string? OwnArea,
    int Order)
{
    /// <summary>What a value is written with: "%", "kr", "st" or the KPI's own unit.</summary>
    public string Symbol => FollowUpLabels.Symbol(Unit, UnitLabel);

    /// <summary>The lowest value accepted: the KPI's own, else 0 for a percentage.</summary>
    public decimal? Lowest => MinValue ?? (Unit == KpiUnit.Percent ? 0 : null);

    /// <summary>The highest value accepted: the KPI's own, else 100 for a percentage.</summary>
    public decimal? Highest => MaxValue ?? (Unit == KpiUnit.Percent ? 100 : null);

    /// <summary>The decimals the KPI is written with, 0–4 (the column holds four).</summary>
    public int Places => Math.Clamp(Decimals, 0, 4);

    /// <summary>The area's name as written in the Excel file.</summary>
    public string AreaName => Area == KpiAreaKind.Own && OwnArea is not null ? OwnArea : FollowUpLabels.Of(Area);

    /// <summary>A period may be measured when it overlaps the KPI's life; a period at the edge is allowed.</summary>
    public bool InLife(KpiPeriod period) => (From is not { } from || period.End >= from) && (To is not { } to || period.Start <= to);

    /// <summary>
    /// The periods offered for entry: those of the life. An open life gets the years around the
    /// given day (and <paramref name="also"/>, a stored period that must stay choosable).
    /// </summary>
    public IReadOnlyList<KpiPeriod> Periods(DateOnly today, KpiPeriod? also = null)
    {
        var from = From ?? new DateOnly((To ?? today).Year - 3, 1, 1);
        var to = To ?? new DateOnly(Math.Max(from.Year, today.Year) + 1, 12, 31);
        var list = KpiPeriod.Between(Frequency, from, to).ToList();
        if (also is { } p && p.Frequency == Frequency && !list.Contains(p))
        {
            list.Add(p);
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return list;
    }

    /// <summary>The value in the KPI's decimals, Swedish style by default ("1 200", "85,5").</summary>
    public string Format(decimal value, System.Globalization.CultureInfo? culture = null) =>
        value.ToString("N" + Places, culture ?? System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>A pilot site of the project, by its unit's name.</summary>
public sealed record SiteFacts(int Id, string Name);

/// <summary>
/// A project's KPIs and pilot sites: what every check of a measurement needs, loaded once per request
/// (two queries). Null from <see cref="LoadAsync"/> means the project does not exist or is not visible.
/// </summary>
public sealed class MeasurementProject
{
    public required int ProjectId { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<KpiFacts> Kpis { get; init; }
    public required IReadOnlyList<SiteFacts> Sites { get; init; }

    public KpiFacts? Kpi(int? id) => Kpis.FirstOrDefault(k => k.Id == id);

    public SiteFacts? Site(int? id) => Sites.FirstOrDefault(s => s.Id == id);

    /// <summary>The sites a KPI is measured at: one null for a project-wide KPI.</summary>
    public IReadOnlyList<SiteFacts?> SitesFor(KpiFacts kpi) => kpi.Scope switch
    {
        KpiScope.Project => [null],
        KpiScope.OnePilotSite => Site(kpi.PilotSiteId) is { } one ? [one] : [],
        _ => [.. Sites],
    };

    public static async Task<MeasurementProject?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new { p.Id, p.Name, p.StartDate, p.EndDate })
            .FirstOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }
        var kpis = await db.Kpis.AsNoTracking()
            .Where(k => k.ProjectId == projectId)
            .OrderBy(k => k.Order).ThenBy(k => k.Name).ThenBy(k => k.Id)
            .Select(k => new KpiFacts(k.Id, k.Name, k.Unit, k.UnitLabel, k.Decimals, k.MinValue, k.MaxValue, k.Frequency, k.Scope, k.PilotSiteId,
                k.StartDate ?? project.StartDate, k.EndDate ?? project.EndDate, k.Area, k.OwnArea != null ? k.OwnArea.Name : null, k.Order))
            .ToListAsync(ct);
        // A left join: a unit of another owner the caller cannot see must not hide the site.
        var sites = await (
                from s in db.PilotSites.AsNoTracking()
                where s.ProjectId == projectId
                join u in db.Units on s.UnitId equals u.Id into units
                from u in units.DefaultIfEmpty()
                select new { s.Id, Name = u != null ? u.Name : null })
            .ToListAsync(ct);
        return new MeasurementProject
        {
            ProjectId = project.Id,
            Name = project.Name,
            Kpis = kpis,
            Sites = [.. sites.Select(s => new SiteFacts(s.Id, s.Name ?? $"Pilotverksamhet {s.Id}")).OrderBy(s => s.Name, StringComparer.CurrentCulture)],
        };
    }
}
