using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.FollowUp;

/// <summary>
/// Who may do what with a project's follow-up. Reading: anyone who can see the project (the query
/// filters). Changing KPIs, measurements and reports: whoever may edit the project (an editor or more
/// in an owning organisation). The organisation's reporting calendar, own KPI areas and Kolada figures:
/// an editor or more in that organisation.
/// </summary>
public static class FollowUpAccess
{
    public static Task<bool> CanEditProjectAsync(AppDbContext db, int projectId, CancellationToken ct = default) =>
        ProjectAccess.CanEditAsync(db, projectId, ct);

    public static bool CanEditOrganization(AppDbContext db, int organizationId) =>
        db.CurrentUser.HasRole(organizationId, Organizations.OrganizationRole.Editor);
}
