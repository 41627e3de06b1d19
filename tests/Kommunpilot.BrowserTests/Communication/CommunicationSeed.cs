using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.BrowserTests.Projects;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Tests.Communication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunpilot.BrowserTests.Communication;

/// <summary>Plans for the browser tests, in Åmåls kommun (no demo project uses it), see <see cref="SamplePlan"/>.</summary>
internal static class CommunicationSeed
{
    /// <summary>A project in Åmål with a sample plan; returns the plan's id.</summary>
    public static async Task<int> SamplePlanAsync(this BrowserFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == ProjectSeed.Organization).Select(o => o.Id).SingleAsync();
        var project = new Features.Projects.Project { Name = ProjectSeed.UniqueName("Kommunikationstest"), OrganizationId = org };
        project.Owners.Add(new Features.Projects.ProjectOwner { OrganizationId = org });
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return await SamplePlan.AddAsync(db, org, project.Id, Guid.NewGuid().ToString("N")[..6]);
    }
}
