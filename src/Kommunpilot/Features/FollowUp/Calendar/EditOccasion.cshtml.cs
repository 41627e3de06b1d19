using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// Edits or deletes one reporting occasion. Both check the version the form was loaded with: when
/// someone else saved or deleted it meanwhile, nothing is written and both versions show. Deleting
/// keeps the reports planned on it (they keep their dates, without the link to the occasion).
/// </summary>
public class EditOccasionModel(AppDbContext db, IStringLocalizer<CalendarTexts> l) : OrganizationCalendarPage(db, l)
{
    [BindProperty]
    public OccasionInput Input { get; set; } = new();

    /// <summary>The name as stored, for the heading.</summary>
    public string StoredName { get; private set; } = "";

    public bool ConfirmDelete { get; private set; }

    /// <summary>How many reports are planned on the occasion (the delete question says so).</summary>
    public int Reports { get; private set; }

    private int OccasionId => int.TryParse(RouteData.Values["occasionId"]?.ToString(), out var v) ? v : 0;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        var occasion = await FindAsync();
        if (occasion is null)
        {
            return NotFound();
        }
        Input = OccasionInput.From(occasion);
        ConfirmDelete = confirmDelete;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var occasion = await FindAsync();
        if (occasion is null)
        {
            return Gone();
        }
        if (Input.Version is null)
        {
            ModelState.AddModelError("", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        if (ModelState.IsValid)
        {
            AddErrors(Input.Check(), nameof(Input));
        }
        if (ModelState.IsValid && await OccasionRules.NameTakenAsync(Db, OrganizationId, Input.Name!, occasion.Id, Aborted))
        {
            AddErrors([OccasionRules.NameTaken(Input.Name!)], nameof(Input));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Db.ExpectVersion(occasion, Input.Version!.Value);
        Input.ApplyTo(occasion);
        try
        {
            if (!await TrySaveAsync(v => Input.Version = v, "Input.Version"))
            {
                return Page();
            }
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Name", L["Det gick inte att spara eftersom någon annan lade till samma namn samtidigt. Ladda om sidan och försök igen."]);
            return Page();
        }
        return Done(L["Rapporttillfället {0} är sparat.", occasion.Name]);
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ConfirmDelete = true;
        var occasion = await FindAsync();
        if (occasion is null)
        {
            return Gone();
        }
        ModelState.Clear();
        if (Input.Version is null)
        {
            ModelState.AddModelError("", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
            return Page();
        }
        var name = occasion.Name;
        Db.ExpectVersion(occasion, Input.Version.Value);
        Db.Remove(occasion);
        if (!await TrySaveAsync(v => Input.Version = v, "Input.Version"))
        {
            return Page();
        }
        return Done(L["Rapporttillfället {0} är borttaget.", name]);
    }

    private async Task<ReportingOccasion?> FindAsync()
    {
        var occasion = await Db.ReportingOccasions.SingleOrDefaultAsync(o => o.Id == OccasionId && o.OrganizationId == OrganizationId, Aborted);
        if (occasion is not null)
        {
            StoredName = occasion.Name;
            Reports = await Db.ProjectReports.CountAsync(r => r.ReportingOccasionId == occasion.Id, Aborted);
        }
        return occasion;
    }

    /// <summary>Deleted by someone else (or never there): the form stays with what was typed, under a notice, as a 404.</summary>
    private PageResult Gone()
    {
        StoredName = Input.Name ?? "";
        Conflict = new Conflict(Deleted: true, [], null);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>The conflict's fields with kinds in words.</summary>
    public Conflict? Described => Conflict is null ? null : Conflict with
    {
        Fields = [.. Conflict.Fields.Select(f => f.Name == "Kind"
            ? f with { Mine = Label(f.Mine), Theirs = Label(f.Theirs) }
            : f)],
    };

    private string? Label(string? stored) =>
        Enum.TryParse<ReportingOccasionKind>(stored, out var kind) ? F(FollowUpLabels.Of(kind)) : stored;

    private string F(string key) => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<FollowUpTexts>>()[key];
}
