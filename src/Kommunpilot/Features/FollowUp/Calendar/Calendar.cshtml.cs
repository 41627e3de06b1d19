using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// The organisation's reporting calendar (<c>/organisation/{id}/rapportkalender</c>): its occasions
/// sorted by their per date, a form to add one, "Lägg till kommunens standardkalender", and the
/// organisation's own KPI areas beside the four standard ones.
/// </summary>
public class CalendarModel(AppDbContext db, IStringLocalizer<CalendarTexts> l) : OrganizationCalendarPage(db, l)
{
    public sealed record OccasionRow(int Id, string Name, ReportingOccasionKind Kind, DayOfYear Per, DayOfYear Due, int Reports);

    public sealed record AreaRow(int Id, string Name, int Kpis);

    public List<OccasionRow> Occasions { get; private set; } = [];
    public List<AreaRow> Areas { get; private set; } = [];

    [BindProperty]
    public OccasionInput New { get; set; } = new();

    [BindProperty]
    public AreaInput NewArea { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ClearPrefix(ModelState, nameof(NewArea));
        if (ModelState.IsValid)
        {
            AddErrors(New.Check(), nameof(New));
        }
        if (ModelState.IsValid && await OccasionRules.NameTakenAsync(Db, OrganizationId, New.Name!, 0, Aborted))
        {
            AddErrors([OccasionRules.NameTaken(New.Name!)], nameof(New));
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        var order = await Db.ReportingOccasions.Where(o => o.OrganizationId == OrganizationId).MaxAsync(o => (int?)o.Order, Aborted) ?? 0;
        var occasion = new ReportingOccasion { OrganizationId = OrganizationId, Name = "", Order = order + 1 };
        New.ApplyTo(occasion);
        Db.ReportingOccasions.Add(occasion);
        if (!await TrySaveNewAsync(nameof(New)))
        {
            return await RedisplayAsync();
        }
        return Done(L["Rapporttillfället {0} är tillagt.", occasion.Name]);
    }

    public async Task<IActionResult> OnPostStandardAsync()
    {
        ModelState.Clear();
        var added = await StandardCalendar.AddMissingAsync(Db, OrganizationId, Aborted);
        if (added == 0)
        {
            return Done(L["Kalendern har redan alla standardtillfällen; ingenting lades till."]);
        }
        if (!await TrySaveNewAsync(""))
        {
            return await RedisplayAsync();
        }
        return Done(added == 1 ? L["1 standardtillfälle är tillagt."] : L["{0} standardtillfällen är tillagda.", added]);
    }

    public async Task<IActionResult> OnPostAreaAsync()
    {
        ClearPrefix(ModelState, nameof(New));
        var errors = AreaRules.Check(NewArea.Name).ToList();
        if (errors.Count == 0 && await AreaRules.NameTakenAsync(Db, OrganizationId, NewArea.Name!, 0, Aborted))
        {
            errors.Add(AreaRules.NameTaken(NewArea.Name!));
        }
        AddErrors(errors, nameof(NewArea));
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        var order = await Db.KpiAreas.Where(a => a.OrganizationId == OrganizationId).MaxAsync(a => (int?)a.Order, Aborted) ?? 0;
        var area = new KpiArea { OrganizationId = OrganizationId, Name = NewArea.Name!.Trim(), Order = order + 1 };
        Db.KpiAreas.Add(area);
        if (!await TrySaveNewAsync(nameof(NewArea)))
        {
            return await RedisplayAsync();
        }
        return Done(L["Nyckeltalsområdet {0} är tillagt.", area.Name]);
    }

    /// <summary>A name taken in the same moment by someone else: the unique index refuses, and the page says so.</summary>
    private async Task<bool> TrySaveNewAsync(string prefix)
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(prefix.Length == 0 ? "" : $"{prefix}.Name", L["Det gick inte att spara eftersom någon annan lade till samma namn samtidigt. Ladda om sidan och försök igen."]);
            return false;
        }
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var id = OrganizationId;
        var occasions = await Db.ReportingOccasions.AsNoTracking()
            .Where(o => o.OrganizationId == id)
            .Select(o => new { o.Id, o.Name, o.Kind, o.PerMonth, o.PerDay, o.DueMonth, o.DueDay, Reports = Db.ProjectReports.Count(r => r.ReportingOccasionId == o.Id) })
            .ToListAsync(Aborted);
        Occasions = [.. occasions
            .OrderBy(o => o.PerMonth).ThenBy(o => o.PerDay).ThenBy(o => o.Name, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), true))
            .Select(o => new OccasionRow(o.Id, o.Name, o.Kind, new DayOfYear(o.PerMonth, o.PerDay), new DayOfYear(o.DueMonth, o.DueDay), o.Reports))];
        Areas = await Db.KpiAreas.AsNoTracking()
            .Where(a => a.OrganizationId == id)
            .OrderBy(a => a.Order).ThenBy(a => a.Name)
            .Select(a => new AreaRow(a.Id, a.Name, Db.Kpis.Count(k => k.OwnAreaId == a.Id)))
            .ToListAsync(Aborted);
    }
}
