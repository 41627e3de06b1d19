using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>What a write of one measurement came to.</summary>
public enum WriteOutcome
{
    /// <summary>Saved (created or changed).</summary>
    Saved,
    /// <summary>Nothing written: a value for the same KPI, site and period exists (<see cref="WriteResult.Existing"/>).</summary>
    Duplicate,
    /// <summary>Nothing written: someone else changed the value since it was read (<see cref="WriteResult.Existing"/> is what is stored now).</summary>
    Stale,
    /// <summary>Nothing written: someone else deleted it.</summary>
    Gone,
}

/// <param name="Created">Saved as a new measurement (not a change of a stored one).</param>
public sealed record WriteResult(WriteOutcome Outcome, int? Id = null, MeasurementRow? Existing = null, bool Created = false);

/// <summary>
/// Creating, changing and deleting one measurement, for the entry page and the API. Never two values
/// for one KPI, site and period: a duplicate is refused with the stored one (or, when asked, that one is
/// replaced), also when two requests race (the unique index stops the second). A change or a delete is
/// checked against the version it was read with; a stale one writes nothing.
/// </summary>
public sealed class MeasurementWrites(AppDbContext db, TimeProvider clock)
{
    /// <summary>Adds the measurement; with <paramref name="replace"/> an existing one for the same KPI, site and period is changed instead.</summary>
    /// <param name="replaceVersion">When replacing from a form: the version of the existing value the user saw; a newer one is <see cref="WriteOutcome.Stale"/>.</param>
    public async Task<WriteResult> CreateAsync(int projectId, CheckedMeasurement c, bool replace, Guid? replaceVersion, CancellationToken ct)
    {
        var existing = await MeasurementStore.FindAsync(db, c.Kpi.Id, c.Site?.Id, c.Period.Start, ct);
        if (existing is not null && !replace)
        {
            return await RefusedAsync(WriteOutcome.Duplicate, projectId, existing.Id, ct);
        }
        if (existing is not null && replaceVersion is { } seen && seen != existing.Version)
        {
            return await RefusedAsync(WriteOutcome.Stale, projectId, existing.Id, ct);
        }
        var m = existing ?? new Measurement();
        if (existing is null)
        {
            db.Measurements.Add(m);
        }
        else
        {
            db.ExpectVersion(m, replaceVersion ?? m.Version);
        }
        MeasurementStore.Apply(m, projectId, c, await MeasurementStore.EnteredByAsync(db, ct), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(projectId, m, c, created: existing is null, ct);
    }

    /// <summary>Changes a stored measurement (site, period, value, comment), checked against the version it was read with.</summary>
    public async Task<WriteResult> UpdateAsync(int projectId, Measurement m, Guid version, CheckedMeasurement c, CancellationToken ct)
    {
        if (m.Version != version)
        {
            // Stale even when nothing differs (EF would then send no UPDATE and never notice).
            return await RefusedAsync(WriteOutcome.Stale, projectId, m.Id, ct);
        }
        if (c.Site?.Id != m.PilotSiteId || c.Period.Start != m.PeriodStart)
        {
            var siteId = c.Site?.Id;
            var taken = await db.Measurements.AsNoTracking()
                .Where(x => x.Id != m.Id && x.KpiId == c.Kpi.Id && x.PilotSiteId == siteId && x.PeriodStart == c.Period.Start)
                .Select(x => (int?)x.Id).FirstOrDefaultAsync(ct);
            if (taken is { } other)
            {
                return await RefusedAsync(WriteOutcome.Duplicate, projectId, other, ct);
            }
        }
        db.ExpectVersion(m, version);
        MeasurementStore.Apply(m, projectId, c, await MeasurementStore.EnteredByAsync(db, ct), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(projectId, m, c, created: false, ct);
    }

    /// <summary>Deletes a stored measurement, checked against the version it was read with.</summary>
    public async Task<WriteResult> DeleteAsync(int projectId, Measurement m, Guid version, CancellationToken ct)
    {
        if (m.Version != version)
        {
            return await RefusedAsync(WriteOutcome.Stale, projectId, m.Id, ct);
        }
        db.ExpectVersion(m, version);
        db.Measurements.Remove(m);
        try
        {
            await db.SaveChangesAsync(ct);
            return new WriteResult(WriteOutcome.Saved, m.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(WriteOutcome.Stale, projectId, m.Id, ct);
        }
    }

    private async Task<WriteResult> SaveAsync(int projectId, Measurement m, CheckedMeasurement c, bool created, CancellationToken ct)
    {
        var id = m.Id;
        try
        {
            await db.SaveChangesAsync(ct);
            return new WriteResult(WriteOutcome.Saved, m.Id, Created: created);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefusedAsync(WriteOutcome.Stale, projectId, id, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Someone stored the same KPI, site and period between the look-up and the save.
            db.ChangeTracker.Clear();
            var other = await MeasurementStore.ExistingAsync(db, projectId, c.Kpi.Id, c.Site?.Id, c.Period.Start, ct);
            if (other is null)
            {
                throw;
            }
            return new WriteResult(WriteOutcome.Duplicate, null, other);
        }
    }

    private async Task<WriteResult> RefusedAsync(WriteOutcome outcome, int projectId, int id, CancellationToken ct)
    {
        var stored = await MeasurementStore.RowAsync(db, projectId, id, ct);
        return stored is null ? new WriteResult(WriteOutcome.Gone) : new WriteResult(outcome, null, stored);
    }
}
