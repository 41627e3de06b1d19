using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts;

/// <summary>
/// The edit page of one item of a part (<c>/projekt/{id}/{part}/{itemId}</c>), for editors only.
/// Saving and deleting are checked against the version the form was loaded with: when someone else
/// saved or deleted the item meanwhile, nothing is written and the page shows both versions (the
/// <c>_Conflict</c> partial), keeping what the user typed; the form then carries the stored version,
/// so saving again is a deliberate overwrite. Deleting asks first (<c>?ta-bort=true</c>).
/// An item id of another project or tenant is 404.
/// </summary>
public abstract class PartEditPageModel<TItem, TInput>(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartPageModel(db, l)
    where TItem : class, IVersioned, IProjectPart
    where TInput : class, IPartInput<TItem>, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    /// <summary>The item as stored, as a form: for the heading, the delete question and the messages.</summary>
    protected TInput Stored { get; private set; } = new();

    /// <summary>The item's name as stored (e.g. "leverans L3"), for the heading and the delete question.</summary>
    public string ItemName => NameOf(Stored);

    /// <summary>The user asked to delete the item and is asked to confirm.</summary>
    public bool ConfirmDelete { get; private set; }

    /// <summary>Set when someone else saved or deleted the item first.</summary>
    public Conflict? Conflict { get; private set; }

    /// <summary>The id of the item the page is for.</summary>
    protected int ItemId => Convert.ToInt32(RouteData.Values["itemId"], CultureInfo.InvariantCulture);

    /// <summary>What the page shows (the <c>_EditItem</c> partial); a conflict's fields in the user's words.</summary>
    public PartEditor Editor => new(new PartHeading(Project, PartTitle, ListUrl, L["Redigera {0}", ItemName]),
        ItemName, ConfirmDelete, Conflict is null ? null : Conflict with { Fields = [.. Conflict.Fields.Select(Describe)] },
        Fields, Input, Input.Version);

    /// <summary>The form as loaded for the stored item.</summary>
    protected abstract TInput ToInput(TItem item);

    /// <summary>The item's name in a sentence, from a form: "leverans L3", "mål nr 2". Called after <see cref="PartPageModel.LoadChoicesAsync"/>.</summary>
    protected abstract string NameOf(TInput input);

    /// <summary>The message after a save, e.g. "Leverans L3 är sparad."</summary>
    protected abstract string Saved(TInput saved);

    /// <summary>The message after a delete, e.g. "Leverans L3 är borttagen."</summary>
    protected abstract string Deleted(TInput deleted);

    /// <summary>A field of a conflict in the user's words: its label, and choices as their labels. Called after <see cref="PartPageModel.LoadChoicesAsync"/>.</summary>
    protected abstract ConflictField Describe(ConflictField field);

    /// <summary>The rules that need the database (a code or unit already taken by another item); they add model errors.</summary>
    protected virtual Task<bool> RulesHoldAsync(TItem item) => Task.FromResult(true);

    public async Task<IActionResult> OnGetAsync(int id, int itemId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(id, itemId);
        if (item is null)
        {
            return NotFound();
        }
        Input = ToInput(item);
        ConfirmDelete = confirmDelete;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(int id, int itemId)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(id, itemId);
        if (item is null)
        {
            return await GoneAsync(itemId);
        }
        if (!HasVersion() || !ModelState.IsValid)
        {
            return await ShowAsync();
        }
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item);
        if (!await RulesHoldAsync(item))
        {
            return await ShowAsync();
        }
        return await TrySaveAsync() ? Done(Saved(ToInput(item))) : await ShowAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int itemId)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        ConfirmDelete = true;
        var item = await FindAsync(id, itemId);
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
        return await TrySaveAsync() ? Done(Deleted(Stored)) : await ShowAsync();
    }

    private async Task<TItem?> FindAsync(int id, int itemId)
    {
        var item = await Db.Set<TItem>().SingleOrDefaultAsync(x => x.ProjectId == id && EF.Property<int>(x, "Id") == itemId, Aborted);
        if (item is not null)
        {
            Stored = ToInput(item);
        }
        return item;
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadChoicesAsync();
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
    /// the stored one.
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
            Conflict = await Concurrency.DescribeAsync(ex, Aborted);
            Input.Version = Conflict.CurrentVersion ?? Input.Version;
            ModelState.Remove("Input.Version");
            Db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// The item is not there. When the audit trail shows that it belonged to this project and has been
    /// deleted, the user sees that someone else deleted it, with their input kept; otherwise (an unknown
    /// id, or one of another project or tenant) the answer is 404.
    /// </summary>
    private async Task<IActionResult> GoneAsync(int itemId)
    {
        var key = itemId.ToString(CultureInfo.InvariantCulture);
        var deleted = await Db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.ProjectId == Project.Id && a.EntityType == typeof(TItem).Name && a.EntityId == key && a.Action == "Deleted", Aborted);
        if (!deleted)
        {
            return NotFound();
        }
        Stored = Input;
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        return await ShowAsync();
    }
}
