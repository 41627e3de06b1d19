using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Communication.Plans;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class PlansApiReadTests(AppFactory app)
{
    [Fact]
    public async Task The_openapi_document_describes_the_plan_endpoints_in_swedish()
    {
        var doc = JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths");
        Assert.Equal("Kommunikationsplanerna du kan se", paths.GetProperty("/api/communication-plans").GetProperty("get").GetProperty("summary").GetString());
        Assert.Contains("NewStandingPlan", paths.GetProperty("/api/communication-plans").GetProperty("post").GetProperty("requestBody").ToString(), StringComparison.Ordinal);
        Assert.Contains("PlanDetails", paths.GetProperty("/api/communication-plans/{id}").GetProperty("get").GetProperty("responses").GetProperty("200").ToString(), StringComparison.Ordinal);
        Assert.True(paths.GetProperty("/api/communication-plans/{id}").GetProperty("put").GetProperty("responses").TryGetProperty("409", out _));
        Assert.Contains("NewPlan", paths.GetProperty("/api/projects/{id}/communication-plans").GetProperty("post").GetProperty("requestBody").ToString(), StringComparison.Ordinal);
        foreach (var action in new[] { "adopt", "revisions", "status" })
        {
            Assert.True(paths.TryGetProperty($"/api/communication-plans/{{id}}/{action}", out _), action);
        }
    }

    [Fact]
    public async Task The_full_plan_has_every_section()
    {
        var (c, api) = await app.ApiCaseAsync(OrganizationRole.Reader);
        var response = await api.GetAsync($"/api/communication-plans/{c.PlanId}");
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("calendarToken", raw, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":\"Draft\"", raw, StringComparison.Ordinal);

        var plan = JsonSerializer.Deserialize<PlanDetails>(raw, JsonSerializerOptions.Web)!;
        Assert.Equal(c.PlanId, plan.Id);
        Assert.Equal(c.ProjectId, plan.ProjectId);
        Assert.Equal(c.Tenant.OrganizationName, plan.OrganizationName);
        Assert.Equal("Bakgrunden till planen.", plan.Background);
        Assert.Equal(3, plan.TargetGroups.Count);
        Assert.Equal(3, plan.Goals.Count);
        Assert.Equal(2, plan.Messages.Count);
        Assert.Equal(2, plan.Channels.Count);
        Assert.Single(plan.Risks);
        Assert.Equal(3, plan.Activities.Count);
        Assert.Empty(plan.Revisions);
        var conferences = plan.MeasurableGoals.Single(g => g.Kind == MeasureKind.Quantitative);
        Assert.Equal(1m, conferences.Progress);
        Assert.Equal(2m, conferences.Target);
        var done = plan.Activities.Single(a => a.Status == ActivityStatus.Done);
        Assert.Equal("Styrgruppen", Assert.Single(done.TargetGroups).Name);
        Assert.Equal(plan.TargetGroups.Single(t => t.Name == "Styrgruppen").Id, done.TargetGroups[0].Id);
        Assert.Equal(plan.TargetGroups.Single(t => t.Name == "Styrgruppen").Id, Assert.Single(plan.Messages.Single(m => m.Number == 1).StakeholderIds));
        Assert.Contains(plan.Activities, a => a.TimingProblem is not null && a.Timing == "någon gång till hösten kanske");
    }

    [Fact]
    public async Task A_reader_may_not_create_and_another_tenant_finds_nothing()
    {
        var (c, api) = await app.ApiCaseAsync(OrganizationRole.Reader);
        var refused = await api.PostAsJsonAsync($"/api/projects/{c.ProjectId}/communication-plans", new { title = "Läsarens plan" });
        await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(1, await app.PlanCountAsync(c.ProjectId));

        var stranger = await app.BearerAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        await (await stranger.GetAsync($"/api/projects/{c.ProjectId}/communication-plans")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/projects/{c.ProjectId}/communication-plans", new { title = "Kapad" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/communication-plans/{c.PlanId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync($"/api/communication-plans/{c.PlanId}", new { title = "Kapad", version = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/adopt", new { adoptedBy = "X", adoptedOn = "2023-01-01", version = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        var visible = await stranger.GetFromJsonAsync<PlanPage>("/api/communication-plans");
        Assert.DoesNotContain(visible!.Items, p => p.Id == c.PlanId);
    }

    [Fact]
    public async Task The_list_is_filtered_and_paged()
    {
        var (c, api) = await app.ApiCaseAsync();
        var standing = await api.PostAsJsonAsync("/api/communication-plans", new { organizationId = c.Tenant.OrganizationId, title = "Organisationens plan" });
        Assert.Equal(HttpStatusCode.Created, standing.StatusCode);
        var standingId = (await standing.Content.ReadFromJsonAsync<PlanDetails>())!.Id;

        var all = (await api.GetFromJsonAsync<PlanPage>("/api/communication-plans"))!;
        Assert.Equal(2, all.Total);
        var onlyStanding = (await api.GetFromJsonAsync<PlanPage>("/api/communication-plans?standing=true"))!;
        Assert.Equal(standingId, Assert.Single(onlyStanding.Items).Id);
        var paged = (await api.GetFromJsonAsync<PlanPage>("/api/communication-plans?pageSize=1&page=2"))!;
        Assert.Single(paged.Items);
        Assert.Equal(2, paged.Total);
        var searched = (await api.GetFromJsonAsync<PlanPage>("/api/communication-plans?q=organisationens"))!;
        Assert.Equal(standingId, Assert.Single(searched.Items).Id);

        Assert.NotEmpty(await (await api.GetAsync("/api/communication-plans?status=Klar")).FieldErrorsAsync("status"));
        Assert.Contains("Antal per sida ska vara mellan 1 och 200.", await (await api.GetAsync("/api/communication-plans?pageSize=500")).FieldErrorsAsync("pageSize"));
        Assert.Contains("Okänd organisation: du är inte medlem i den.", await (await api.GetAsync("/api/communication-plans?organizationId=999999")).FieldErrorsAsync("organizationId"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlansApiReadSqliteTests(SqliteApp app) : PlansApiReadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlansApiReadPostgresTests(PostgresApp app) : PlansApiReadTests(app);
