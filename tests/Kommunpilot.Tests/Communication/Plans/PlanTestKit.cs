using System.Net;
using System.Net.Http.Headers;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Plans;

/// <summary>A tenant with a project and the sample plan in it, signed in through the login form.</summary>
internal sealed record PlanCase(TestTenant Tenant, HttpClient Client, int ProjectId, int PlanId);

/// <summary>Test data and helpers for the communication plans' tests.</summary>
internal static class PlanTestKit
{
    /// <summary>A fresh tenant whose user has <paramref name="role"/>, a project and the sample plan in it.</summary>
    public static async Task<PlanCase> PlanCaseAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor, PlanStatus status = PlanStatus.Draft)
    {
        var tenant = await app.NewTenantAsync(role);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, $"Planprojekt {Guid.NewGuid().ToString("N")[..6]}");
        var planId = await app.NewPlanAsync(tenant.OrganizationId, projectId, status);
        return new PlanCase(tenant, await app.SignedInAsync(tenant), projectId, planId);
    }

    /// <summary>The plan as stored, with every part, read past the tenant filter.</summary>
    public static Task<CommunicationPlan> StoredPlanAsync(this AppFactory app, int planId) =>
        app.WithDbAsync(db => db.CommunicationPlans.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Include(p => p.Revisions)
            .Include(p => p.Stakeholders)
            .Include(p => p.Goals)
            .Include(p => p.MeasurableGoals)
            .Include(p => p.Messages).ThenInclude(m => m.Stakeholders)
            .Include(p => p.Channels)
            .Include(p => p.Risks)
            .Include(p => p.Activities).ThenInclude(a => a.Stakeholders)
            .Include(p => p.Activities).ThenInclude(a => a.Channels)
            .Include(p => p.Activities).ThenInclude(a => a.Responsibles)
            .SingleAsync(p => p.Id == planId));

    public static Task<int> PlanCountAsync(this AppFactory app, int projectId) =>
        app.WithDbAsync(db => db.CommunicationPlans.IgnoreQueryFilters().CountAsync(p => p.ProjectId == projectId));

    public static Task UpdatePlanAsync(this AppFactory app, int planId, Action<CommunicationPlan> change) =>
        app.WithDbAsync(async db =>
        {
            var plan = await db.CommunicationPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == planId);
            change(plan);
            return await db.SaveChangesAsync();
        });

    public static Task<int> AddDecisionBodyAsync(this AppFactory app, int organizationId, string name) =>
        app.WithDbAsync(async db =>
        {
            var body = new DecisionBody { OrganizationId = organizationId, Name = name };
            db.DecisionBodies.Add(body);
            await db.SaveChangesAsync();
            return body.Id;
        });

    /// <summary>A client that carries a bearer token from POST /api/auth/login (no cookie).</summary>
    public static async Task<HttpClient> BearerAsync(this AppFactory app, TestTenant tenant)
    {
        var client = app.NewClient();
        var token = await client.BearerTokenAsync(tenant.Email, tenant.Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<HttpStatusCode> StatusOfAsync(this HttpClient client, string url) => (await client.GetAsync(url)).StatusCode;

    /// <summary>The new plan's id from a redirect to /kommunikation/{id}.</summary>
    public static int RedirectedPlanId(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/kommunikation/", location, StringComparison.Ordinal);
        return int.Parse(location["/kommunikation/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
