using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>The schedule form of a report: kind, number, title, occasion, per and due dates, recipients.</summary>
public sealed class ScheduleInput
{
    [Display(Name = "Typ av rapport")]
    public ReportKind Kind { get; set; }

    [Display(Name = "Nummer")]
    public int? Number { get; set; }

    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [Display(Name = "Rapporttillfälle")]
    public int? OccasionId { get; set; }

    [Display(Name = "Avser per")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? PerDate { get; set; }

    [Display(Name = "Ska vara klar")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? DueDate { get; set; }

    public List<int> DecisionBodyIds { get; set; } = [];

    /// <summary>Other recipients, one a line ("Serviceförvaltningens ledningsgrupp").</summary>
    [Display(Name = "Andra mottagare")]
    public string? Names { get; set; }

    public Guid? Version { get; set; }

    public ScheduleValues ToValues() => new()
    {
        Kind = Kind,
        Number = Number,
        Title = Title,
        OccasionId = OccasionId,
        PerDate = PerDate,
        DueDate = DueDate,
        DecisionBodyIds = DecisionBodyIds,
        Names = ScheduleRules.NamesFrom(Names),
    };

    public static ScheduleInput From(ScheduleRow r) => new()
    {
        Kind = r.Kind,
        Number = r.Number,
        Title = r.Title,
        OccasionId = r.OccasionId,
        PerDate = r.PerDate,
        DueDate = r.DueDate,
        DecisionBodyIds = [.. r.Recipients.Where(x => x.DecisionBodyId is not null).Select(x => x.DecisionBodyId!.Value)],
        Names = string.Join('\n', r.Recipients.Where(x => x.DecisionBodyId is null).Select(x => x.Name)),
        Version = r.Version,
    };
}

/// <summary>An occasion of the lead organisation's calendar as a choice: "Delårsrapport 1 (per 30 april, klar 31 maj)".</summary>
public sealed record OccasionChoice(int Id, string Name, DayOfYear Per, DayOfYear Due);

/// <summary>
/// The pages of a project's report schedule under <c>/projekt/{projectId}/rapporter</c>: the follow-up
/// navigation, 404 for a project the caller cannot see, 403 when a reader tries to change it, today in
/// Sweden, and the choices the forms offer.
/// </summary>
public abstract class ReportPageModel(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : PageModel
{
    protected AppDbContext Db => db;
    protected IStringLocalizer<CalendarTexts> L => l;
    protected CancellationToken Aborted => HttpContext.RequestAborted;

    public FollowUpNav Nav { get; private set; } = null!;
    public ScheduleProject Project { get; private set; } = null!;
    public bool CanEdit { get; private set; }
    public DateOnly Today { get; private set; }

    public List<OccasionChoice> Occasions { get; private set; } = [];
    public List<RecipientChoice> DecisionBodies { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string ListUrl => FollowUpNav.UrlOf(Project.Id, FollowUpSection.Reports);

    /// <summary>The page's heading below the project (null: the section's name).</summary>
    protected virtual string? Heading => null;

    /// <summary>Loads the navigation and the project; the answer to give instead of the page, or null.</summary>
    protected async Task<IActionResult?> OpenAsync(int projectId, bool edit)
    {
        var nav = await FollowUpNav.LoadAsync(Db, projectId, FollowUpSection.Reports, Heading, Aborted);
        var project = nav is null ? null : await ScheduleRules.ProjectAsync(Db, projectId, Aborted);
        if (nav is null || project is null)
        {
            return NotFound();
        }
        (Nav, Project) = (nav, project);
        CanEdit = await FollowUpAccess.CanEditProjectAsync(Db, projectId, Aborted);
        Today = ReportDue.Today(clock);
        return edit && !CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }

    /// <summary>The lead organisation's occasions (by per date) and decision bodies.</summary>
    protected async Task LoadChoicesAsync()
    {
        var org = Project.OrganizationId;
        var occasions = await Db.ReportingOccasions.AsNoTracking()
            .Where(o => o.OrganizationId == org)
            .Select(o => new { o.Id, o.Name, o.PerMonth, o.PerDay, o.DueMonth, o.DueDay })
            .ToListAsync(Aborted);
        Occasions = [.. occasions.OrderBy(o => o.PerMonth).ThenBy(o => o.PerDay).ThenBy(o => o.Id)
            .Select(o => new OccasionChoice(o.Id, o.Name, new DayOfYear(o.PerMonth, o.PerDay), new DayOfYear(o.DueMonth, o.DueDay)))];
        DecisionBodies = await ScheduleRules.DecisionBodiesAsync(Db, org, Aborted);
    }

    /// <summary>Puts the rules' errors on the form's fields (under <paramref name="prefix"/>), in the request's language.</summary>
    protected void AddErrors(IEnumerable<CalendarError> errors, string prefix)
    {
        foreach (var e in errors)
        {
            ModelState.AddModelError(e.Field.Length == 0 ? "" : $"{prefix}.{e.Field}", L[e.Message, e.Arguments]);
        }
    }

    protected IActionResult Done(string message)
    {
        Message = message;
        return LocalRedirect(ListUrl);
    }
}
