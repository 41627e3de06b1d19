using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>Schedules a new report of the project (<c>/projekt/{projectId}/rapporter/ny</c>): planned, with its dates and recipients.</summary>
public class NewReportModel(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : ScheduleFormPage(db, l, clock)
{
    protected override string? Heading => L["Ny rapport"];

    public async Task<IActionResult> OnGetAsync(int projectId, [FromQuery(Name = "typ")] ReportKind? kind)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        ModelState.Clear();
        Input = new ScheduleInput { Kind = kind is { } k && Enum.IsDefined(k) ? k : ReportKind.FollowUp };
        await LoadFormAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        using (await AddLock.ForProjectAsync(projectId, Aborted))
        {
            if (!await CheckAsync())
            {
                await LoadFormAsync();
                return Page();
            }
            var values = Input.ToValues();
            var report = new ProjectReport { ProjectId = projectId, Status = ReportStatus.Planned };
            ScheduleRules.Apply(report, values, values.Number ?? await ScheduleRules.NextNumberAsync(Db, projectId, values.Kind, Aborted));
            Db.ProjectReports.Add(report);
            try
            {
                await Db.SaveChangesAsync(Aborted);
            }
            catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
            {
                // Another instance took the number between the check and the save.
                Db.ChangeTracker.Clear();
                ModelState.AddModelError("Input.Number", L["Någon annan lade till en rapport med samma nummer samtidigt. Välj ett annat nummer eller lämna fältet tomt."]);
                await LoadFormAsync();
                return Page();
            }
            return Done(L["{0} {1} är planerad.", HttpContext.RequestServices.GetRequiredService<IStringLocalizer<FollowUpTexts>>()[FollowUpLabels.Of(report.Kind)].Value, report.Number]);
        }
    }
}
