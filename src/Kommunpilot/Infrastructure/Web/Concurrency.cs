using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Infrastructure.Web;

/// <summary>One field that differs between what the user sent and what is now stored.</summary>
public sealed record ConflictField(string Name, string? Mine, string? Theirs);

/// <summary>What a page shows when someone else saved the same record first.</summary>
public sealed record Conflict(bool Deleted, IReadOnlyList<ConflictField> Fields, Guid? CurrentVersion);

/// <summary>
/// Optimistic concurrency: every editable record has a <c>Version</c> token. A form carries the
/// version it was loaded with; saving with a stale one raises <see cref="DbUpdateConcurrencyException"/>,
/// which pages turn into a <see cref="Conflict"/> showing both versions. Nothing is overwritten:
/// the user sees the other version, and saving again (with the new token) is a deliberate choice.
/// </summary>
public static class Concurrency
{
    /// <summary>Makes the save check against the version the form was loaded with.</summary>
    public static void ExpectVersion<T>(this DbContext db, T entity, Guid version)
        where T : class, Data.IVersioned =>
        db.Entry(entity).Property(e => e.Version).OriginalValue = version;

    public static async Task<Conflict> DescribeAsync(DbUpdateConcurrencyException exception, CancellationToken ct = default)
    {
        var fields = new List<ConflictField>();
        Guid? current = null;
        var deleted = false;
        foreach (var entry in exception.Entries)
        {
            var stored = await entry.GetDatabaseValuesAsync(ct);
            if (stored is null)
            {
                deleted = true;
                continue;
            }
            foreach (var property in entry.Metadata.GetProperties())
            {
                if (property.Name == "Version")
                {
                    current = stored.GetValue<Guid>(property);
                    continue;
                }
                if (property.IsPrimaryKey() || property.IsShadowProperty() || property.Name is "UpdatedAt" or "CreatedAt")
                {
                    continue;
                }
                var mine = Format(entry.CurrentValues[property]);
                var theirs = Format(stored[property]);
                if (mine != theirs)
                {
                    fields.Add(new ConflictField(property.Name, mine, theirs));
                }
            }
            foreach (var complex in entry.Metadata.GetComplexProperties())
            {
                foreach (var property in complex.ComplexType.GetProperties())
                {
                    var mine = Format(entry.CurrentValues[property]);
                    var theirs = Format(stored[property]);
                    if (mine != theirs)
                    {
                        fields.Add(new ConflictField($"{complex.Name}.{property.Name}", mine, theirs));
                    }
                }
            }
        }
        return new Conflict(deleted, fields, current);
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };
}
