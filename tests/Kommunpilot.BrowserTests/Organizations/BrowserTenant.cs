using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Organizations;

/// <summary>
/// A fresh organisation with its own administrator, so that the administration's browser tests change
/// nothing in the demo data other tests look at.
/// </summary>
public sealed record BrowserTenant(int OrganizationId, string OrganizationName, string Email, string Password)
{
    public const string DefaultPassword = "Webblasare-2026";

    public static async Task<BrowserTenant> CreateAsync(BrowserFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var org = new Organization { Name = $"Provkommun {suffix}", Kind = OrganizationKind.Municipality };
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        var email = $"admin-{suffix}@prov.example";
        var user = new AppUser { UserName = email, Email = email, DisplayName = $"Provadmin {suffix}", EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, DefaultPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = org.Id, Role = OrganizationRole.Administrator });
        await db.SaveChangesAsync();
        return new BrowserTenant(org.Id, org.Name, email, DefaultPassword);
    }

    public Task<IPage> SignInAsync(BrowserFixture app) => app.NewPageAsync(email: Email, password: Password);
}
