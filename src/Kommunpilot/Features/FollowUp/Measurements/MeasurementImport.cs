using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using M = Kommunpilot.Features.FollowUp.Measurements.MeasurementMessages;
using W = Kommunpilot.Features.FollowUp.Measurements.MeasurementWorkbook;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>What the import does with a row.</summary>
public enum ImportAction
{
    /// <summary>A new value.</summary>
    New,
    /// <summary>Changes the stored value for the same KPI, site and period.</summary>
    Update,
    /// <summary>The same value and comment are already stored: nothing to do.</summary>
    Unchanged,
    /// <summary>The row has problems; nothing is imported until they are corrected.</summary>
    Error,
}

/// <summary>A row of the file as the preview shows it.</summary>
public sealed record ImportRow(
    int Row,
    string Kpi,
    string? Site,
    string Period,
    string Value,
    string? Comment,
    ImportAction Action,
    IReadOnlyList<MeasurementMessage> Problems,
    string? StoredValue,
    CheckedMeasurement? Checked = null,
    int? ExistingId = null,
    Guid? ExistingVersion = null);

/// <summary>Every row of the file, checked against the project as it is now.</summary>
public sealed record ImportPreview(string SheetName, IReadOnlyList<ImportRow> Rows)
{
    public int New => Rows.Count(r => r.Action == ImportAction.New);
    public int Updates => Rows.Count(r => r.Action == ImportAction.Update);
    public int Unchanged => Rows.Count(r => r.Action == ImportAction.Unchanged);
    public int Errors => Rows.Count(r => r.Action == ImportAction.Error);
    public bool CanImport => Errors == 0 && New + Updates > 0;
}

/// <summary>
/// The Excel import of measurements: every row checked by <see cref="MeasurementRules"/> (KPI and site by
/// name, the period, the unit in the Enhet column and after the value, the range and decimals), a formula
/// reported and never evaluated, the same KPI, site and period twice in the file refused. A row for a
/// value already stored updates it (the preview says so). Saving writes every row or none, each update
/// checked against the version the preview saw.
/// </summary>
public static class MeasurementImport
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    public static async Task<(ImportPreview? Preview, MeasurementMessage? Problem)> PreviewAsync(AppDbContext db, MeasurementProject project, byte[] file, CancellationToken ct)
    {
        var (sheet, rows, problem) = await W.ReadAsync(file, ct);
        if (rows is null)
        {
            return (null, problem);
        }
        var stored = await db.Measurements.AsNoTracking().Where(m => m.ProjectId == project.ProjectId)
            .Select(m => new { m.Id, m.KpiId, m.PilotSiteId, m.PeriodStart, m.Value, m.Comment, m.Version })
            .ToListAsync(ct);
        var byKey = stored.ToDictionary(m => (m.KpiId, m.PilotSiteId, m.PeriodStart));
        var seen = new Dictionary<(int, int?, DateOnly), int>();
        var result = new List<ImportRow>(rows.Count);
        foreach (var row in rows)
        {
            var problems = new List<MeasurementMessage>();
            string Text(string column) => row[column]?.Text ?? "";
            foreach (var formula in row.Cells.Values.Where(c => c.IsFormula))
            {
                problems.Add(new(M.Formula, formula.Address));
            }
            var kpiName = Text(W.KpiColumn);
            var siteName = Text(W.SiteColumn);
            var periodText = Text(W.PeriodColumn) is { Length: > 0 } key ? key : Text(W.PeriodNameColumn);
            var valueCell = row[W.ValueColumn];
            var kpi = project.Kpis.FirstOrDefault(k => Same(k.Name, kpiName));
            int? siteId = null;
            if (siteName.Length > 0)
            {
                siteId = project.Sites.FirstOrDefault(s => Same(s.Name, siteName))?.Id;
                if (siteId is null)
                {
                    problems.Add(new(M.SiteUnknownName, siteName));
                    siteId = -1;
                }
            }
            CheckedMeasurement? c = null;
            if (kpi is null)
            {
                problems.Add(kpiName.Length == 0 ? new(M.KpiMissing) : new(M.KpiUnknownName, kpiName));
            }
            else if (!row.Cells.Values.Any(x => x.IsFormula))
            {
                if (Text(W.UnitColumn) is { Length: > 0 } unit && MeasurementRules.UnitOf(unit, kpi) != kpi.Unit)
                {
                    problems.Add(new(M.UnitColumnWrong, row[W.UnitColumn]!.Address, unit, kpi.Name, kpi.Symbol));
                }
                var check = MeasurementRules.Check(project, new MeasurementEntry(kpi.Id, siteId == -1 ? null : siteId, periodText,
                    valueCell?.Text, Text(W.CommentColumn), valueCell?.Number));
                if (siteId == -1)
                {
                    problems.AddRange(check.Errors.Where(e => e.Key != "pilotSiteId").Select(e => e.Value));
                }
                else
                {
                    problems.AddRange(check.Errors.Values);
                }
                c = check.Measurement;
            }
            var action = ImportAction.Error;
            string? storedValue = null;
            int? existingId = null;
            Guid? existingVersion = null;
            if (c is not null && problems.Count == 0)
            {
                var k = (c.Kpi.Id, c.Site?.Id, c.Period.Start);
                if (seen.TryGetValue(k, out var firstRow))
                {
                    problems.Add(new(M.DuplicateRow, firstRow));
                }
                else
                {
                    seen[k] = row.Number;
                    if (byKey.TryGetValue(k, out var s))
                    {
                        (existingId, existingVersion) = (s.Id, s.Version);
                        storedValue = c.Kpi.Format(s.Value, Swedish) + (c.Kpi.Symbol.Length > 0 ? " " + c.Kpi.Symbol : "");
                        action = s.Value == c.Value && s.Comment == c.Comment ? ImportAction.Unchanged : ImportAction.Update;
                    }
                    else
                    {
                        action = ImportAction.New;
                    }
                }
            }
            result.Add(new ImportRow(row.Number, kpiName, siteName.Length == 0 ? null : siteName, periodText,
                valueCell is { Number: { } n } && kpi is not null ? kpi.Format(n, Swedish) : valueCell?.Text ?? "", Text(W.CommentColumn) is { Length: > 0 } comment ? comment : null,
                problems.Count > 0 ? ImportAction.Error : action, problems, storedValue,
                problems.Count > 0 ? null : c, existingId, existingVersion));
        }
        return (new ImportPreview(sheet!, result), null);
    }

    /// <summary>Writes every new and changed row in one save; null (nothing written) when a value changed since the preview.</summary>
    public static async Task<(int New, int Updated)?> SaveAsync(AppDbContext db, int projectId, ImportPreview preview, TimeProvider clock, CancellationToken ct)
    {
        var by = await MeasurementStore.EnteredByAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var updates = preview.Rows.Where(r => r.Action == ImportAction.Update).ToList();
        var ids = updates.Select(r => r.ExistingId!.Value).ToList();
        var tracked = await db.Measurements.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        foreach (var row in updates)
        {
            if (!tracked.TryGetValue(row.ExistingId!.Value, out var m) || m.Version != row.ExistingVersion)
            {
                db.ChangeTracker.Clear();
                return null;
            }
            db.ExpectVersion(m, row.ExistingVersion!.Value);
            MeasurementStore.Apply(m, projectId, row.Checked!, by, now);
        }
        foreach (var row in preview.Rows.Where(r => r.Action == ImportAction.New))
        {
            var m = new Measurement();
            MeasurementStore.Apply(m, projectId, row.Checked!, by, now);
            db.Measurements.Add(m);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // A stale version, or someone stored a value for the same KPI, site and period meanwhile.
            db.ChangeTracker.Clear();
            return null;
        }
        return (preview.New, updates.Count);
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.CurrentCultureIgnoreCase);
}
