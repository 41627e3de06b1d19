using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// Who may do what with a project. Reading: a member of any owning organisation (the query filter
/// sees to that). Editing: an editor or more in any owning organisation. Creating: a project leader
/// or administrator in the organisation that will lead it.
/// </summary>
public static class ProjectAccess
{
    public static async Task<bool> CanEditAsync(AppDbContext db, int projectId, CancellationToken ct = default)
    {
        var owners = await db.ProjectOwners.AsNoTracking()
            .Where(o => o.ProjectId == projectId)
            .Select(o => o.OrganizationId)
            .ToListAsync(ct);
        return owners.Any(org => db.CurrentUser.HasRole(org, OrganizationRole.Editor));
    }

    public static bool CanCreateIn(AppDbContext db, int organizationId) =>
        db.CurrentUser.HasRole(organizationId, OrganizationRole.ProjectLeader);
}
