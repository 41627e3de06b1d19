using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunpilot.BrowserTests.Projects;

/// <summary>
/// Test data for the project pages' browser tests. New projects go to Åmåls kommun, a demo organisation
/// no demo project uses, with a fresh name each time, so other tests' views of the demo data stay as they are.
/// </summary>
internal static class ProjectSeed
{
    public const string Organization = "Åmåls kommun";

    public static string UniqueName(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<int> LundPilotIdAsync(this BrowserFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.IgnoreQueryFilters().Where(p => p.Name == "Samordnade servicetjänster").Select(p => p.Id).SingleAsync();
    }

    /// <summary>A project in Åmål that follows a project model of its own (three phases, BP1 once, BP2 repeating).</summary>
    public static async Task<int> ProjectWithModelAsync(this BrowserFixture app, string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == Organization).Select(o => o.Id).SingleAsync();
        var model = new ProjectModel { OrganizationId = org, Name = UniqueName("Åmåls testmodell") };
        model.Phases.Add(new ProjectPhase { Name = "Förstudie", Order = 1 });
        model.Phases.Add(new ProjectPhase { Name = "Genomförande", Order = 2 });
        model.Phases.Add(new ProjectPhase { Name = "Avslut", Order = 3 });
        model.DecisionPoints.Add(new DecisionPoint { Code = "BP1", Name = "Beslut om start", Order = 1 });
        model.DecisionPoints.Add(new DecisionPoint { Code = "BP2", Name = "Beslut om fortsättning", Order = 2, MayRepeat = true });
        db.ProjectModels.Add(model);
        await db.SaveChangesAsync();
        var project = new Project { Name = name, OrganizationId = org, ProjectModelId = model.Id, Status = ProjectStatus.Ongoing };
        project.Owners.Add(new ProjectOwner { OrganizationId = org });
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }
}
