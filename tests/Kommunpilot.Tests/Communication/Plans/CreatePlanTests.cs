using System.Globalization;
using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class CreatePlanTests(AppFactory app)
{
    private static Dictionary<string, string> Fields(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.Period"] = "2024",
        ["Input.PeriodStart"] = "2024-01-01",
        ["Input.PeriodEnd"] = "2024-12-31",
        ["Input.DocumentVersion"] = "1.0",
    };

    [Fact]
    public async Task An_editor_creates_a_project_plan_as_a_draft_with_the_standard_definitions()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Projekt med plan");
        var client = await app.SignedInAsync(tenant);
        var url = $"/kommunikation/ny?projectId={projectId}";
        Assert.Contains("Projekt med plan", await client.HtmlAsync(url), StringComparison.Ordinal);

        var response = await client.PostFormAsync(url, Fields("  Kommunikationsplan 2024  "));
        var id = response.RedirectedPlanId();
        var plan = await app.StoredPlanAsync(id);
        Assert.Equal("Kommunikationsplan 2024", plan.Title);
        Assert.Equal(projectId, plan.ProjectId);
        Assert.Equal(tenant.OrganizationId, plan.OrganizationId);
        Assert.Null(plan.DecisionBodyId);
        Assert.Equal("2024", plan.Period);
        Assert.Equal(new DateOnly(2024, 1, 1), plan.PeriodStart);
        Assert.Equal(new DateOnly(2024, 12, 31), plan.PeriodEnd);
        Assert.Equal("1.0", plan.DocumentVersion);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal(CommunicationLabels.DefaultCoreDefinition, plan.CoreDefinition);
        Assert.Equal(CommunicationLabels.DefaultPrimaryDefinition, plan.PrimaryDefinition);
        Assert.Equal(CommunicationLabels.DefaultSecondaryDefinition, plan.SecondaryDefinition);
        Assert.True(plan.CalendarToken.Length >= 40);

        var overview = await client.HtmlAsync($"/kommunikation/{id}");
        Assert.Contains("Kommunikationsplanen är skapad.", overview, StringComparison.Ordinal);
        Assert.Contains("Ingen särskild budget", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_new_plans_get_different_calendar_links()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Två planer");
        var client = await app.SignedInAsync(tenant);
        var first = (await client.PostFormAsync($"/kommunikation/ny?projectId={projectId}", Fields("Plan A"))).RedirectedPlanId();
        var second = (await client.PostFormAsync($"/kommunikation/ny?projectId={projectId}", Fields("Plan B"))).RedirectedPlanId();
        Assert.NotEqual((await app.StoredPlanAsync(first)).CalendarToken, (await app.StoredPlanAsync(second)).CalendarToken);
    }

    [Fact]
    public async Task An_editor_creates_a_standing_plan_for_a_committee_of_the_organisation()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var body = await app.AddDecisionBodyAsync(tenant.OrganizationId, "Servicenämnden");
        var client = await app.SignedInAsync(tenant);
        var form = await client.HtmlAsync("/kommunikation/ny");
        Assert.Contains("Servicenämnden", form, StringComparison.Ordinal);

        var fields = Fields("Servicenämndens kommunikationsplan");
        fields["Input.OrganizationId"] = tenant.OrganizationId.ToString(CultureInfo.InvariantCulture);
        fields["Input.DecisionBodyId"] = body.ToString(CultureInfo.InvariantCulture);
        var id = (await client.PostFormAsync("/kommunikation/ny", fields)).RedirectedPlanId();
        var plan = await app.StoredPlanAsync(id);
        Assert.Null(plan.ProjectId);
        Assert.Equal(tenant.OrganizationId, plan.OrganizationId);
        Assert.Equal(body, plan.DecisionBodyId);

        var overview = await client.HtmlAsync($"/kommunikation/{id}");
        Assert.Contains("Servicenämnden", overview, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Input.Title", "", "Ange planens titel." },
        { "Input.Title", new string('t', 201), "Titel får vara högst 200 tecken." },
        { "Input.Period", new string('p', 61), "Period får vara högst 60 tecken." },
        { "Input.DocumentVersion", new string('v', 41), "Dokumentversion får vara högst 40 tecken." },
        { "Input.PeriodEnd", "2023-12-31", "Periodens slut kan inte vara före dess början." },
        { "Input.PeriodStart", "inte-ett-datum", "Värdet &#x27;inte-ett-datum&#x27; är inte giltigt för Periodens början." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_named_in_swedish_the_input_is_kept_and_nothing_is_created(string field, string value, string message)
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Felprojekt");
        var client = await app.SignedInAsync(tenant);
        var fields = Fields("Kvar i formuläret");
        fields["Input.Period"] = "Kvarvarande period";
        fields[field] = value;
        var html = await (await client.PostFormAsync($"/kommunikation/ny?projectId={projectId}", fields)).BodyAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        if (field != "Input.Title")
        {
            Assert.Contains("value=\"Kvar i formuläret\"", html, StringComparison.Ordinal);
        }
        Assert.Equal(0, await app.PlanCountAsync(projectId));
    }

    [Fact]
    public async Task A_committee_of_another_organisation_is_refused_for_a_standing_plan()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var other = await app.NewTenantAsync(OrganizationRole.Editor);
        var foreign = await app.AddDecisionBodyAsync(other.OrganizationId, "Annans nämnd");
        var client = await app.SignedInAsync(tenant);
        var fields = Fields("Stående plan");
        fields["Input.OrganizationId"] = tenant.OrganizationId.ToString(CultureInfo.InvariantCulture);
        fields["Input.DecisionBodyId"] = foreign.ToString(CultureInfo.InvariantCulture);
        var html = await (await client.PostFormAsync("/kommunikation/ny", fields)).BodyAsync();
        Assert.Contains("Välj en nämnd eller styrgrupp i planens organisation.", html, StringComparison.Ordinal);

        fields["Input.DecisionBodyId"] = "";
        fields["Input.OrganizationId"] = other.OrganizationId.ToString(CultureInfo.InvariantCulture);
        html = await (await client.PostFormAsync("/kommunikation/ny", fields)).BodyAsync();
        Assert.Contains("Välj en organisation där du är redaktör, projektledare eller administratör.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_may_not_create_plans()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Reader);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Läsarens projekt");
        var client = await app.SignedInAsync(tenant);
        Assert.Equal(HttpStatusCode.Forbidden, await client.StatusOfAsync($"/kommunikation/ny?projectId={projectId}"));
        Assert.Equal(HttpStatusCode.Forbidden, await client.StatusOfAsync("/kommunikation/ny"));
        var token = Http.AntiforgeryToken(await client.HtmlAsync($"/projekt/{projectId}"));
        var post = await client.PostAsync($"/kommunikation/ny?projectId={projectId}", new FormUrlEncodedContent(new Dictionary<string, string>(Fields("Läsarens plan"))
        {
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await app.PlanCountAsync(projectId));
    }

    [Fact]
    public async Task Another_tenants_project_is_not_found()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var other = await app.NewTenantAsync(OrganizationRole.Editor);
        var foreignProject = await app.NewProjectAsync(other.OrganizationId, "Annans projekt");
        var client = await app.SignedInAsync(tenant);
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/kommunikation/ny?projectId={foreignProject}"));
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/kommunikation/ny?projectId=abc"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CreatePlanSqliteTests(SqliteApp app) : CreatePlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CreatePlanPostgresTests(PostgresApp app) : CreatePlanTests(app);
