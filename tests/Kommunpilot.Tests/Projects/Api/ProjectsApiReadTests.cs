using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Projects.Api;

public abstract class ProjectsApiReadTests(AppFactory app)
{
    [Fact]
    public async Task The_list_holds_the_projects_of_every_organisation_the_caller_belongs_to()
    {
        var client = await app.BearerClientAsync();
        var page = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?pageSize=200"))!;

        Assert.Equal(1, page.Page);
        Assert.Equal(200, page.PageSize);
        Assert.True(page.Total >= 4);
        var lund = Assert.Single(page.Items, p => p.Name == ApiTestData.LundPilot);
        Assert.Equal("Lunds kommun", lund.Organization.Name);
        Assert.Equal("Lunds kommun", Assert.Single(lund.Owners).Name);
        Assert.Equal("SN 2021/0083", lund.RegistrationNumber);
        Assert.Equal(ProjectStatus.Completed, lund.Status);
        Assert.Equal(new DateOnly(2022, 1, 1), lund.StartDate);
        Assert.True(lund.IsDemo);
        Assert.NotEqual(Guid.Empty, lund.Version);
        Assert.Contains(page.Items, p => p.Code == "H044" && p.Organization.Name == "Fyrbodals kommunalförbund");
        Assert.Contains(page.Items, p => p.Organization.Name == "Lekebergs kommun");
    }

    [Fact]
    public async Task The_list_filters_by_organisation_status_and_text()
    {
        var client = await app.BearerClientAsync();
        var fyrbodal = await app.OrganizationIdAsync("Fyrbodals kommunalförbund");

        var byOrg = (await client.GetFromJsonAsync<ProjectPage>($"/api/projects?organizationId={fyrbodal}"))!;
        Assert.NotEmpty(byOrg.Items);
        Assert.All(byOrg.Items, p => Assert.Contains(p.Owners, o => o.Id == fyrbodal));
        Assert.DoesNotContain(byOrg.Items, p => p.Name == ApiTestData.LundPilot);

        var ongoing = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?status=Ongoing&pageSize=200"))!;
        Assert.All(ongoing.Items, p => Assert.Equal(ProjectStatus.Ongoing, p.Status));
        Assert.Contains(ongoing.Items, p => p.Code == "H044");

        var text = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?q=samordnade"))!;
        Assert.Contains(text.Items, p => p.Name == ApiTestData.LundPilot);
        Assert.DoesNotContain(text.Items, p => p.Code == "H044");

        var byNumber = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?q=SN%202021%2F0083"))!;
        Assert.Equal(ApiTestData.LundPilot, Assert.Single(byNumber.Items).Name);
    }

    [Fact]
    public async Task The_list_is_paged()
    {
        var client = await app.BearerClientAsync();
        var first = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?pageSize=1&page=1"))!;
        var second = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?pageSize=1&page=2"))!;
        Assert.Single(first.Items);
        Assert.Single(second.Items);
        Assert.NotEqual(first.Items[0].Id, second.Items[0].Id);
        Assert.Equal(first.Total, second.Total);

        var beyond = (await client.GetFromJsonAsync<ProjectPage>($"/api/projects?pageSize=200&page={int.MaxValue}"))!;
        Assert.Empty(beyond.Items);

        var defaults = (await client.GetFromJsonAsync<ProjectPage>("/api/projects"))!;
        Assert.Equal(ProjectsApi.DefaultPageSize, defaults.PageSize);

        Assert.Contains("mellan 1 och 200", (await (await client.GetAsync("/api/projects?pageSize=201")).FieldErrorsAsync("pageSize"))[0], StringComparison.Ordinal);
        Assert.NotEmpty(await (await client.GetAsync("/api/projects?page=0")).FieldErrorsAsync("page"));
    }

    [Fact]
    public async Task Another_tenants_organisation_is_unknown_and_its_projects_are_not_listed()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Administrator);
        var own = await app.SeedProjectAsync(tenant.OrganizationId);
        var client = await app.BearerClientAsync(tenant);
        var lund = await app.LundIdAsync();

        var response = await client.GetAsync($"/api/projects?organizationId={lund}");
        Assert.Equal("Okänd organisation: du är inte medlem i den.", Assert.Single(await response.FieldErrorsAsync("organizationId")));

        var page = (await client.GetFromJsonAsync<ProjectPage>("/api/projects?pageSize=200"))!;
        Assert.Equal(own, Assert.Single(page.Items).Id);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task A_project_is_read_whole()
    {
        var client = await app.BearerClientAsync();
        var project = await client.DetailsAsync(await app.LundPilotIdAsync());

        Assert.Equal(ApiTestData.LundPilot, project.Name);
        Assert.Equal("Pilotprojekt", project.Subtitle);
        Assert.Equal("Lunds kommun", project.Organization.Name);
        Assert.NotNull(project.Header);
        Assert.Equal("SN 2021/0083", project.Header.RegistrationNumber);
        Assert.Equal("Projektbeskrivning", project.Header.DocumentType);
        Assert.Equal(new DateOnly(2021, 11, 25), project.Header.DecisionDate);
        Assert.StartsWith("Servicenämnden", project.Commissioner, StringComparison.Ordinal);
        Assert.Contains("nulägesanalys", project.Background, StringComparison.Ordinal);
        Assert.Contains(project.Goals, g => g.Kind == GoalKind.Effect);
        Assert.Contains(project.ScopeLimits, s => s.Reason is not null);
        Assert.Equal(7, project.PilotSites.Count);
        Assert.All(project.PilotSites, s => Assert.StartsWith("Pilotverksamhet", s.UnitName, StringComparison.Ordinal));
        Assert.Contains(project.PilotSites, s => s.UnitName == "Pilotverksamhet 1" && s.DepartmentName == "Utbildningsförvaltningen" && s.AgreementStatus == AgreementStatus.Signed);
        Assert.Equal(["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"], project.Deliverables.Select(d => d.Code));
        Assert.Equal(new DateOnly(2024, 1, 30), project.Deliverables[7].DueDate);
        Assert.Equal(7, project.Milestones.Count);
        Assert.Contains(project.Members, m => m.Group == ProjectGroup.SteeringGroup && m.Name == "Pål Svensson");
        Assert.NotEqual(Guid.Empty, project.Version);
    }

    [Fact]
    public async Task Enums_travel_as_names_and_dates_as_iso_dates()
    {
        var client = await app.BearerClientAsync();
        var json = await client.GetStringAsync($"/api/projects/{await app.LundPilotIdAsync()}");
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("Completed", root.GetProperty("status").GetString());
        Assert.Equal("2021-11-25", root.GetProperty("header").GetProperty("decisionDate").GetString());
        Assert.Equal("Signed", root.GetProperty("pilotSites")[0].GetProperty("agreementStatus").GetString());
    }

    [Fact]
    public async Task Unknown_and_other_tenants_projects_are_404_problems()
    {
        var tenant = await app.NewTenantAsync();
        var client = await app.BearerClientAsync(tenant);

        var unknown = await (await client.GetAsync("/api/projects/987654")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Projektet finns inte.", unknown.GetProperty("title").GetString());
        var foreign = await (await client.GetAsync($"/api/projects/{await app.LundPilotIdAsync()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(unknown.GetProperty("detail").GetString(), foreign.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Without_sign_in_the_api_answers_401_not_a_redirect()
    {
        var client = app.NewClient();
        var id = await app.LundPilotIdAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/projects/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/projects/{id}/export/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/projects", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PutAsJsonAsync($"/api/projects/{id}", new { name = "x" })).StatusCode);

        var forged = app.NewClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "inte-en-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task The_cookie_session_opens_the_api_too()
    {
        var client = await app.SignedInClientAsync();
        var page = (await client.GetFromJsonAsync<ProjectPage>("/api/projects"))!;
        Assert.Contains(page.Items, p => p.Name == ApiTestData.LundPilot);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_project_endpoints()
    {
        var json = await app.NewClient().GetStringAsync("/openapi/v1.json");
        var doc = JsonDocument.Parse(json).RootElement;
        var paths = doc.GetProperty("paths");
        var list = paths.GetProperty("/api/projects");
        var one = paths.GetProperty("/api/projects/{id}");
        var export = paths.GetProperty("/api/projects/{id}/export/docx");

        Assert.Contains("ProjectPage", list.GetProperty("get").GetProperty("responses").GetProperty("200").ToString(), StringComparison.Ordinal);
        Assert.Equal(
            ["organizationId", "q", "status", "page", "pageSize"],
            list.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains("NewProject", list.GetProperty("post").GetProperty("requestBody").ToString(), StringComparison.Ordinal);
        Assert.True(list.GetProperty("post").GetProperty("responses").TryGetProperty("201", out _));
        Assert.Contains("ProjectDetails", one.GetProperty("get").GetProperty("responses").GetProperty("200").ToString(), StringComparison.Ordinal);
        Assert.Contains("ProjectUpdate", one.GetProperty("put").GetProperty("requestBody").ToString(), StringComparison.Ordinal);
        Assert.Contains("ProjectConflictProblem", one.GetProperty("put").GetProperty("responses").GetProperty("409").ToString(), StringComparison.Ordinal);
        Assert.Contains("wordprocessingml", export.GetProperty("get").GetProperty("responses").GetProperty("200").ToString(), StringComparison.Ordinal);

        var schemas = doc.GetProperty("components").GetProperty("schemas");
        var newProject = schemas.GetProperty("NewProject");
        Assert.Contains("name", newProject.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(200, newProject.GetProperty("properties").GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.True(schemas.TryGetProperty("ProjectDetails", out _));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectsApiReadSqliteTests(SqliteApp app) : ProjectsApiReadTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectsApiReadPostgresTests(PostgresApp app) : ProjectsApiReadTests(app);
