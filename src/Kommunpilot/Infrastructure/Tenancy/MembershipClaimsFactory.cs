using System.Security.Claims;
using Kommunpilot.Features.Accounts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kommunpilot.Infrastructure.Tenancy;

/// <summary>Puts the user's memberships in the principal, so every query can be scoped to them.</summary>
public sealed class MembershipClaimsFactory(
    UserManager<AppUser> users,
    IOptions<IdentityOptions> options,
    AppDbContext db) : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .Select(m => new { m.OrganizationId, m.Role })
            .ToListAsync();
        foreach (var m in memberships)
        {
            identity.AddClaim(new Claim(MembershipClaims.Type, $"{m.OrganizationId}:{m.Role}"));
        }
        if (!string.IsNullOrEmpty(user.DisplayName))
        {
            identity.AddClaim(new Claim("kp:displayname", user.DisplayName));
        }
        return identity;
    }
}
