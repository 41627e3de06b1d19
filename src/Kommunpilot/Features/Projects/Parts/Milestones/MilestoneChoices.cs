using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects.Parts.Milestones;

internal static class MilestoneChoices
{
    /// <summary>
    /// The decision bodies to offer: those of the project's owning organisations, and those the project's
    /// milestones already name (the field is free text, so a body can be written that is not registered).
    /// </summary>
    public static async Task<IReadOnlyList<string>> DecisionBodiesAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        var owners = db.ProjectOwners.Where(o => o.ProjectId == projectId).Select(o => o.OrganizationId);
        var registered = await db.DecisionBodies.AsNoTracking().Where(b => owners.Contains(b.OrganizationId)).Select(b => b.Name).ToListAsync(ct);
        var used = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId && m.DecisionBody != null).Select(m => m.DecisionBody!).Distinct().ToListAsync(ct);
        return [.. registered.Concat(used).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture)];
    }
}
