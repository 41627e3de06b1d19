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

/// <summary>The form of one kind of part: it writes itself onto the item and carries the version it was loaded with.</summary>
public interface IPartInput<in TItem>
{
    Guid? Version { get; set; }

    /// <summary>Copies the form's values, trimmed, onto the item.</summary>
    void ApplyTo(TItem item);
}

/// <summary>
/// What the pages for a project's parts (goals, scope limits, pilot sites, deliverables, milestones,
/// project organisation) have in common: the project for the heading, 404 for a project the caller
/// cannot see, 403 when a reader tries to change something, the success message after
/// Post/Redirect/Get, and the part's texts. The list pages (<see cref="PartListPageModel{TItem, TInput}"/>)
/// add items; the edit pages (<see cref="PartEditPageModel{TItem, TInput}"/>) edit and delete one.
/// </summary>
public abstract class PartPageModel(AppDbContext db, IStringLocalizer<PartsTexts> texts) : PageModel
{
    protected AppDbContext Db => db;

    /// <summary>This feature's texts.</summary>
    protected IStringLocalizer<PartsTexts> L => texts;

    /// <summary>The shared texts: common words and the choices' labels.</summary>
    protected IStringLocalizer T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedTexts>>();

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    public PartProject Project { get; private set; } = null!;

    /// <summary>The success message carried across the redirect after a change.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>The part's list page, relative to this one (e.g. "Deliverables").</summary>
    protected abstract string ListPage { get; }

    /// <summary>The part's name in the heading (e.g. "Leveranser").</summary>
    protected abstract string PartTitle { get; }

    /// <summary>The part's form fields partial (e.g. "_DeliverableFields"), shared by the add and edit forms.</summary>
    protected abstract string Fields { get; }

    public string ListUrl => Url.Page(ListPage, new { id = Project.Id })!;

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

    /// <summary>What a part page loads besides its items: the choices its form offers (units, decision bodies).</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>
    /// Post/Redirect/Get: back to the top of the part's list, which shows the message. The address names
    /// the top (#main): without it the browser would keep the "#add-heading" the add form posted to.
    /// </summary>
    protected IActionResult Done(string message)
    {
        Message = message;
        return RedirectToPage(ListPage, pageHandler: null, new { id = Project.Id }, fragment: "main");
    }
}

/// <summary>Helpers for describing a conflict in the user's words.</summary>
public static class ConflictWords
{
    /// <summary>A field of a conflict under the user's name for it, its values optionally put in the user's words.</summary>
    public static ConflictField Named(this ConflictField f, string label, Func<string?, string?>? value = null) =>
        new(label, value is null ? f.Mine : value(f.Mine), value is null ? f.Theirs : value(f.Theirs));

    /// <summary>A choice's stored name (e.g. "InProgress") in the user's words ("Pågår").</summary>
    public static string? Choice<TEnum>(this IStringLocalizer t, string? value, Func<TEnum, string> label)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(value, out var choice) ? t[label(choice)] : value;
}
