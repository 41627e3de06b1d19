using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// <c>/rapporter/{reportId}/faststall</c>: who adopted the draft (e.g. "Servicenämnden") and on which day
/// (not in the future). Adopting freezes the report as it reads now; it is checked against the report's
/// version, so a change made meanwhile (someone else adopting it) is shown, not overwritten.
/// </summary>
public sealed class AdoptModel(AppDbContext db, IStringLocalizer<ReportTexts> l, ReportEditing editing, ReportDrafting drafting) : ReportPageModel(db, l)
{
    [BindProperty]
    public AdoptInput Input { get; set; } = new();

    /// <summary>Why the report cannot be adopted here (already adopted, not started, only read); the page then has no form.</summary>
    public string? Locked { get; private set; }

    /// <summary>Someone else changed the report while the form was open.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int reportId)
    {
        if (await OpenReportAsync(reportId) is { } answer)
        {
            return answer;
        }
        Input = new AdoptInput { AdoptedOn = drafting.Today, Version = Report.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int reportId)
    {
        if (await OpenReportAsync(reportId) is { } answer)
        {
            return answer;
        }
        if (Input.AdoptedOn is { } on && on > drafting.Today)
        {
            ModelState.AddModelError("Input.AdoptedOn", L["Fastställd den kan inte vara ett datum i framtiden."]);
        }
        if (Input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var by = Input.AdoptedBy!.Trim();
        var result = await editing.AdoptAsync(reportId, by, Input.AdoptedOn!.Value, Input.Version!.Value, Aborted);
        switch (result.Outcome)
        {
            case ReportOutcome.Done:
                Message = L["{0} är fastställd av {1}.", Report.Name, by];
                return RedirectToPage("Report", null, new { reportId }, "main");
            case ReportOutcome.NotFound:
                return NotFound();
            case ReportOutcome.Stale:
                // Someone else changed the report: nothing is adopted; the form now carries the stored version,
                // so adopting again is a deliberate choice after looking at the report.
                await OpenAsync(reportId, L["Fastställ rapporten"]);
                Problem = L["Någon annan har ändrat rapporten medan du hade sidan öppen. Ingenting har fastställts. Läs igenom rapporten och fastställ igen om den är klar."];
                Input.Version = Report.Version;
                ModelState.Remove("Input.Version");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                await OpenAsync(reportId, L["Fastställ rapporten"]);
                return Lock(result.Outcome == ReportOutcome.Forbidden ? ReportStatus.Draft : Report.Status);
        }
    }

    private async Task<IActionResult?> OpenReportAsync(int reportId)
    {
        if (await OpenAsync(reportId, L["Fastställ rapporten"]) is { } missing)
        {
            return missing;
        }
        return !CanEdit || Report.Status != ReportStatus.Draft ? Lock(Report.Status) : null;
    }

    private IActionResult Lock(ReportStatus status)
    {
        Locked = !CanEdit ? L["Du får läsa projektets rapporter men inte fastställa dem."]
            : status == ReportStatus.Adopted ? L["Rapporten är redan fastställd ({0} av {1}).", ReportFormat.Date(Report.AdoptedOn), Report.AdoptedBy ?? ""]
            : L["Starta utkastet först: en planerad rapport har inga avsnitt att fastställa."];
        return Refused(!CanEdit ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict);
    }
}
