using System.Globalization;
using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts;

/// <summary>The project a part page belongs to: its name for the heading, and whether the caller may change it.</summary>
public sealed record PartProject(int Id, string Name, bool CanEdit);

/// <summary>The fields every part form carries besides its own: the version the form was loaded with.</summary>
public interface IPartInput
{
    Guid? Version { get; set; }
}

/// <summary>
/// What the pages for a project's parts (goals, scope limits, pilot sites, deliverables, milestones,
/// project organisation) have in common: the project for the heading; 404 for a project or item the
/// caller cannot see; 403 when a reader tries to change something; saving with the version check,
/// turning a stale version into a conflict to show; and the success message after Post/Redirect/Get.
/// </summary>
public abstract class PartPageModel(AppDbContext db, IStringLocalizer<PartsTexts> texts) : PageModel
{
    protected AppDbContext Db => db;

    protected IStringLocalizer<PartsTexts> L => texts;

    public PartProject Project { get; private set; } = null!;

    /// <summary>Set when someone else saved or deleted the item first; the page shows both versions.</summary>
    public Conflict? Conflict { get; private set; }

    /// <summary>On an edit page: the user asked to delete the item and is asked to confirm.</summary>
    public bool ConfirmDelete { get; protected set; }

    /// <summary>The success message carried across the redirect after a change.</summary>
    [TempData]
    public string? Message { get; set; }

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>
    /// Loads the project for the heading. Returns the answer to give instead of the page: 404 when the
    /// project does not exist or belongs to another tenant (the query filter hides it), 403 when
    /// <paramref name="edit"/> is asked for and the caller may only read it.
    /// </summary>
    protected async Task<IActionResult?> OpenAsync(int id, bool edit)
    {
        var name = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(Aborted);
        if (name is null)
        {
            return NotFound();
        }
        Project = new PartProject(id, name, await ProjectAccess.CanEditAsync(db, id, Aborted));
        return edit && !Project.CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }

    /// <summary>An edit or delete must say which version it was loaded with.</summary>
    protected bool HasVersion(IPartInput input)
    {
        if (input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        return input.Version is not null;
    }

    /// <summary>
    /// Saves the tracked change, checked against the version the form was loaded with. When someone
    /// else got there first nothing is written: <see cref="Conflict"/> describes both versions, and the
    /// form's version becomes the stored one, so that saving again is a deliberate overwrite.
    /// </summary>
    protected async Task<bool> TrySaveAsync(IPartInput input, Func<ConflictField, ConflictField>? describe = null)
    {
        try
        {
            await db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, Aborted);
            Conflict = describe is null ? conflict : conflict with { Fields = [.. conflict.Fields.Where(f => f.Name != nameof(IProjectPart.ProjectId)).Select(describe)] };
            input.Version = conflict.CurrentVersion ?? input.Version;
            ModelState.Remove("Input.Version");
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// The item a form was posted for is not there. When the audit trail shows that it belonged to this
    /// project and has been deleted, the user sees that someone else deleted it, with their input kept;
    /// otherwise (an unknown id, or one of another project or tenant) the answer is 404.
    /// </summary>
    protected async Task<IActionResult> GoneAsync<T>(int itemId)
    {
        var key = itemId.ToString(CultureInfo.InvariantCulture);
        var deleted = await db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.ProjectId == Project.Id && a.EntityType == typeof(T).Name && a.EntityId == key && a.Action == "Deleted", Aborted);
        if (!deleted)
        {
            return NotFound();
        }
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        return Page();
    }

    /// <summary>Post/Redirect/Get: back to the part's list with a message.</summary>
    protected IActionResult Done(string listPage, string message)
    {
        Message = message;
        return RedirectToPage(listPage, new { id = Project.Id });
    }

    /// <summary>
    /// Adds a new item once. Adds to one project are made one at a time, so a double-clicked or replayed
    /// add finds the identical item (<paramref name="identical"/>) that the first request saved and is
    /// answered as if it had saved it, instead of saving it twice. <paramref name="rulesHold"/> checks
    /// the rules that need the database (a code or unit already taken) and adds model errors; when it
    /// fails the result is null and the caller shows the form again. <paramref name="beforeSave"/>
    /// fills in what depends on the items already there (the next order number).
    /// </summary>
    protected async Task<IActionResult?> AddOnceAsync<T>(T item, Expression<Func<T, bool>> identical, string listPage, string added,
        Func<Task<bool>>? rulesHold = null, Func<Task>? beforeSave = null)
        where T : class
    {
        using (await AddLock.ForProjectAsync(Project.Id, Aborted))
        {
            if (await db.Set<T>().AnyAsync(identical, Aborted))
            {
                return Done(listPage, added);
            }
            if (rulesHold is not null && !await rulesHold())
            {
                return null;
            }
            if (beforeSave is not null)
            {
                await beforeSave();
            }
            db.Add(item);
            await db.SaveChangesAsync(Aborted);
        }
        return Done(listPage, added);
    }

    /// <summary>The shared texts (enum labels, common words), for conflict descriptions.</summary>
    protected IStringLocalizer T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedTexts>>();

    /// <summary>A field of a conflict under the user's name for it, its values optionally put in the user's words.</summary>
    protected static ConflictField Field(ConflictField f, string label, Func<string?, string?>? value = null) =>
        new(label, value is null ? f.Mine : value(f.Mine), value is null ? f.Theirs : value(f.Theirs));

    /// <summary>A choice's stored name (e.g. "InProgress") in the user's words ("Pågår").</summary>
    protected string? Choice<TEnum>(string? value, Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var choice) ? T[label(choice)] : value;
}

/// <summary>One lock per stripe of projects: adds to the same project wait for each other, in this process.</summary>
internal static class AddLock
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> ForProjectAsync(int projectId, CancellationToken ct)
    {
        var stripe = Stripes[(projectId & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(ct);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
