using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// The "Uppföljning" section of the project page: the reports due next and those late, and how many
/// KPIs and reports the project has. Two projected queries.
/// </summary>
public sealed record ProjectFollowUpSummary(
    int ProjectId,
    DateOnly Today,
    int Kpis,
    int Reports,
    int Adopted,
    int Late,
    IReadOnlyList<ProjectFollowUpSummary.Due> Upcoming,
    IReadOnlyList<ProjectFollowUpSummary.Due> LateReports)
{
    /// <summary>At most this many late reports are listed; the count says how many there are.</summary>
    public const int ListedLate = 5;

    public sealed record Due(int Id, ReportKind Kind, int Number, string? Title, DateOnly DueDate, ReportStatus Status);

    public static async Task<ProjectFollowUpSummary> LoadAsync(AppDbContext db, int projectId, TimeProvider clock, CancellationToken ct)
    {
        var today = ReportDue.Today(clock);
        var counts = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                Kpis = db.Kpis.Count(k => k.ProjectId == projectId),
                Reports = db.ProjectReports.Count(r => r.ProjectId == projectId),
                Adopted = db.ProjectReports.Count(r => r.ProjectId == projectId && r.Status == ReportStatus.Adopted),
                Late = db.ProjectReports.Count(r => r.ProjectId == projectId && r.Status != ReportStatus.Adopted && r.DueDate < today),
            })
            .SingleAsync(ct);
        // The project's open reports, earliest due first (a project has a handful; the cap only guards the page).
        var open = await db.ProjectReports.AsNoTracking()
            .Where(r => r.ProjectId == projectId && r.Status != ReportStatus.Adopted)
            .OrderBy(r => r.DueDate).ThenBy(r => r.Id)
            .Take(100)
            .Select(r => new Due(r.Id, r.Kind, r.Number, r.Title, r.DueDate, r.Status))
            .ToListAsync(ct);
        var late = open.Where(r => r.DueDate < today).Take(ListedLate).ToList();
        var upcoming = open.Where(r => r.DueDate >= today).ToList();
        // The next due report, and any other due within the "soon" window.
        upcoming = [.. upcoming.Take(1).Concat(upcoming.Skip(1).Where(r => ReportDue.IsDueSoon(r.Status, r.DueDate, today)))];
        return new ProjectFollowUpSummary(projectId, today, counts.Kpis, counts.Reports, counts.Adopted, counts.Late, upcoming, late);
    }
}
