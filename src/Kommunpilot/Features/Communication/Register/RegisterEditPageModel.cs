using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// The edit page of one item of a plan's register (<c>/kommunikation/{planId}/{part}/{itemId}</c>), for
/// editors only. Saving and deleting are checked against the version the form was loaded with: when
/// someone else saved or deleted the item meanwhile, nothing is written and the page shows both
/// versions (the <c>_Conflict</c> partial), keeping what the user typed; the form then carries the
/// stored version, so saving again is a deliberate overwrite. Deleting asks first (<c>?ta-bort=true</c>)
/// and says what goes with the item. An item id of another plan or tenant is 404.
/// </summary>
public abstract class RegisterEditPageModel<TItem, TInput>(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterPageModel(db, l)
    where TItem : class, IVersioned, IPlanPart
    where TInput : class, IRegisterInput<TItem>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The item as stored, as a form: for the heading, the delete question and the messages.</summary>
    protected TInput Stored { get; private set; } = new();

    /// <summary>The item's name in a sentence, as stored (e.g. "målgruppen Styrgruppen").</summary>
    public string ItemName => NameOf(Stored);

    /// <summary>The user asked to delete the item and is asked to confirm.</summary>
    public bool ConfirmDelete { get; private set; }

    /// <summary>What else goes when the item is deleted (links from activities and messages), if anything.</summary>
    public string? DeleteWarning { get; private set; }

    /// <summary>Set when someone else saved or deleted the item first.</summary>
    public Conflict? Conflict { get; private set; }

    /// <summary>What the page shows (the <c>_EditPart</c> partial); a conflict's fields in the user's words.</summary>
    public RegisterEditor Editor => new(ItemName, ConfirmDelete, DeleteWarning,
        Conflict is null ? null : Conflict with { Fields = [.. Conflict.Fields.Select(Describe)] },
        Fields, Input, Input.Version, ListUrl, BackText);

    /// <summary>The link back to the list, e.g. "Tillbaka till målgrupperna".</summary>
    protected abstract string BackText { get; }

    /// <summary>The form as loaded for the stored item.</summary>
    protected abstract TInput ToInput(TItem item);

    /// <summary>The item's name in a sentence, from a form: "målgruppen Styrgruppen".</summary>
    protected abstract string NameOf(TInput input);

    /// <summary>The message after a save.</summary>
    protected abstract string Saved(TInput saved);

    /// <summary>The message after a delete.</summary>
    protected abstract string Deleted(TInput deleted);

    /// <summary>A field of a conflict in the user's words: its label, and choices as their labels.</summary>
    protected abstract ConflictField Describe(ConflictField field);

    /// <summary>The part's rules (shared with the API) for the form as it is.</summary>
    protected abstract Task<List<RegisterError>> RulesAsync(int planId, int itemId);

    /// <summary>What the delete question adds: what refers to the item and goes with it. Null when nothing does.</summary>
    protected virtual Task<string?> DeleteWarningAsync(int itemId) => Task.FromResult<string?>(null);

    /// <summary>Marks for deletion what goes with the item (links, per-group goals), so that one save removes all and the history shows it.</summary>
    protected virtual Task RemoveDependentsAsync(TItem item) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(int planId, int itemId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(planId, itemId);
        if (item is null)
        {
            return NotFound();
        }
        Input = ToInput(item);
        ConfirmDelete = confirmDelete;
        return await ShowAsync(itemId);
    }

    public async Task<IActionResult> OnPostAsync(int planId, int itemId)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(planId, itemId);
        if (item is null)
        {
            return await GoneAsync(planId, itemId);
        }
        (await RulesAsync(planId, itemId)).AddTo(ModelState, L);
        if (!HasVersion() || !ModelState.IsValid)
        {
            return await ShowAsync(itemId);
        }
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item);
        return await TrySaveAsync() ? Done(Saved(ToInput(item))) : await ShowAsync(itemId);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int planId, int itemId)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        ConfirmDelete = true;
        var item = await FindAsync(planId, itemId);
        if (item is null)
        {
            return await GoneAsync(planId, itemId);
        }
        ModelState.Clear(); // what the form holds is not saved, only shown if there is a conflict
        if (!HasVersion())
        {
            return await ShowAsync(itemId);
        }
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item); // so that a conflict compares what the user saw with what is stored
        await RemoveDependentsAsync(item);
        Db.Remove(item);
        return await TrySaveAsync() ? Done(Deleted(Stored)) : await ShowAsync(itemId);
    }

    private async Task<TItem?> FindAsync(int planId, int itemId)
    {
        var item = await Db.Set<TItem>().SingleOrDefaultAsync(x => x.PlanId == planId && EF.Property<int>(x, "Id") == itemId, Aborted);
        if (item is not null)
        {
            Stored = ToInput(item);
        }
        return item;
    }

    private async Task<IActionResult> ShowAsync(int itemId)
    {
        Nav = Nav with { Heading = L["Redigera {0}", ItemName] };
        await LoadChoicesAsync();
        if (ConfirmDelete && Conflict?.Deleted != true)
        {
            DeleteWarning = await DeleteWarningAsync(itemId);
        }
        return Page();
    }

    /// <summary>An edit or a delete must say which version it was loaded with.</summary>
    private bool HasVersion()
    {
        if (Input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        return Input.Version is not null;
    }

    /// <summary>
    /// Saves the tracked change, checked against the form's version. When someone else got there first,
    /// nothing is written: <see cref="Conflict"/> describes both versions, and the form's version becomes
    /// the stored one. When what the user sent is exactly what is now stored (the other change touched
    /// only the item's place in the list), there is nothing to choose between and it counts as saved.
    /// </summary>
    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, Aborted);
            Db.ChangeTracker.Clear();
            var onlyPlace = !conflict.Deleted && conflict.Fields.All(f => f.Name == "Order");
            if (onlyPlace && !ConfirmDelete)
            {
                return true;
            }
            Conflict = conflict with { Fields = [.. conflict.Fields.Where(f => f.Name != "Order")] };
            Input.Version = conflict.CurrentVersion ?? Input.Version;
            ModelState.Remove("Input.Version");
            return false;
        }
    }

    /// <summary>
    /// The item is not there. When the history shows that it belonged to this plan and has been
    /// deleted, the user sees that someone else deleted it, with their input kept; otherwise (an unknown
    /// id, or one of another plan or tenant) the answer is 404.
    /// </summary>
    private async Task<IActionResult> GoneAsync(int planId, int itemId)
    {
        var key = itemId.ToString(CultureInfo.InvariantCulture);
        var deleted = await Db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.PlanId == planId && a.EntityType == typeof(TItem).Name && a.EntityId == key && a.Action == "Deleted", Aborted);
        if (!deleted)
        {
            return NotFound();
        }
        Stored = Input;
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        return await ShowAsync(itemId);
    }
}
