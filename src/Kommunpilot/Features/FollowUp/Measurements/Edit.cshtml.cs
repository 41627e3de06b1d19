using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// One stored measurement (<c>/projekt/{id}/matvarden/{measurementId}</c>), for editors: change its site,
/// period, value and comment, or delete it (asked first, <c>?ta-bort=true</c>). Both are checked against the
/// version the form was loaded with; when someone else got there first nothing is written and both
/// versions are shown. A value an adopted report used may be changed: the page says which report, and
/// that the report stays as adopted.
/// </summary>
public class EditModel(AppDbContext db, IStringLocalizer<MeasurementTexts> l, TimeProvider clock) : MeasurementEntryPage(db, l, clock)
{
    public MeasurementRow Stored { get; private set; } = null!;

    public bool ConfirmDelete { get; private set; }

    public bool Deleted => Conflict?.Deleted == true;

    protected override string? Heading => L["Mätvärde"];

    public async Task<IActionResult> OnGetAsync(int projectId, int measurementId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await LoadAsync(projectId, measurementId) is { } missing)
        {
            return missing;
        }
        Input = MeasurementInput.From(Stored);
        ConfirmDelete = confirmDelete;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, int measurementId)
    {
        if (await LoadAsync(projectId, measurementId) is { } missing)
        {
            return missing == Gone ? Page() : missing;
        }
        Input.KpiId = Stored.KpiId;
        if (Input.Version is null)
        {
            ModelState.AddModelError(string.Empty, L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
            return Page();
        }
        var check = MeasurementRules.Check(Project, Input.Entry);
        if (!check.IsValid)
        {
            AddErrors(check);
            return Page();
        }
        var m = await Db.Measurements.SingleAsync(x => x.Id == measurementId, Aborted);
        var result = await new MeasurementWrites(Db, Clock).UpdateAsync(projectId, m, Input.Version.Value, check.Measurement!, Aborted);
        return Outcome(result, L["Mätvärdet är sparat."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int projectId, int measurementId)
    {
        if (await LoadAsync(projectId, measurementId) is { } missing)
        {
            return missing == Gone ? Page() : missing;
        }
        ConfirmDelete = true;
        ModelState.Clear();
        if (Input.Version is null)
        {
            ModelState.AddModelError(string.Empty, L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
            return Page();
        }
        var m = await Db.Measurements.SingleAsync(x => x.Id == measurementId, Aborted);
        var result = await new MeasurementWrites(Db, Clock).DeleteAsync(projectId, m, Input.Version.Value, Aborted);
        return Outcome(result, L["Mätvärdet är borttaget."]);
    }

    private IActionResult Outcome(WriteResult result, string saved)
    {
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                Message = AdoptedNotice(AdoptedReports) is { } notice ? $"{saved} {notice}" : saved;
                return Redirect(ListUrl);
            case WriteOutcome.Duplicate:
                Duplicate = result.Existing;
                return Page();
            case WriteOutcome.Gone:
                Conflict = new Conflict(Deleted: true, [], null);
                return Page();
            default:
                Conflict = Describe(result.Existing!);
                Stored = result.Existing!;
                // Saving again is then a deliberate overwrite of what is stored now.
                Input.Version = result.Existing!.Version;
                ModelState.Remove($"{nameof(Input)}.{nameof(MeasurementInput.Version)}");
                return Page();
        }
    }

    private static readonly StatusCodeResult Gone = new(StatusCodes.Status410Gone);

    /// <summary>
    /// The project and the stored measurement. A measurement this project's audit trail shows as deleted
    /// gives <see cref="Gone"/> on a post (the page then says someone else deleted it, the input kept);
    /// an unknown id, or another project's, is 404.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(int projectId, int measurementId)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        var stored = await MeasurementStore.RowAsync(Db, projectId, measurementId, Aborted);
        if (stored is null)
        {
            var key = measurementId.ToString(CultureInfo.InvariantCulture);
            var deleted = Request.Method == HttpMethods.Post && await Db.AuditEntries.AsNoTracking()
                .AnyAsync(a => a.ProjectId == projectId && a.EntityType == nameof(Measurement) && a.EntityId == key && a.Action == "Deleted", Aborted);
            if (!deleted)
            {
                return NotFound();
            }
            Kpi = Project.Kpi(Input.KpiId);
            Conflict = new Conflict(Deleted: true, [], null);
            return Gone;
        }
        Stored = stored;
        Retitle($"{stored.Kpi}, {stored.PilotSite ?? L["Hela projektet"]}, {stored.Period.Label()}");
        Kpi = Project.Kpi(stored.KpiId);
        AdoptedReports = (await MeasurementStore.AdoptedReportsAsync(Db, [measurementId], Aborted)).GetValueOrDefault(measurementId) ?? [];
        return null;
    }
}
