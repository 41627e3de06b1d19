using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>The form of a reporting occasion.</summary>
public sealed class OccasionInput
{
    [Display(Name = "Namn")]
    public string? Name { get; set; }

    [Display(Name = "Typ")]
    public ReportingOccasionKind Kind { get; set; }

    [Display(Name = "Per dag")]
    public int PerDay { get; set; } = 30;

    [Display(Name = "Per månad")]
    public int PerMonth { get; set; } = 4;

    [Display(Name = "Klar dag")]
    public int DueDay { get; set; } = 31;

    [Display(Name = "Klar månad")]
    public int DueMonth { get; set; } = 5;

    public Guid? Version { get; set; }

    public static OccasionInput From(ReportingOccasion o) => new()
    {
        Name = o.Name,
        Kind = o.Kind,
        PerDay = o.PerDay,
        PerMonth = o.PerMonth,
        DueDay = o.DueDay,
        DueMonth = o.DueMonth,
        Version = o.Version,
    };

    public IEnumerable<CalendarError> Check() => OccasionRules.Check(Name, Kind, PerMonth, PerDay, DueMonth, DueDay);

    public void ApplyTo(ReportingOccasion o)
    {
        o.Name = Name!.Trim();
        o.Kind = Kind;
        o.PerDay = PerDay;
        o.PerMonth = PerMonth;
        o.DueDay = DueDay;
        o.DueMonth = DueMonth;
    }
}

/// <summary>The form of an organisation's own KPI area.</summary>
public sealed class AreaInput
{
    [Display(Name = "Namn")]
    public string? Name { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>
/// The organisation's follow-up settings under <c>/organisation/{id}</c>: its reporting calendar and
/// own KPI areas. For editors or more of that organisation: another tenant's organisation is 404, a
/// reader gets 403. The check runs before every handler.
/// </summary>
public abstract class OrganizationCalendarPage(AppDbContext db, IStringLocalizer<CalendarTexts> l) : PageModel
{
    protected AppDbContext Db => db;
    protected IStringLocalizer<CalendarTexts> L => l;
    protected CancellationToken Aborted => HttpContext.RequestAborted;

    public int OrganizationId { get; private set; }
    public string OrganizationName { get; private set; } = "";

    /// <summary>An administrator also gets the organisation's other sections in the breadcrumbs.</summary>
    public bool IsAdministrator { get; private set; }

    /// <summary>Set when someone else saved or deleted the same record first.</summary>
    public Conflict? Conflict { get; protected set; }

    [TempData]
    public string? Message { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = int.TryParse(RouteData.Values["id"]?.ToString(), out var value) ? value : 0;
        var name = await Db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (name is null)
        {
            context.Result = NotFound();
            return;
        }
        if (!FollowUpAccess.CanEditOrganization(Db, id))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }
        (OrganizationId, OrganizationName) = (id, name);
        IsAdministrator = Db.CurrentUser.HasRole(id, OrganizationRole.Administrator);
        await next();
    }

    public string CalendarUrl => $"/organisation/{OrganizationId}/rapportkalender";

    /// <summary>Puts the rules' errors on the form's fields (under <paramref name="prefix"/>), in the request's language.</summary>
    protected void AddErrors(IEnumerable<CalendarError> errors, string prefix)
    {
        foreach (var e in errors)
        {
            ModelState.AddModelError(e.Field.Length == 0 ? "" : $"{prefix}.{e.Field}", L[e.Message, e.Arguments]);
        }
    }

    /// <summary>Post/Redirect/Get back to the calendar page with a message.</summary>
    protected IActionResult Done(string message)
    {
        Message = message;
        return LocalRedirect(CalendarUrl);
    }

    /// <summary>
    /// Saves; a stale version or a delete by someone else fills <see cref="Conflict"/> (nothing is
    /// written) and the form carries the stored version, so a second save is deliberate.
    /// </summary>
    protected async Task<bool> TrySaveAsync(Action<Guid> moveVersion, string versionField)
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            Conflict = await Concurrency.DescribeAsync(ex, Aborted);
            if (Conflict.CurrentVersion is { } current)
            {
                moveVersion(current);
                ModelState.Remove(versionField);
            }
            Db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The month choices, by their names in the request's language.</summary>
    public static IEnumerable<(int Month, string Name)> Months =>
        Enumerable.Range(1, 12).Select(m => (m, System.Globalization.CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(m)));

    /// <summary>The field labels of the conflict view.</summary>
    public IReadOnlyDictionary<string, string> ConflictLabels => new Dictionary<string, string>
    {
        ["Name"] = L["Namn"],
        ["Kind"] = L["Typ"],
        ["PerDay"] = L["Per dag"],
        ["PerMonth"] = L["Per månad"],
        ["DueDay"] = L["Klar dag"],
        ["DueMonth"] = L["Klar månad"],
        ["Order"] = L["Ordning"],
    };

    protected static void ClearPrefix(ModelStateDictionary state, string prefix)
    {
        foreach (var key in state.Keys.Where(k => k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            state.Remove(key);
        }
    }
}
