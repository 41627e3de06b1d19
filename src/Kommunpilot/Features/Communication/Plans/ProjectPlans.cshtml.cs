using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>A project's communication plans, the latest period first, and "Ny kommunikationsplan" for those who may edit the project.</summary>
public class ProjectPlansModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Title, string? Period, DateOnly? PeriodStart, DateOnly? PeriodEnd, PlanStatus Status,
        string? DocumentVersion, string? AdoptedBy, DateOnly? AdoptedOn, bool IsDemo, int? PreviousPlanId);

    public int ProjectId { get; private set; }
    public string ProjectName { get; private set; } = "";
    public bool CanEdit { get; private set; }
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int projectId, CancellationToken ct)
    {
        var name = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }
        ProjectId = projectId;
        ProjectName = name;
        CanEdit = await ProjectAccess.CanEditAsync(db, projectId, ct);
        Rows = await Query(db, projectId).ToListAsync(ct);
        return Page();
    }

    /// <summary>The project's plans as rows, the latest period first; also used by the project page.</summary>
    public static IQueryable<Row> Query(AppDbContext db, int projectId) =>
        db.CommunicationPlans.AsNoTracking()
            .Where(p => p.ProjectId == projectId)
            .OrderByDescending(p => p.PeriodStart).ThenByDescending(p => p.Id)
            .Select(p => new Row(p.Id, p.Title, p.Period, p.PeriodStart, p.PeriodEnd, p.Status, p.DocumentVersion, p.AdoptedBy, p.AdoptedOn, p.IsDemo, p.PreviousPlanId));
}
