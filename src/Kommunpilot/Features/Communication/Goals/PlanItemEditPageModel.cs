using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>What an edit page shows (the <c>_EditPlanItem</c> partial).</summary>
public sealed record PlanItemEditor(PlanNav Nav, string ItemName, bool ConfirmDelete, string? DeleteNote, Conflict? Conflict,
    string Fields, object Input, Guid? Version, string ListUrl);

/// <summary>
/// The edit page of one goal, measurable goal or message of a plan, for editors only. Saving and
/// deleting are checked against the version the form was loaded with: when someone else saved or
/// deleted the item meanwhile, nothing is written and the page shows both versions (the
/// <c>_Conflict</c> partial), keeping what the user typed; the form then carries the stored version,
/// so saving again is a deliberate overwrite. Deleting asks first (<c>?ta-bort=true</c>). An item id
/// of another plan or tenant is 404.
/// </summary>
public abstract class PlanItemEditPageModel<TItem, TInput>(AppDbContext db, IStringLocalizer<GoalTexts> l) : PlanPageModel(db, l)
    where TItem : class, IVersioned, IPlanPart
    where TInput : class, IPlanItemInput<TItem>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The item as stored, as a form: for the heading, the delete question and the messages.</summary>
    protected TInput Stored { get; private set; } = new();

    /// <summary>The item's name in a sentence, as stored ("budskap nr 3").</summary>
    public string ItemName => NameOf(Stored);

    public bool ConfirmDelete { get; private set; }

    /// <summary>What deleting the item also does, said in the delete question.</summary>
    public string? DeleteNote { get; private set; }

    /// <summary>Set when someone else saved or deleted the item first.</summary>
    public Conflict? Conflict { get; private set; }

    public PlanItemEditor Editor => new(Nav, ItemName, ConfirmDelete, DeleteNote,
        Conflict is null ? null : Conflict with { Fields = [.. Conflict.Fields.Select(Describe)] },
        Fields, Input, Input.Version, Url.Page(ListPage, new { planId = PlanId })!);

    /// <summary>The list page of this kind of item, relative to this one (e.g. "Goals").</summary>
    protected abstract string ListPage { get; }

    /// <summary>The form fields partial, shared with the add form.</summary>
    protected abstract string Fields { get; }

    protected abstract TInput ToInput(TItem item);

    /// <summary>The item's name in a sentence: "kunskapsmål för Styrgruppen", "budskap nr 3".</summary>
    protected abstract string NameOf(TInput input);

    protected abstract string Saved(TInput saved);

    protected abstract string Deleted(TInput deleted);

    /// <summary>A field of a conflict in the user's words.</summary>
    protected abstract ConflictField Describe(ConflictField field);

    /// <summary>The rules that need the database or several fields; they add model errors under "Input".</summary>
    protected virtual Task<bool> RulesHoldAsync(TItem item) => Task.FromResult(true);

    /// <summary>What the form offers (the plan's target groups); loaded once, before the item is named.</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>The related rows the item is edited with (a message's target groups).</summary>
    protected virtual IQueryable<TItem> Including(IQueryable<TItem> items) => items;

    /// <summary>What deleting also does, e.g. that activities lose their link; null when nothing.</summary>
    protected virtual Task<string?> DeleteNoteAsync(TItem item) => Task.FromResult<string?>(null);

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
        if (confirmDelete)
        {
            DeleteNote = await DeleteNoteAsync(item);
        }
        return await ShowAsync();
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
            return await GoneAsync(itemId);
        }
        if (!HasVersion())
        {
            return await ShowAsync();
        }
        // The rules run also when a field is wrong, so that every problem shows at once; nothing is saved then.
        var valid = ModelState.IsValid;
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item);
        if (!await RulesHoldAsync(item) || !valid)
        {
            return await ShowAsync();
        }
        // Always an UPDATE checked against the version, also when only linked rows (or nothing) changed.
        Db.Entry(item).Property(x => x.Version).IsModified = true;
        return await TrySaveAsync() ? Done(ListPage, Saved(ToInput(item))) : await ShowAsync();
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
            return await GoneAsync(itemId);
        }
        ModelState.Clear(); // what the form holds is not saved, only shown if there is a conflict
        if (!HasVersion())
        {
            return await ShowAsync();
        }
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item);
        Db.Remove(item);
        return await TrySaveAsync() ? Done(ListPage, Deleted(Stored)) : await ShowAsync();
    }

    private async Task<TItem?> FindAsync(int planId, int itemId)
    {
        var item = await Including(Db.Set<TItem>()).SingleOrDefaultAsync(x => x.PlanId == planId && EF.Property<int>(x, "Id") == itemId, Aborted);
        if (item is not null)
        {
            Stored = ToInput(item);
            await EnsureChoicesAsync(); // the item's name may need them (a target group's name)
        }
        return item;
    }

    private bool _choicesLoaded;

    private async Task EnsureChoicesAsync()
    {
        if (!_choicesLoaded)
        {
            await LoadChoicesAsync();
            _choicesLoaded = true;
        }
    }

    private async Task<IActionResult> ShowAsync()
    {
        await EnsureChoicesAsync();
        Nav = Nav with { Heading = L["Redigera {0}", ItemName] };
        return Page();
    }

    private bool HasVersion()
    {
        if (Input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        return Input.Version is not null;
    }

    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await Concurrency.DescribeAsync(ex, Aborted);
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            ModelState.Remove("Input.Version");
            Db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// The item is not there. When the audit trail shows that it belonged to this plan and was deleted,
    /// the user sees that someone else deleted it, with their input kept; otherwise 404.
    /// </summary>
    private async Task<IActionResult> GoneAsync(int itemId)
    {
        var key = itemId.ToString(CultureInfo.InvariantCulture);
        var deleted = await Db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.PlanId == PlanId && a.EntityType == typeof(TItem).Name && a.EntityId == key && a.Action == "Deleted", Aborted);
        if (!deleted)
        {
            return NotFound();
        }
        Stored = Input;
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        return await ShowAsync();
    }
}
