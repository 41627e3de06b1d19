using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Goals;

/// <summary>A sample plan (<see cref="SamplePlan"/>) of a fresh tenant's project, with its user signed in by cookie and by bearer token.</summary>
public sealed record PlanContext(TestTenant Tenant, HttpClient Client, HttpClient Api, int ProjectId, int PlanId)
{
    public string Url(string slug, int? itemId = null) => itemId is null ? $"/kommunikation/{PlanId}/{slug}" : $"/kommunikation/{PlanId}/{slug}/{itemId}";

    public string ApiUrl(string part, int? itemId = null) =>
        itemId is null ? $"/api/communication-plans/{PlanId}/{part}" : $"/api/communication-plans/{PlanId}/{part}/{itemId}";
}

/// <summary>The sample plan's ids, found by the names <see cref="SamplePlan"/> gives them.</summary>
public sealed record SampleIds(int Core, int Primary, int Secondary, int Conferences, int Press, int NumberedMessage, int FrameworkMessage, int DoneActivity, int LateActivity);

internal static class GoalTestKit
{
    public static async Task<PlanContext> NewPlanContextAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Kommunikationsprojekt " + Guid.NewGuid().ToString("N")[..6]);
        var planId = await app.NewPlanAsync(tenant.OrganizationId, projectId);
        var client = await app.SignedInClientAsync(tenant.Email, tenant.Password);
        var api = app.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await api.BearerTokenAsync(tenant.Email, tenant.Password));
        return new PlanContext(tenant, client, api, projectId, planId);
    }

    public static Task<SampleIds> IdsAsync(this AppFactory app, int planId) => app.WithDbAsync(async db =>
    {
        var groups = await db.Stakeholders.IgnoreQueryFilters().Where(s => s.PlanId == planId).ToDictionaryAsync(s => s.Name, s => s.Id);
        var goals = await db.MeasurableGoals.IgnoreQueryFilters().Where(g => g.PlanId == planId).ToDictionaryAsync(g => g.Kind, g => g.Id);
        var messages = await db.PlanMessages.IgnoreQueryFilters().Where(m => m.PlanId == planId).OrderBy(m => m.Order).Select(m => m.Id).ToListAsync();
        var activities = await db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == planId).OrderBy(a => a.Order).Select(a => a.Id).ToListAsync();
        return new SampleIds(groups["Styrgruppen"], groups["Medarbetare"], groups["Allmänheten"],
            goals[MeasureKind.Quantitative], goals[MeasureKind.Qualitative], messages[0], messages[1], activities[0], activities[1]);
    });

    public static Task<T> StoredAsync<T>(this AppFactory app, int id)
        where T : class =>
        app.WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().AsNoTracking().SingleAsync(x => EF.Property<int>(x, "Id") == id));

    public static Task<bool> ExistsAsync<T>(this AppFactory app, int id)
        where T : class =>
        app.WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().AnyAsync(x => EF.Property<int>(x, "Id") == id));

    /// <summary>Changes an entity directly, as someone else saving meanwhile (a new version).</summary>
    public static Task ChangeAsync<T>(this AppFactory app, int id, Action<T> change)
        where T : class => app.WithDbAsync(async db =>
    {
        var entity = await db.Set<T>().IgnoreQueryFilters().SingleAsync(x => EF.Property<int>(x, "Id") == id);
        change(entity);
        db.Entry(entity).Property("Version").CurrentValue = Guid.NewGuid();
        await db.SaveChangesAsync();
        return true;
    });

    /// <summary>A JSON answer's body, asserting the status.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A validation problem's messages for one field.</summary>
    public static async Task<string[]> ErrorsAsync(this HttpResponseMessage response, string field)
    {
        var json = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(json.GetProperty("errors").TryGetProperty(field, out var errors), $"No error for {field}: {json}");
        return [.. errors.EnumerateArray().Select(e => e.GetString()!)];
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) => client.PutAsJsonAsync(url, body);
}
