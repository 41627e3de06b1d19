using System.Data;
using System.Data.Common;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// Check-then-insert without a race: a double click sends two POSTs at once, and both would pass a
/// "does it exist yet?" check before either is saved. In a serializable transaction SQLite takes the
/// write lock at the start (so the second waits for the first), and PostgreSQL aborts one of the two
/// with a serialization failure; that one is run again, and then sees the first one's row.
/// </summary>
internal static class Serialized
{
    private const int Attempts = 5;

    public static async Task<T> RunAsync<T>(AppDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var tx = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            try
            {
                var result = await work(ct);
                await tx.CommitAsync(ct);
                return result;
            }
            catch (Exception ex) when (attempt < Attempts && IsSerializationFailure(ex))
            {
                // Leaving the block disposes the transaction, which rolls it back.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool IsSerializationFailure(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DbException { SqlState: "40001" })
            {
                return true;
            }
        }
        return false;
    }
}
