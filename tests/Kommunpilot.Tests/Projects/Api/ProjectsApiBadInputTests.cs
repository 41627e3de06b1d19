using System.Net;
using System.Net.Http.Json;
using Kommunpilot.Features.Projects;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Api;

/// <summary>Every kind of bad input gets a 400 (or 404/415) ProblemDetails in Swedish, never a 500, and stores nothing.</summary>
public abstract class ProjectsApiBadInputTests(AppFactory app)
{
    private async Task<(HttpClient Client, int Lund)> AdminAsync() => (await app.BearerClientAsync(), await app.LundIdAsync());

    [Theory]
    [InlineData("{\"name\": \"x\",", "Förfrågan är inte giltig JSON.")]
    [InlineData("{name: 'x'}", "Förfrågan är inte giltig JSON.")]
    [InlineData("inte json", "Förfrågan är inte giltig JSON.")]
    [InlineData("", "Förfrågan saknar innehåll.")]
    [InlineData("null", "Förfrågan saknar innehåll.")]
    [InlineData("[1, 2]", "Förfrågan ska vara ett JSON-objekt.")]
    [InlineData("\"text\"", "Förfrågan ska vara ett JSON-objekt.")]
    public async Task Malformed_json_is_a_swedish_400_on_create_and_update(string body, string title)
    {
        var (client, lund) = await AdminAsync();
        var created = await client.CreateAsync(lund);

        var post = await (await client.PostAsync("/api/projects", ApiTestData.Json(body))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, post.GetProperty("title").GetString());
        var put = await (await client.PutAsync($"/api/projects/{created.Id}", ApiTestData.Json(body))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(title, put.GetProperty("title").GetString());
        Assert.Equal(created.Version, (await app.StoredAsync(created.Id)).Version);
    }

    [Theory]
    [InlineData("{\"organizationId\": LUND, \"name\": 5}", "name", "Namn ska vara en text.")]
    [InlineData("{\"organizationId\": \"ett\", \"name\": \"x\"}", "organizationId", "Organisation ska vara ett heltal.")]
    [InlineData("{\"organizationId\": 1.5, \"name\": \"x\"}", "organizationId", "Organisation ska vara ett heltal.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"startDate\": \"2022-13-45\"}", "startDate", "Startdatum ska vara ett datum i formatet ÅÅÅÅ-MM-DD.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"endDate\": \"31/12/2022\"}", "endDate", "Slutdatum ska vara ett datum i formatet ÅÅÅÅ-MM-DD.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"Header\": {\"DecisionDate\": true}}", "header.decisionDate", "Beslutsdatum ska vara ett datum i formatet ÅÅÅÅ-MM-DD.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"header\": \"SN 2021/0083\"}", "header", "Dokumenthuvud ska vara ett JSON-objekt.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"status\": \"Klart\"}", "status", "Status har ett okänt värde. Giltiga värden: Idea, Planned, Ongoing, Paused, Completed, Cancelled.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"status\": 99}", "status", "Status har ett okänt värde. Giltiga värden: Idea, Planned, Ongoing, Paused, Completed, Cancelled.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"programmeId\": \"sju\"}", "programmeId", "Program eller direktiv ska vara ett heltal.")]
    [InlineData("{\"organizationId\": LUND, \"name\": \"x\", \"programmeId\": 99999999999}", "programmeId", "Program eller direktiv ska vara ett heltal.")]
    public async Task A_value_of_the_wrong_type_names_its_field(string body, string field, string message)
    {
        var (client, lund) = await AdminAsync();
        var response = await client.PostAsync("/api/projects", ApiTestData.Json(body.Replace("LUND", lund.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
        Assert.Equal(message, Assert.Single(await response.FieldErrorsAsync(field)));
    }

    [Fact]
    public async Task A_version_that_is_not_a_guid_is_named()
    {
        var (client, lund) = await AdminAsync();
        var created = await client.CreateAsync(lund);
        var response = await client.PutAsync($"/api/projects/{created.Id}", ApiTestData.Json("{\"name\":\"x\",\"status\":\"Idea\",\"version\":\"v1\"}"));
        Assert.Equal("Version ska vara ett GUID, som det lästes från API:t.", Assert.Single(await response.FieldErrorsAsync("version")));
    }

    [Fact]
    public async Task Missing_fields_are_named_in_swedish()
    {
        var (client, lund) = await AdminAsync();
        var create = await client.PostAsJsonAsync("/api/projects", new { name = "   " });
        Assert.Equal("Namn måste anges.", Assert.Single(await create.FieldErrorsAsync("name")));
        Assert.Equal("Organisation måste anges.", Assert.Single(await create.FieldErrorsAsync("organizationId")));

        var created = await client.CreateAsync(lund);
        var update = await client.PutAsJsonAsync($"/api/projects/{created.Id}", new { code = created.Code });
        Assert.Equal("Namn måste anges.", Assert.Single(await update.FieldErrorsAsync("name")));
        Assert.Equal("Status måste anges.", Assert.Single(await update.FieldErrorsAsync("status")));
        Assert.Equal("Version måste anges.", Assert.Single(await update.FieldErrorsAsync("version")));
        Assert.Equal(created.Name, (await app.StoredAsync(created.Id)).Name);
    }

    [Fact]
    public async Task Too_long_texts_are_refused_with_the_limit()
    {
        var (client, lund) = await AdminAsync();
        var name = new string('n', ProjectsModel.ShortText + 1);
        var response = await client.PostAsJsonAsync("/api/projects", new
        {
            organizationId = lund,
            name,
            code = new string('c', 41),
            background = new string('b', ProjectsModel.LongText + 1),
            header = new { registrationNumber = new string('r', 61) },
        });
        Assert.Equal("Namn får ha högst 200 tecken.", Assert.Single(await response.FieldErrorsAsync("name")));
        Assert.Equal("Projektkod får ha högst 40 tecken.", Assert.Single(await response.FieldErrorsAsync("code")));
        Assert.Equal("Bakgrund får ha högst 20000 tecken.", Assert.Single(await response.FieldErrorsAsync("background")));
        Assert.Equal("Diarienummer får ha högst 60 tecken.", Assert.Single(await response.FieldErrorsAsync("header.registrationNumber")));
        Assert.False(await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Name == name)));

        var q = await client.GetAsync("/api/projects?q=" + new string('q', 201));
        Assert.NotEmpty(await q.FieldErrorsAsync("q"));
        var nul = await client.GetAsync("/api/projects?q=a%00b");
        Assert.Equal("Söktexten innehåller ett otillåtet styrtecken.", Assert.Single(await nul.FieldErrorsAsync("q")));
    }

    [Fact]
    public async Task Control_characters_are_refused_before_they_reach_the_database()
    {
        var (client, lund) = await AdminAsync();
        var response = await client.PostAsync("/api/projects", ApiTestData.Json($"{{\"organizationId\": {lund}, \"name\": \"Noll\\u0000tecken\", \"header\": {{\"preparedWith\": \"a\\u0007b\"}}, \"background\": \"Rad ett\\nRad två\\tmed tabb\"}}"));
        Assert.Equal("Namn innehåller ett otillåtet styrtecken.", Assert.Single(await response.FieldErrorsAsync("name")));
        Assert.NotEmpty(await response.FieldErrorsAsync("header.preparedWith"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(problem.GetProperty("errors").TryGetProperty("background", out _));
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_and_nothing_changes()
    {
        var (client, lund) = await AdminAsync();
        var create = await client.PostAsJsonAsync("/api/projects", new { organizationId = lund, name = "x", startDate = "2024-06-01", endDate = "2024-05-31" });
        Assert.Equal("Slutdatum kan inte vara före startdatum.", Assert.Single(await create.FieldErrorsAsync("endDate")));

        var created = await client.CreateAsync(lund);
        var update = await client.PutAsJsonAsync($"/api/projects/{created.Id}", new { name = "Nytt namn", status = "Ongoing", startDate = "2024-06-01", endDate = "2023-01-01", version = created.Version });
        Assert.Equal("Slutdatum kan inte vara före startdatum.", Assert.Single(await update.FieldErrorsAsync("endDate")));
        var stored = await app.StoredAsync(created.Id);
        Assert.Equal(created.Name, stored.Name);
        Assert.Null(stored.EndDate);
        Assert.Equal(created.Version, stored.Version);
    }

    [Fact]
    public async Task Unknown_ids_in_the_body_are_named()
    {
        var (client, lund) = await AdminAsync();
        var response = await client.PostAsJsonAsync("/api/projects", new { organizationId = lund, name = "x", programmeId = 987654, projectModelId = 987654 });
        Assert.NotEmpty(await response.FieldErrorsAsync("programmeId"));
        Assert.NotEmpty(await response.FieldErrorsAsync("projectModelId"));

        var unknownOrg = await client.PostAsJsonAsync("/api/projects", new { organizationId = 987654, name = "x" });
        Assert.NotEmpty(await unknownOrg.FieldErrorsAsync("organizationId"));
    }

    [Theory]
    [InlineData("/api/projects?page=abc", "page", "Värdet ska vara ett heltal.")]
    [InlineData("/api/projects?organizationId=Lund", "organizationId", "Värdet ska vara ett heltal.")]
    [InlineData("/api/projects?status=Klart", "status", "Okänt värde. Giltiga värden: Idea, Planned, Ongoing, Paused, Completed, Cancelled.")]
    [InlineData("/api/projects?status=42", "status", "Status har ett okänt värde. Giltiga värden: Idea, Planned, Ongoing, Paused, Completed, Cancelled.")]
    public async Task Query_values_that_cannot_be_read_are_named(string url, string field, string message)
    {
        var (client, _) = await AdminAsync();
        Assert.Equal(message, Assert.Single(await (await client.GetAsync(url)).FieldErrorsAsync(field)));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415()
    {
        // A browser session (cookie) posting a form instead of JSON.
        var client = await app.SignedInClientAsync();
        var response = await client.PostAsync("/api/projects", new StringContent("name=x", System.Text.Encoding.UTF8, "text/plain"));
        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectsApiBadInputSqliteTests(SqliteApp app) : ProjectsApiBadInputTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectsApiBadInputPostgresTests(PostgresApp app) : ProjectsApiBadInputTests(app);
