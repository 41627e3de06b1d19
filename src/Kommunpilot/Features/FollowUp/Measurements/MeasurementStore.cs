using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>A stored measurement as the pages and the API show it.</summary>
public sealed record MeasurementRow(
    int Id,
    int KpiId,
    string Kpi,
    KpiUnit Unit,
    string? UnitLabel,
    int Decimals,
    KpiFrequency Frequency,
    int? PilotSiteId,
    string? PilotSite,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    string? Comment,
    string? EnteredBy,
    DateTime EnteredAt,
    Guid Version)
{
    public KpiPeriod Period => new(Frequency, PeriodStart);

    public string Symbol => FollowUpLabels.Symbol(Unit, UnitLabel);

    /// <summary>The value in the KPI's decimals and unit: "85 %", "1 200 kr".</summary>
    public string Shown(CultureInfo? culture = null) =>
        Value.ToString("N" + Math.Clamp(Decimals, 0, 4), culture ?? CultureInfo.CurrentCulture) + (Symbol.Length == 0 ? "" : " " + Symbol);
}

/// <summary>
/// Reading and writing measurements: the duplicate look-up (never two for a KPI, site and period), who
/// entered a value, and which adopted reports used one. Shared by the pages, the grid, the import and the API.
/// </summary>
public static class MeasurementStore
{
    /// <summary>The project's measurements, optionally of one KPI and one period (by its key; any KPI of that frequency).</summary>
    public static IQueryable<Measurement> Of(AppDbContext db, int projectId, int? kpiId = null, KpiPeriod? period = null)
    {
        var query = db.Measurements.AsNoTracking().Where(m => m.ProjectId == projectId);
        if (kpiId is { } k)
        {
            query = query.Where(m => m.KpiId == k);
        }
        if (period is { } p)
        {
            query = query.Where(m => m.PeriodStart == p.Start && m.PeriodEnd == p.End);
        }
        return query;
    }

    /// <summary>Newest period first, then the KPIs' order: the order lists show.</summary>
    public static IOrderedQueryable<Measurement> Newest(IQueryable<Measurement> query) =>
        query.OrderByDescending(m => m.PeriodStart).ThenBy(m => m.Kpi.Order).ThenBy(m => m.KpiId).ThenBy(m => m.PilotSiteId).ThenBy(m => m.Id);

    /// <summary>Measurements as rows, with the site's name (a left join: a unit the caller cannot see must not hide the value).</summary>
    public static IQueryable<MeasurementRow> Rows(AppDbContext db, IQueryable<Measurement> measurements) =>
        from m in measurements
        join s in db.PilotSites on m.PilotSiteId equals s.Id into sites
        from s in sites.DefaultIfEmpty()
        join u in db.Units on s.UnitId equals u.Id into units
        from u in units.DefaultIfEmpty()
        select new MeasurementRow(m.Id, m.KpiId, m.Kpi.Name, m.Kpi.Unit, m.Kpi.UnitLabel, m.Kpi.Decimals, m.Kpi.Frequency,
            m.PilotSiteId, m.PilotSiteId == null ? null : (u != null ? u.Name : "Pilotverksamhet"),
            m.PeriodStart, m.PeriodEnd, m.Value, m.Comment, m.EnteredBy, m.EnteredAt, m.Version);

    /// <summary>Rows in the order of <see cref="Newest"/>, sorted again in memory (a join after paging need not keep it).</summary>
    public static IEnumerable<MeasurementRow> InOrder(IEnumerable<MeasurementRow> rows, IReadOnlyList<int> kpiOrder) =>
        rows.OrderByDescending(r => r.PeriodStart).ThenBy(r => IndexOf(kpiOrder, r.KpiId)).ThenBy(r => r.PilotSite, StringComparer.CurrentCulture).ThenBy(r => r.Id);

    private static int IndexOf(IReadOnlyList<int> order, int id)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i] == id)
            {
                return i;
            }
        }
        return int.MaxValue;
    }

    /// <summary>A period key of any frequency ("2022-T1", "2022-05", "2022"; each form belongs to one frequency), for filters.</summary>
    public static KpiPeriod? ParseKey(string? key)
    {
        foreach (var f in Enum.GetValues<KpiFrequency>())
        {
            if (KpiPeriod.TryParse(f, key, out var p))
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>One stored measurement of the project as a row; null when there is none (or it is another project's).</summary>
    public static Task<MeasurementRow?> RowAsync(AppDbContext db, int projectId, int measurementId, CancellationToken ct) =>
        Rows(db, db.Measurements.AsNoTracking().Where(m => m.ProjectId == projectId && m.Id == measurementId)).FirstOrDefaultAsync(ct);

    /// <summary>The stored measurement of a KPI, site and period, tracked (for an update), or null.</summary>
    public static Task<Measurement?> FindAsync(AppDbContext db, int kpiId, int? siteId, DateOnly periodStart, CancellationToken ct) =>
        db.Measurements.FirstOrDefaultAsync(m => m.KpiId == kpiId && m.PilotSiteId == siteId && m.PeriodStart == periodStart, ct);

    /// <summary>The same, as a row for showing (the duplicate message, the API's 409).</summary>
    public static Task<MeasurementRow?> ExistingAsync(AppDbContext db, int projectId, int kpiId, int? siteId, DateOnly periodStart, CancellationToken ct) =>
        Rows(db, db.Measurements.AsNoTracking().Where(m => m.ProjectId == projectId && m.KpiId == kpiId && m.PilotSiteId == siteId && m.PeriodStart == periodStart))
            .FirstOrDefaultAsync(ct);

    /// <summary>The duplicate message for an existing row.</summary>
    public static MeasurementMessage Duplicate(MeasurementRow existing)
    {
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        return existing.PilotSiteId is null
            ? new(MeasurementMessages.DuplicateProject, existing.Kpi, existing.Period.Label(sv), existing.Shown(sv))
            : new(MeasurementMessages.Duplicate, existing.Kpi, existing.PilotSite ?? "", existing.Period.Label(sv), existing.Shown(sv));
    }

    /// <summary>The signed-in user's name as it is written beside a value: the display name, else the e-mail.</summary>
    public static async Task<(string? Name, string? UserId)> EnteredByAsync(AppDbContext db, CancellationToken ct)
    {
        var userId = db.CurrentUser.UserId;
        if (userId is null)
        {
            return (db.CurrentUser.UserName, null);
        }
        var name = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName ?? u.Email ?? u.UserName).FirstOrDefaultAsync(ct);
        return (name ?? db.CurrentUser.UserName, userId);
    }

    /// <summary>Writes a checked measurement onto a new or stored entity, with who entered it and when.</summary>
    public static void Apply(Measurement m, int projectId, CheckedMeasurement c, (string? Name, string? UserId) by, DateTime now)
    {
        m.ProjectId = projectId;
        m.KpiId = c.Kpi.Id;
        m.PilotSiteId = c.Site?.Id;
        m.PeriodStart = c.Period.Start;
        m.PeriodEnd = c.Period.End;
        m.Value = c.Value;
        m.Comment = c.Comment;
        m.EnteredBy = by.Name is { Length: > FollowUpModel.ShortText } name ? name[..FollowUpModel.ShortText] : by.Name;
        m.EnteredByUserId = by.UserId;
        m.EnteredAt = now;
        m.Version = Guid.NewGuid();
    }

    /// <summary>The adopted reports that used each of the measurements, by name ("Uppföljningsrapport 1").</summary>
    public static async Task<Dictionary<int, List<string>>> AdoptedReportsAsync(AppDbContext db, IReadOnlyCollection<int> measurementIds, CancellationToken ct)
    {
        if (measurementIds.Count == 0)
        {
            return [];
        }
        var uses = await db.ReportMeasurementUses.AsNoTracking()
            .Where(u => measurementIds.Contains(u.MeasurementId) && u.Report.Status == ReportStatus.Adopted)
            .Select(u => new { u.MeasurementId, u.Report.Title, u.Report.Kind, u.Report.Number })
            .ToListAsync(ct);
        return uses.GroupBy(u => u.MeasurementId)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Title ?? $"{FollowUpLabels.Of(u.Kind)} {u.Number}").Distinct().Order(StringComparer.CurrentCulture).ToList());
    }
}
