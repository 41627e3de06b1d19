using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.Communication;

/// <summary>A project owned by two organisations: members of the co-owner see its plans' pages and history too.</summary>
public abstract class CoOwnerTests(AppFactory app)
{
    [Fact]
    public async Task A_member_of_a_co_owning_organisation_sees_the_plan_its_sections_and_its_history()
    {
        var lead = await app.NewTenantAsync(OrganizationRole.Administrator);
        var partner = await app.NewTenantAsync(OrganizationRole.Reader);
        var projectId = await app.NewProjectAsync(lead.OrganizationId, "Samägt kommunikationsprojekt",
            p => p.Owners.Add(new ProjectOwner { OrganizationId = partner.OrganizationId }));
        var planId = await app.NewPlanAsync(lead.OrganizationId, projectId);
        var client = await app.SignedInAsync(partner);

        foreach (var section in new[] { PlanSection.Overview, PlanSection.TargetGroups, PlanSection.Activities, PlanSection.Timeline })
        {
            var response = await client.GetAsync(PlanNav.UrlOf(planId, section));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{section}: {(int)response.StatusCode}");
        }
        var history = await client.HtmlAsync(PlanNav.UrlOf(planId, PlanSection.History));
        Assert.Contains("Styrgruppen", history, StringComparison.Ordinal);

        var stranger = await app.SignedInAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(PlanNav.UrlOf(planId, PlanSection.History))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CoOwnerSqliteTests(SqliteApp app) : CoOwnerTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CoOwnerPostgresTests(PostgresApp app) : CoOwnerTests(app);
