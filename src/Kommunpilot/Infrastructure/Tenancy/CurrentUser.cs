using System.Security.Claims;
using Kommunpilot.Features.Organizations;

namespace Kommunpilot.Infrastructure.Tenancy;

/// <summary>
/// Who is asking, and in which organisations they hold which role. Read from the claims that
/// <see cref="MembershipClaimsFactory"/> puts in the cookie or bearer token at sign-in.
/// </summary>
public interface ICurrentUser
{
    string? UserId { get; }
    string? UserName { get; }
    IReadOnlyDictionary<int, OrganizationRole> Roles { get; }
    IReadOnlyList<int> OrganizationIds { get; }
    bool HasRole(int organizationId, OrganizationRole atLeast);
}

public static class MembershipClaims
{
    /// <summary>Value "{organizationId}:{role}".</summary>
    public const string Type = "kp:membership";

    public static Dictionary<int, OrganizationRole> Parse(ClaimsPrincipal? principal)
    {
        var roles = new Dictionary<int, OrganizationRole>();
        if (principal is null)
        {
            return roles;
        }
        foreach (var claim in principal.FindAll(Type))
        {
            var parts = claim.Value.Split(':');
            if (parts.Length == 2 && int.TryParse(parts[0], out var org) && Enum.TryParse<OrganizationRole>(parts[1], out var role))
            {
                roles[org] = role;
            }
        }
        return roles;
    }
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private Dictionary<int, OrganizationRole>? _roles;
    private int[]? _ids;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    public string? UserName => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public IReadOnlyDictionary<int, OrganizationRole> Roles =>
        _roles ??= UserId is null ? [] : MembershipClaims.Parse(Principal);

    public IReadOnlyList<int> OrganizationIds => _ids ??= [.. Roles.Keys.Order()];

    public bool HasRole(int organizationId, OrganizationRole atLeast) =>
        Roles.TryGetValue(organizationId, out var role) && role >= atLeast;
}

/// <summary>For start-up work (migrations, demo data) that runs outside a request.</summary>
public sealed class SystemUser : ICurrentUser
{
    public string? UserId => null;
    public string? UserName => "system";
    public IReadOnlyDictionary<int, OrganizationRole> Roles { get; } = new Dictionary<int, OrganizationRole>();
    public IReadOnlyList<int> OrganizationIds { get; } = [];
    public bool HasRole(int organizationId, OrganizationRole atLeast) => false;
}
