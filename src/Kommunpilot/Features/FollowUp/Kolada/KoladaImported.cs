using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>One file (or API call) that brought figures of a KPI, by whom and when last.</summary>
public sealed record KoladaImportedFile(string? File, string? By, DateTime At);

/// <summary>What an organisation holds of one Kolada KPI.</summary>
public sealed record KoladaImportedKpi(
    string KpiId,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<int> Years,
    int Values,
    DateTime LastImportedAt,
    IReadOnlyList<KoladaImportedFile> Imports);

/// <summary>The organisation's own Kolada figures, per KPI, read with a few grouped queries (never row by row).</summary>
public static class KoladaImported
{
    public static async Task<IReadOnlyList<KoladaImportedKpi>> ListAsync(AppDbContext db, int organizationId, CancellationToken ct)
    {
        var mine = db.KoladaValues.AsNoTracking().Where(v => v.OrganizationId == organizationId);
        var totals = await mine.GroupBy(v => v.KpiId)
            .Select(g => new { KpiId = g.Key, Count = g.Count(), Last = g.Max(v => v.ImportedAt) })
            .ToListAsync(ct);
        var places = await mine.Select(v => new { v.KpiId, v.MunicipalityId }).Distinct().ToListAsync(ct);
        var years = await mine.Select(v => new { v.KpiId, v.Period }).Distinct().ToListAsync(ct);
        var files = await mine.GroupBy(v => new { v.KpiId, v.SourceFile, v.ImportedBy })
            .Select(g => new { g.Key.KpiId, g.Key.SourceFile, g.Key.ImportedBy, At = g.Max(v => v.ImportedAt) })
            .ToListAsync(ct);
        return [.. totals.OrderBy(t => t.KpiId, StringComparer.Ordinal).Select(t => new KoladaImportedKpi(
            t.KpiId,
            [.. places.Where(p => p.KpiId == t.KpiId).Select(p => p.MunicipalityId).Order(StringComparer.Ordinal)],
            [.. years.Where(y => y.KpiId == t.KpiId).Select(y => y.Period).Order()],
            t.Count,
            DateTime.SpecifyKind(t.Last, DateTimeKind.Utc),
            [.. files.Where(f => f.KpiId == t.KpiId).OrderByDescending(f => f.At).Select(f => new KoladaImportedFile(f.SourceFile, f.ImportedBy, DateTime.SpecifyKind(f.At, DateTimeKind.Utc)))]))];
    }
}
