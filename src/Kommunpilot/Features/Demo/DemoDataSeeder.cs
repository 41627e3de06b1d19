using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// Fills a fresh database with the organisations, projects and communication plans of the five source documents, and the
/// Lund pilot's follow-up, marked as demo data. Runs once: only when the database has no organisations yet; a database
/// that has them but predates follow-up gets the Lund pilot's follow-up (see <see cref="DemoFollowUp.AddIfMissingAsync"/>).
/// </summary>
public sealed class DemoDataSeeder(AppDbContext db, UserManager<AppUser> users, IOptions<DemoDataOptions> options, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            return;
        }
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(ct))
        {
            // A database seeded before follow-up existed gets the Lund pilot's follow-up once.
            if (await DemoFollowUp.AddIfMissingAsync(db, ct))
            {
                logger.LogInformation("Demo follow-up added to the Lund pilot");
            }
            return;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var organizations = DemoOrganizations.Create();
        db.Organizations.AddRange(organizations.All);
        await db.SaveChangesAsync(ct);

        db.ProjectModels.AddRange(DemoOrganizations.ProjectModels(organizations));
        await db.SaveChangesAsync(ct);

        db.Projects.AddRange(DemoProjects.Create(organizations));
        await db.SaveChangesAsync(ct);
        await DemoCommunication.AddAsync(db, organizations, ct);
        await DemoFollowUp.AddAsync(db, organizations.Lund, db.Projects.Local.Single(p => p.OrganizationId == organizations.Lund.Id && p.Name == DemoFollowUp.ProjectName), ct);

        var admin = new AppUser
        {
            UserName = o.AdminEmail,
            Email = o.AdminEmail,
            DisplayName = "Demoadministratör",
            EmailConfirmed = true,
            CreatedAt = DateTime.UtcNow,
        };
        var created = await users.CreateAsync(admin, o.AdminPassword);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Demoadministratören kunde inte skapas: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }
        foreach (var org in organizations.All)
        {
            db.Memberships.Add(new Membership { UserId = admin.Id, OrganizationId = org.Id, Role = OrganizationRole.Administrator });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        logger.LogInformation("Demo data created; demo administrator {Email}", o.AdminEmail);
    }
}
