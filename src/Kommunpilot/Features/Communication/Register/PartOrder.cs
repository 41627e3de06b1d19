using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// The order of a plan's target groups, channels and risks: the <c>Order</c> column, ties broken by id.
/// Moving an item puts it just before (or after) its neighbour in the same group (target groups are
/// listed per priority), and numbers the plan's items 1, 2, 3 ... so that the order stays clear afterwards.
/// </summary>
public static class PartOrder
{
    public static int OrderOf<TItem>(this AppDbContext db, TItem item)
        where TItem : class => (int)db.Entry(item).Property("Order").CurrentValue!;

    public static void SetOrder<TItem>(this AppDbContext db, TItem item, int order)
        where TItem : class => db.Entry(item).Property("Order").CurrentValue = order;

    /// <summary>The number after the plan's last item.</summary>
    public static async Task<int> NextAsync<TItem>(AppDbContext db, int planId, CancellationToken ct)
        where TItem : class, IPlanPart =>
        (await db.Set<TItem>().Where(x => x.PlanId == planId).Select(x => (int?)EF.Property<int>(x, "Order")).MaxAsync(ct) ?? 0) + 1;

    /// <summary>
    /// Moves the item one place up (<paramref name="up"/>) or down among the plan's items of its group.
    /// The items are loaded tracked; the caller saves. False when it is already first or last.
    /// </summary>
    public static async Task<bool> MoveAsync<TItem>(AppDbContext db, int planId, int itemId, bool up, Func<TItem, object?> group, CancellationToken ct)
        where TItem : class, IPlanPart
    {
        var items = await db.Set<TItem>()
            .Where(x => x.PlanId == planId)
            .OrderBy(x => EF.Property<int>(x, "Order")).ThenBy(x => EF.Property<int>(x, "Id"))
            .ToListAsync(ct);
        var index = items.FindIndex(x => IdOf(db, x) == itemId);
        if (index < 0)
        {
            return false;
        }
        var key = group(items[index]);
        var step = up ? -1 : 1;
        var other = index + step;
        while (other >= 0 && other < items.Count && !Equals(group(items[other]), key))
        {
            other += step;
        }
        if (other < 0 || other >= items.Count)
        {
            return false;
        }
        // Taken out and put back just before (or after) its neighbour: the others keep their order.
        var item = items[index];
        items.RemoveAt(index);
        items.Insert(other, item);
        for (var i = 0; i < items.Count; i++)
        {
            if (db.OrderOf(items[i]) != i + 1)
            {
                db.SetOrder(items[i], i + 1);
            }
        }
        return true;
    }

    public static int IdOf<TItem>(AppDbContext db, TItem item)
        where TItem : class => (int)db.Entry(item).Property("Id").CurrentValue!;
}
