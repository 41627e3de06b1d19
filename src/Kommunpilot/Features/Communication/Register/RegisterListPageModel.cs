using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// The list page of a part of a plan's register (target groups, channels, risks): everyone who can see
/// the plan sees the items; editors get a form to add one and buttons to move each up or down. An add
/// is stored once: adds to one plan are made one at a time, and an add identical to an item already
/// there (a double click, a replayed POST) is answered as if it had been stored, without storing it twice.
/// </summary>
public abstract class RegisterListPageModel<TItem, TInput>(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterPageModel(db, l)
    where TItem : class, IPlanPart, IVersioned
    where TInput : class, IRegisterInput<TItem>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>What the add form shows (the <c>_AddPart</c> partial).</summary>
    public RegisterAdder Adder => new(AddHeading, Fields, Input, AddButton);

    /// <summary>The add form's heading, e.g. "Lägg till målgrupp".</summary>
    protected abstract string AddHeading { get; }

    /// <summary>The add form's button, e.g. "Lägg till målgruppen".</summary>
    protected abstract string AddButton { get; }

    /// <summary>Loads the plan's items, in the order they are shown.</summary>
    protected abstract Task LoadRowsAsync();

    /// <summary>A new item of the plan, before the form is applied to it.</summary>
    protected abstract TItem NewItem(int planId);

    /// <summary>An item of the plan with the same content as <paramref name="item"/>.</summary>
    protected abstract Expression<Func<TItem, bool>> IdenticalTo(TItem item);

    /// <summary>The part's rules (shared with the API) for the form as it is.</summary>
    protected abstract Task<List<RegisterError>> RulesAsync(int planId, int? itemId);

    /// <summary>The message after the add, e.g. "Målgruppen Styrgruppen är tillagd."</summary>
    protected abstract string Added(TItem item);

    /// <summary>The message after a move, e.g. "Styrgruppen är flyttad."</summary>
    protected abstract string Moved(TItem item);

    /// <summary>The group an item is moved within (target groups: their priority); all in one by default.</summary>
    protected virtual object? GroupOf(TItem item) => null;

    public async Task<IActionResult> OnGetAsync(int planId) => await OpenAsync(planId, edit: false) ?? await ShowAsync();

    public async Task<IActionResult> OnPostAsync(int planId)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        (await RulesAsync(planId, itemId: null)).AddTo(ModelState, L);
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var item = NewItem(planId);
        Input.ApplyTo(item);
        using (await PlanLock.ForPlanAsync(planId, Aborted))
        {
            if (await Db.Set<TItem>().AnyAsync(IdenticalTo(item), Aborted))
            {
                return Done(Added(item));
            }
            // The rules again, inside the lock: another add may have taken the name meanwhile.
            (await RulesAsync(planId, itemId: null)).AddTo(ModelState, L);
            if (!ModelState.IsValid)
            {
                return await ShowAsync();
            }
            Db.SetOrder(item, await PartOrder.NextAsync<TItem>(Db, planId, Aborted));
            Db.Add(item);
            try
            {
                await Db.SaveChangesAsync(Aborted);
            }
            catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
            {
                // The lock holds only within this process: another instance may have added the same
                // name between the check and the save, and the unique index refused this one.
                Db.ChangeTracker.Clear();
                (await RulesAsync(planId, itemId: null)).AddTo(ModelState, L);
                if (ModelState.IsValid)
                {
                    ModelState.AddModelError(string.Empty, L["Det gick inte att spara eftersom någon annan ändrade samtidigt. Försök igen."]);
                }
                return await ShowAsync();
            }
        }
        return Done(Added(item));
    }

    /// <summary>Moves an item one place up or down (<c>direction</c> "upp" or "ned") among the items of its group.</summary>
    public async Task<IActionResult> OnPostMoveAsync(int planId, int itemId, string? direction)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        if (direction is not ("upp" or "ned"))
        {
            return BadRequest();
        }
        using (await PlanLock.ForPlanAsync(planId, Aborted))
        {
            var moved = await PartOrder.MoveAsync<TItem>(Db, planId, itemId, up: direction == "upp", GroupOf, Aborted);
            var item = Db.ChangeTracker.Entries<TItem>().Select(e => e.Entity).FirstOrDefault(x => PartOrder.IdOf(Db, x) == itemId);
            if (item is null)
            {
                return NotFound();
            }
            if (!moved)
            {
                return Redirect(ListUrl + "#main"); // already first or last of its group
            }
            try
            {
                await Db.SaveChangesAsync(Aborted);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Done(L["Någon annan ändrade listan samtidigt, så ingenting flyttades. Kontrollera ordningen och försök igen."], warning: true);
            }
            return Done(Moved(item));
        }
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadRowsAsync();
        if (CanEdit)
        {
            await LoadChoicesAsync();
        }
        return Page();
    }
}

/// <summary>One lock per stripe of plans: adds and moves in the same plan wait for each other, in this process.</summary>
internal static class PlanLock
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> ForPlanAsync(int planId, CancellationToken ct)
    {
        var stripe = Stripes[(planId & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
