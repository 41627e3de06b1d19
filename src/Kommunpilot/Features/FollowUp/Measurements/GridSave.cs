using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>One cell of the grid as the form carries it: what was loaded (value, comment, version) and what is typed now.</summary>
public sealed class GridCell
{
    public int KpiId { get; set; }
    public int? SiteId { get; set; }
    /// <summary>The stored value's version when the page was loaded; none when there was no value.</summary>
    public Guid? Version { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }
    /// <summary>"Ta bort": clear the stored value (an emptied box alone does not).</summary>
    public bool Delete { get; set; }
    /// <summary>The value and comment as shown when loaded, to know which cells the user changed.</summary>
    public string? LoadedValue { get; set; }
    public string? LoadedComment { get; set; }
    /// <summary>After a conflict: "mine" writes the typed value over the stored one, "theirs" (the default) keeps the stored.</summary>
    public string? Keep { get; set; }

    public const string Mine = "mine";
    public const string Theirs = "theirs";

    internal bool Touched => Delete || Norm(Value) != Norm(LoadedValue) || Norm(Comment) != Norm(LoadedComment);

    internal static string Norm(string? s) => (s ?? "").Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
}

/// <summary>A row of the grid: a KPI at a site (none for a project-wide KPI) and its stored value for the period.</summary>
public sealed record GridRow(KpiFacts Kpi, SiteFacts? Site, MeasurementRow? Stored);

/// <summary>A cell that changed since the page was loaded and that the user changed too: both values, nothing overwritten.</summary>
public sealed record GridConflict(string? Mine, string? MyComment, MeasurementRow? Theirs);

/// <summary>What a save of the grid did and what it found.</summary>
public sealed record GridOutcome(int Added, int Changed, int Deleted, int KeptTheirs,
    IReadOnlyDictionary<(int, int?), IReadOnlyList<MeasurementMessage>> Errors,
    IReadOnlyDictionary<(int, int?), GridConflict> Conflicts,
    bool Raced)
{
    public int Saved => Added + Changed + Deleted;
}

/// <summary>
/// Saving the grid of one period, in one transaction. Cells the user did not change are left alone (also
/// when someone else changed them meanwhile). An emptied box does not delete: "ta bort" does. When any
/// cell breaks a rule nothing is saved. A cell that changed since the page was loaded (a newer version,
/// a value where there was none, or one deleted) and that the user changed too is a conflict: it is not
/// written, the other cells are, and the page shows both values with the choice of which to keep.
/// </summary>
public sealed class GridSave(AppDbContext db, TimeProvider clock)
{
    public static async Task<IReadOnlyList<GridRow>> RowsAsync(AppDbContext db, MeasurementProject project, KpiPeriod period, CancellationToken ct)
    {
        var kpis = project.Kpis.Where(k => k.Frequency == period.Frequency && k.InLife(period)).ToList();
        var ids = kpis.Select(k => k.Id).ToList();
        var stored = await MeasurementStore.Rows(db, db.Measurements.AsNoTracking()
                .Where(m => m.ProjectId == project.ProjectId && ids.Contains(m.KpiId) && m.PeriodStart == period.Start))
            .ToListAsync(ct);
        return [.. kpis.SelectMany(k => project.SitesFor(k).Select(s => new GridRow(k, s, stored.FirstOrDefault(m => m.KpiId == k.Id && m.PilotSiteId == s?.Id))))];
    }

    public async Task<GridOutcome> SaveAsync(MeasurementProject project, KpiPeriod period, IReadOnlyList<GridCell> cells, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var rows = await RowsAsync(db, project, period, ct);
            var outcome = await TryAsync(project, period, rows, cells, ct);
            if (outcome is not null)
            {
                return outcome;
            }
            // Someone saved a cell between the look-up and the write: nothing was written; look again.
            db.ChangeTracker.Clear();
            if (attempt == 1)
            {
                return new GridOutcome(0, 0, 0, 0, new Dictionary<(int, int?), IReadOnlyList<MeasurementMessage>>(), new Dictionary<(int, int?), GridConflict>(), Raced: true);
            }
        }
    }

    private async Task<GridOutcome?> TryAsync(MeasurementProject project, KpiPeriod period, IReadOnlyList<GridRow> rows, IReadOnlyList<GridCell> cells, CancellationToken ct)
    {
        var errors = new Dictionary<(int, int?), IReadOnlyList<MeasurementMessage>>();
        var conflicts = new Dictionary<(int, int?), GridConflict>();
        var adds = new List<CheckedMeasurement>();
        var changes = new List<(MeasurementRow Stored, Guid Version, CheckedMeasurement Value)>();
        var deletes = new List<(MeasurementRow Stored, Guid Version)>();
        var keptTheirs = 0;
        foreach (var cell in cells)
        {
            var row = rows.FirstOrDefault(r => r.Kpi.Id == cell.KpiId && r.Site?.Id == cell.SiteId);
            if (row is null || !cell.Touched)
            {
                continue;
            }
            var key = (cell.KpiId, cell.SiteId);
            var stored = row.Stored;
            var typed = GridCell.Norm(cell.Value);
            var comment = GridCell.Norm(cell.Comment);
            if (cell.Keep == GridCell.Theirs)
            {
                keptTheirs++;
                continue;
            }
            if (!cell.Delete && typed.Length == 0)
            {
                errors[key] = stored is not null || cell.Version is not null
                    ? [new(GridMessages.EmptiedNotDeleted)]
                    : [new(GridMessages.CommentWithoutValue)];
                continue;
            }
            MeasurementCheck? check = null;
            if (!cell.Delete)
            {
                check = MeasurementRules.Check(project, new MeasurementEntry(cell.KpiId, cell.SiteId, period.Key, typed, comment));
                if (!check.IsValid)
                {
                    errors[key] = [.. check.Errors.Values];
                    continue;
                }
            }
            var same = stored is not null && check?.Measurement is { } c && c.Value == stored.Value && c.Comment == stored.Comment;
            if (cell.Version != stored?.Version)
            {
                // Changed since the page was loaded. Typing what is stored now is no conflict.
                if (!same && !(cell.Delete && stored is null))
                {
                    conflicts[key] = new GridConflict(cell.Delete ? null : typed, cell.Delete ? null : comment, stored);
                }
                continue;
            }
            if (cell.Delete)
            {
                if (stored is not null)
                {
                    deletes.Add((stored, stored.Version));
                }
            }
            else if (stored is null)
            {
                adds.Add(check!.Measurement!);
            }
            else if (!same)
            {
                changes.Add((stored, stored.Version, check!.Measurement!));
            }
        }
        if (errors.Count > 0)
        {
            return new GridOutcome(0, 0, 0, keptTheirs, errors, conflicts, Raced: false);
        }
        var ids = changes.Select(x => x.Stored.Id).Concat(deletes.Select(x => x.Stored.Id)).ToList();
        var tracked = await db.Measurements.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var by = await MeasurementStore.EnteredByAsync(db, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (stored, version, value) in changes)
        {
            if (!tracked.TryGetValue(stored.Id, out var m))
            {
                return null;
            }
            db.ExpectVersion(m, version);
            MeasurementStore.Apply(m, project.ProjectId, value, by, now);
        }
        foreach (var (stored, version) in deletes)
        {
            if (!tracked.TryGetValue(stored.Id, out var m))
            {
                return null;
            }
            db.ExpectVersion(m, version);
            db.Measurements.Remove(m);
        }
        foreach (var value in adds)
        {
            var m = new Measurement();
            MeasurementStore.Apply(m, project.ProjectId, value, by, now);
            db.Measurements.Add(m);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return null;
        }
        return new GridOutcome(adds.Count, changes.Count, deletes.Count, keptTheirs, errors, conflicts, Raced: false);
    }
}

/// <summary>The grid's own messages (the rules' are in <see cref="MeasurementMessages"/>); each is a key in the resx.</summary>
public static class GridMessages
{
    public const string EmptiedNotDeleted = "Rutan är tömd, men det sparade värdet finns kvar. Kryssa i Ta bort för att ta bort det, eller skriv ett värde.";
    public const string CommentWithoutValue = "Skriv ett värde eller töm kommentaren.";

    public static IEnumerable<string> All => [EmptiedNotDeleted, CommentWithoutValue];
}
