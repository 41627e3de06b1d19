using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>What a file holds for one Kolada KPI: the places and years it covers and how many values.</summary>
public sealed record KoladaKpiSummary(string KpiId, IReadOnlyList<string> Municipalities, IReadOnlyList<int> Years, int Values, int Missing);

/// <summary>What an import will do (the preview) or did: per KPI, and how many values are new and how many replace stored ones.</summary>
public sealed record KoladaImportSummary(IReadOnlyList<KoladaKpiSummary> Kpis, int Values, int Missing, int New, int Updated);

/// <summary>
/// Imports a Kolada file into an organisation: all figures or none, in one save. A figure already stored
/// for the same KPI, place, year and gender (the unique index) is replaced, never doubled.
/// </summary>
public static class KoladaImport
{
    /// <summary>Reads the file and checks its places: the figures, or the first problem.</summary>
    public static (IReadOnlyList<KoladaFigure>? Figures, KoladaMessage? Problem, IReadOnlyList<string> Unknown) Check(byte[] bytes)
    {
        var (figures, problem) = KoladaFile.Read(bytes);
        if (figures is null)
        {
            return (null, problem, []);
        }
        var unknown = KoladaFile.UnknownMunicipalities(figures);
        return unknown.Count > 0 ? (null, KoladaFile.UnknownProblem(unknown), unknown) : (figures, null, []);
    }

    public static async Task<KoladaImportSummary> PreviewAsync(AppDbContext db, int organizationId, IReadOnlyList<KoladaFigure> figures, CancellationToken ct)
    {
        var (kpis, places) = Keys(figures);
        var stored = await db.KoladaValues.AsNoTracking()
            .Where(v => v.OrganizationId == organizationId && kpis.Contains(v.KpiId) && places.Contains(v.MunicipalityId))
            .Select(v => new { v.KpiId, v.MunicipalityId, v.Period, v.Gender })
            .ToListAsync(ct);
        var existing = stored.Select(v => (v.KpiId, v.MunicipalityId, v.Period, v.Gender)).ToHashSet();
        return Summarize(figures, figures.Count(f => existing.Contains((f.KpiId, f.MunicipalityId, f.Period, f.Gender))));
    }

    /// <summary>Saves every figure (adding or replacing); null when someone else saved the same figures at the same moment.</summary>
    public static async Task<KoladaImportSummary?> SaveAsync(AppDbContext db, int organizationId, IReadOnlyList<KoladaFigure> figures, string? sourceFile, CancellationToken ct)
    {
        var (kpis, places) = Keys(figures);
        var stored = await db.KoladaValues
            .Where(v => v.OrganizationId == organizationId && kpis.Contains(v.KpiId) && places.Contains(v.MunicipalityId))
            .ToListAsync(ct);
        var byKey = stored.ToDictionary(v => (v.KpiId, v.MunicipalityId, v.Period, v.Gender));
        var now = DateTime.UtcNow;
        var by = await ImporterNameAsync(db, ct);
        var file = sourceFile is null ? null : Path.GetFileName(sourceFile) is { Length: > 0 } name ? name[..Math.Min(name.Length, FollowUpModel.ShortText)] : null;
        var updated = 0;
        foreach (var figure in figures)
        {
            if (byKey.TryGetValue((figure.KpiId, figure.MunicipalityId, figure.Period, figure.Gender), out var value))
            {
                updated++;
            }
            else
            {
                value = new KoladaValue { OrganizationId = organizationId, KpiId = figure.KpiId, MunicipalityId = figure.MunicipalityId, Period = figure.Period, Gender = figure.Gender };
                db.KoladaValues.Add(value);
            }
            value.Value = figure.Value;
            value.Status = figure.Status;
            value.ImportedAt = now;
            value.ImportedBy = by;
            value.SourceFile = file;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
        return Summarize(figures, updated);
    }

    /// <summary>Removes every figure of one Kolada KPI the organisation imported; the number removed.</summary>
    public static async Task<int> DeleteKpiAsync(AppDbContext db, int organizationId, string kpiId, CancellationToken ct)
    {
        var rows = await db.KoladaValues.Where(v => v.OrganizationId == organizationId && v.KpiId == kpiId).ToListAsync(ct);
        db.KoladaValues.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
        return rows.Count;
    }

    /// <summary>The signed-in user's name as the import list shows it.</summary>
    public static async Task<string?> ImporterNameAsync(AppDbContext db, CancellationToken ct)
    {
        var id = db.CurrentUser.UserId;
        var name = id is null ? null : await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName ?? u.Email ?? u.UserName).SingleOrDefaultAsync(ct);
        name ??= db.CurrentUser.UserName;
        return name is null ? null : name[..Math.Min(name.Length, FollowUpModel.ShortText)];
    }

    private static (List<string> Kpis, List<string> Places) Keys(IReadOnlyList<KoladaFigure> figures) =>
        ([.. figures.Select(f => f.KpiId).Distinct(StringComparer.Ordinal)], [.. figures.Select(f => f.MunicipalityId).Distinct(StringComparer.Ordinal)]);

    private static KoladaImportSummary Summarize(IReadOnlyList<KoladaFigure> figures, int updated)
    {
        var kpis = figures.GroupBy(f => f.KpiId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KoladaKpiSummary(
                g.Key,
                [.. g.Select(f => f.MunicipalityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. g.Select(f => f.Period).Distinct().Order()],
                g.Count(),
                g.Count(f => f.Value is null)))
            .ToList();
        return new KoladaImportSummary(kpis, figures.Count, figures.Count(f => f.Value is null), figures.Count - updated, updated);
    }
}
