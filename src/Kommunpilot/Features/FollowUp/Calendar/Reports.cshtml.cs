using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// A project's reports (<c>/projekt/{projectId}/rapporter</c>): follow-up reports 1..n, evaluations
/// and the final report, each with its occasion, dates, recipients, status and whether it is due soon
/// or late as of today. Editors get "Ny rapport", the schedule of each report and the planner.
/// </summary>
public class ReportsModel(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : ReportPageModel(db, l, clock)
{
    public List<ScheduleRow> Rows { get; private set; } = [];

    public IEnumerable<IGrouping<ReportKind, ScheduleRow>> ByKind => Rows.GroupBy(r => r.Kind).OrderBy(g => g.Key);

    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: false) is { } denied)
        {
            return denied;
        }
        Rows = await ScheduleQueries.ForProjectAsync(Db, projectId, Aborted);
        return Page();
    }

    /// <summary>The heading of a group: "Uppföljningsrapporter", "Utvärderingar", "Slutrapport".</summary>
    public static string GroupName(ReportKind kind) => kind switch
    {
        ReportKind.FollowUp => "Uppföljningsrapporter",
        ReportKind.Evaluation => "Utvärderingar",
        _ => "Slutrapport",
    };
}
