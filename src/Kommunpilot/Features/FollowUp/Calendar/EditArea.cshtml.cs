using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// Renames or deletes one of the organisation's own KPI areas, checked against the version the form
/// was loaded with. Deleting is refused while a KPI uses the area.
/// </summary>
public class EditAreaModel(AppDbContext db, IStringLocalizer<CalendarTexts> l) : OrganizationCalendarPage(db, l)
{
    [BindProperty]
    public AreaInput Input { get; set; } = new();

    public string StoredName { get; private set; } = "";

    public bool ConfirmDelete { get; private set; }

    /// <summary>KPIs the caller can see that use the area.</summary>
    public int Kpis { get; private set; }

    private int AreaId => int.TryParse(RouteData.Values["areaId"]?.ToString(), out var v) ? v : 0;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        var area = await FindAsync();
        if (area is null)
        {
            return NotFound();
        }
        Input = new AreaInput { Name = area.Name, Version = area.Version };
        ConfirmDelete = confirmDelete;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var area = await FindAsync();
        if (area is null)
        {
            return Gone();
        }
        if (Input.Version is null)
        {
            ModelState.AddModelError("", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        var errors = AreaRules.Check(Input.Name).ToList();
        if (errors.Count == 0 && await AreaRules.NameTakenAsync(Db, OrganizationId, Input.Name!, area.Id, Aborted))
        {
            errors.Add(AreaRules.NameTaken(Input.Name!));
        }
        AddErrors(errors, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Db.ExpectVersion(area, Input.Version!.Value);
        area.Name = Input.Name!.Trim();
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
        return Done(L["Nyckeltalsområdet {0} är sparat.", area.Name]);
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        ConfirmDelete = true;
        var area = await FindAsync();
        if (area is null)
        {
            return Gone();
        }
        ModelState.Clear();
        if (Input.Version is null)
        {
            ModelState.AddModelError("", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
            return Page();
        }
        if (Kpis > 0)
        {
            AddErrors([AreaRules.InUse(Kpis)], nameof(Input));
            return Page();
        }
        var name = area.Name;
        Db.ExpectVersion(area, Input.Version.Value);
        area.Name = Input.Name?.Trim() is { Length: > 0 } typed ? typed : area.Name;
        Db.Remove(area);
        try
        {
            if (!await TrySaveAsync(v => Input.Version = v, "Input.Version"))
            {
                return Page();
            }
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            // A KPI of a project the caller cannot see uses the area: the database refuses.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", L["Området används av nyckeltal i projekt som du inte ser och kan inte tas bort."]);
            return Page();
        }
        return Done(L["Nyckeltalsområdet {0} är borttaget.", name]);
    }

    private async Task<KpiArea?> FindAsync()
    {
        var area = await Db.KpiAreas.SingleOrDefaultAsync(a => a.Id == AreaId && a.OrganizationId == OrganizationId, Aborted);
        if (area is not null)
        {
            StoredName = area.Name;
            Kpis = await Db.Kpis.CountAsync(k => k.OwnAreaId == area.Id, Aborted);
        }
        return area;
    }

    private PageResult Gone()
    {
        StoredName = Input.Name ?? "";
        Conflict = new Conflict(Deleted: true, [], null);
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
