using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>The form of one part of the register: it writes itself onto the item and carries the version it was loaded with.</summary>
public interface IRegisterInput<in TItem>
{
    Guid? Version { get; set; }

    /// <summary>Copies the form's values, trimmed, onto the item.</summary>
    void ApplyTo(TItem item);
}

/// <summary>A form of an item with a place in its list: empty puts a new item last and leaves an edited one where it is.</summary>
public interface IOrderedInput
{
    int? Order { get; }
}

/// <summary>What the <c>_AddPart</c> partial shows under a list: its heading, the part's fields partial and form, the button.</summary>
public sealed record RegisterAdder(string Heading, string Fields, object Input, string Button);

/// <summary>What the <c>_EditPart</c> partial shows: the delete question (and what goes with the item), a conflict, and the form.</summary>
public sealed record RegisterEditor(string ItemName, bool ConfirmDelete, string? DeleteWarning, Conflict? Conflict, string Fields, object Input, Guid? Version, string ListUrl, string BackText);

/// <summary>The buttons that move an item of a list (the <c>_MoveButtons</c> partial); none up for the first, none down for the last.</summary>
public sealed record MoveButtons(int ItemId, string Name, bool First, bool Last);

/// <summary>
/// What the pages of a plan's target groups, channels and risks have in common: the plan's navigation
/// (<c>_PlanNav</c>), 404 for a plan the caller cannot see, 403 when a reader tries to change
/// something, the message after Post/Redirect/Get, and the register's texts.
/// </summary>
public abstract class RegisterPageModel(AppDbContext db, IStringLocalizer<RegisterTexts> texts) : PlanPage<RegisterTexts>(db, texts)
{
    /// <summary>The plan section the page belongs to.</summary>
    protected abstract PlanSection Section { get; }

    /// <summary>The part's form fields partial (e.g. "_StakeholderFields"), shared by the add and edit forms.</summary>
    protected abstract string Fields { get; }

    public string ListUrl => PlanNav.UrlOf(Nav.PlanId, Section);

    /// <summary>
    /// Loads the plan for the heading. Returns the answer to give instead of the page: 404 when the plan
    /// does not exist or the caller cannot see it (another tenant's), 403 when <paramref name="edit"/> is
    /// asked for and the caller may only read it.
    /// </summary>
    protected Task<IActionResult?> OpenAsync(int planId, bool edit) => OpenPlanAsync(planId, Section, edit);

    /// <summary>What a page loads besides its items: the choices its form offers.</summary>
    protected virtual Task LoadChoicesAsync() => Task.CompletedTask;

    /// <summary>Post/Redirect/Get: back to the top of the part's list, which shows the message.</summary>
    protected IActionResult Done(string message, bool warning = false)
    {
        if (warning)
        {
            Warning = message;
        }
        else
        {
            Message = message;
        }
        return Redirect(ListUrl + "#main");
    }

    /// <summary>"1 aktivitet", "3 aktiviteter": a count with the singular or plural text (each a key of the texts).</summary>
    protected string Count(int n, string one, string many) => n == 1 ? L[one, n] : L[many, n];

    /// <summary>"A", "A och B", "A, B och C".</summary>
    protected string JoinAnd(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts.Take(parts.Count - 1))} {L["och"]} {parts[^1]}";
}
