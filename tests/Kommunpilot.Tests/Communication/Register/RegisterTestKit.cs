using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Register;

/// <summary>A sample plan (see <see cref="SamplePlan"/>) of a fresh tenant, with its user signed in.</summary>
public sealed record RegisterContext(TestTenant Tenant, HttpClient Client, int PlanId)
{
    public string Url(string slug, int? itemId = null) => itemId is null ? $"/kommunikation/{PlanId}/{slug}" : $"/kommunikation/{PlanId}/{slug}/{itemId}";

    public string Api(string part, int? itemId = null) => itemId is null ? $"/api/communication-plans/{PlanId}/{part}" : $"/api/communication-plans/{PlanId}/{part}/{itemId}";
}

internal static class RegisterTestKit
{
    /// <summary>A new tenant whose user holds <paramref name="role"/>, signed in, with a sample plan (of a project, when asked).</summary>
    public static async Task<RegisterContext> NewPlanContextAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor, bool projectPlan = false)
    {
        var tenant = await app.NewTenantAsync(role);
        int? projectId = projectPlan ? await app.NewProjectAsync(tenant.OrganizationId, "Kommunikationsprojekt " + Guid.NewGuid().ToString("N")[..6]) : null;
        var planId = await app.NewPlanAsync(tenant.OrganizationId, projectId);
        var client = await app.SignedInAsync(tenant);
        return new RegisterContext(tenant, client, planId);
    }

    public static Task<int> StakeholderIdAsync(this AppFactory app, int planId, string name) =>
        app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().Where(s => s.PlanId == planId && s.Name == name).Select(s => s.Id).SingleAsync());

    public static Task<int> ChannelIdAsync(this AppFactory app, int planId, string name) =>
        app.WithDbAsync(db => db.Channels.IgnoreQueryFilters().Where(c => c.PlanId == planId && c.Name == name).Select(c => c.Id).SingleAsync());

    public static Task<int> RiskIdAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(db => db.PlanRisks.IgnoreQueryFilters().Where(r => r.PlanId == planId).Select(r => r.Id).FirstAsync());

    /// <summary>The ids of the plan's responsible people, leader first (the sample plan names them "Projektledare {tag}" and "Kommunikatör {tag}").</summary>
    public static Task<(int Leader, int Communicator)> PeopleOfAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(async db =>
        {
            var ids = await db.ActivityResponsibles.IgnoreQueryFilters().Where(r => r.Activity.PlanId == planId)
                .Select(r => new { r.PersonId, r.Person.Name }).Distinct().ToListAsync();
            return (ids.Single(i => i.Name.StartsWith("Projektledare", StringComparison.Ordinal)).PersonId,
                ids.Single(i => i.Name.StartsWith("Kommunikatör", StringComparison.Ordinal)).PersonId);
        });

    /// <summary>A stakeholder's names in the plan's order.</summary>
    public static Task<List<string>> StakeholderNamesAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().Where(s => s.PlanId == planId).OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => s.Name).ToListAsync());
}
