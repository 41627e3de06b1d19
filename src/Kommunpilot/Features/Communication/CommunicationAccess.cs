using System.Security.Cryptography;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication;

/// <summary>
/// Who may do what with a communication plan. Reading: anyone who can see it (the query filters).
/// Editing a project's plan: whoever may edit the project (an editor or more in an owning
/// organisation). Editing a standing plan: an editor or more in its organisation. Creating a
/// standing plan, or renewing secret calendar links: likewise.
/// </summary>
public static class CommunicationAccess
{
    public static async Task<bool> CanEditPlanAsync(AppDbContext db, int planId, CancellationToken ct = default)
    {
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new { p.OrganizationId, p.ProjectId })
            .FirstOrDefaultAsync(ct);
        return plan is not null && await CanEditAsync(db, plan.OrganizationId, plan.ProjectId, ct);
    }

    public static async Task<bool> CanEditAsync(AppDbContext db, int organizationId, int? projectId, CancellationToken ct = default) =>
        projectId is { } project
            ? await ProjectAccess.CanEditAsync(db, project, ct)
            : db.CurrentUser.HasRole(organizationId, OrganizationRole.Editor);

    public static bool CanEditInOrganization(AppDbContext db, int organizationId) =>
        db.CurrentUser.HasRole(organizationId, OrganizationRole.Editor);

    /// <summary>A new secret for a calendar link: 32 random bytes, URL-safe.</summary>
    public static string NewCalendarToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Compares a presented calendar secret in constant time.</summary>
    public static bool TokenMatches(string stored, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(stored), System.Text.Encoding.UTF8.GetBytes(presented));
}
