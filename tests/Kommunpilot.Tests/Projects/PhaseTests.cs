using System.Globalization;
using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects;

public abstract class PhaseTests(AppFactory app)
{
    private static string S(int n) => n.ToString(CultureInfo.InvariantCulture);

    private async Task<(TestTenant Tenant, HttpClient Client, int Id, ProjectModel Model)> ProjectWithModelAsync(OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var model = await app.AddProjectModelAsync(tenant.OrganizationId);
        var id = await app.NewProjectAsync(tenant.OrganizationId, "Fasprojekt", p => p.ProjectModelId = model.Id);
        return (tenant, await app.SignedInAsync(tenant), id, model);
    }

    private static Dictionary<string, string> Decision(int pointId, string on = "2025-03-01", string by = "Styrgruppen") => new()
    {
        ["Decision.DecisionPointId"] = S(pointId),
        ["Decision.DecidedBy"] = by,
        ["Decision.DecidedOn"] = on,
        ["Decision.Documents"] = "Projektplan v1",
        ["Decision.Note"] = "",
    };

    private Task<int> DecisionCountAsync(int projectId) =>
        app.WithDbAsync(db => db.ProjectDecisions.IgnoreQueryFilters().CountAsync(d => d.ProjectId == projectId));

    [Fact]
    public async Task Without_a_project_model_the_page_explains_and_links_to_edit()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var id = await app.NewProjectAsync(tenant.OrganizationId, "Modellöst projekt");
        var html = await (await app.SignedInAsync(tenant)).HtmlAsync($"/projekt/{id}/fas");
        Assert.Contains("Projektet följer ingen projektmodell ännu.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{id}/redigera\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sets_the_current_phase_from_the_projects_model()
    {
        var (_, client, id, model) = await ProjectWithModelAsync();
        var url = $"/projekt/{id}/fas";
        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url), handler: "Phase");
        var genomforande = model.Phases.Single(p => p.Name == "Genomförande").Id;
        fields["Phase.PhaseId"] = S(genomforande);

        (await client.PostFieldsAsync(url, fields, action: url + "?handler=Phase")).AssertRedirectTo(url);
        Assert.Equal(genomforande, (await app.ProjectAsync(id)).CurrentPhaseId);
        var html = await client.HtmlAsync(url);
        Assert.Contains("Fasen är sparad.", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Genomförande</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Genomförande", await client.HtmlAsync($"/projekt/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phase_of_another_model_or_a_stale_version_is_refused()
    {
        var (tenant, client, id, _) = await ProjectWithModelAsync();
        var otherModel = await app.AddProjectModelAsync(tenant.OrganizationId, "Annan modell");
        var url = $"/projekt/{id}/fas";
        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url), handler: "Phase");

        fields["Phase.PhaseId"] = S(otherModel.Phases[0].Id);
        var html = await (await client.PostFieldsAsync(url, fields, action: url + "?handler=Phase")).BodyAsync();
        Assert.Contains("Välj en fas i projektets projektmodell.", html, StringComparison.Ordinal);
        Assert.Null((await app.ProjectAsync(id)).CurrentPhaseId);

        // Someone renames the project meanwhile: the phase form's version is stale.
        await app.WithDbAsync(async db =>
        {
            var p = await db.Projects.IgnoreQueryFilters().SingleAsync(x => x.Id == id);
            p.Name = "Omdöpt under tiden";
            return await db.SaveChangesAsync();
        });
        fields["Phase.PhaseId"] = "";
        var conflict = await (await client.PostFieldsAsync(url, fields, action: url + "?handler=Phase")).BodyAsync();
        Assert.Contains("Ändrad av någon annan", conflict, StringComparison.Ordinal);
        Assert.Contains("Omdöpt under tiden", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decisions_are_recorded_once_unless_the_point_may_repeat()
    {
        var (_, client, id, model) = await ProjectWithModelAsync();
        var url = $"/projekt/{id}/fas";
        var action = url + "?handler=Decision";
        var bp1 = model.DecisionPoints.Single(p => p.Code == "BP1").Id;
        var bp2 = model.DecisionPoints.Single(p => p.Code == "BP2").Id;

        (await client.PostFieldsAsync(url, Decision(bp1), action)).AssertRedirectTo(url);
        Assert.Contains("Beslutet är registrerat.", await client.HtmlAsync(url), StringComparison.Ordinal);
        var again = await (await client.PostFieldsAsync(url, Decision(bp1, on: "2025-04-01"), action)).BodyAsync();
        Assert.Contains("Beslutspunkten BP1 är redan registrerad för projektet och kan bara tas en gång.", again, StringComparison.Ordinal);

        (await client.PostFieldsAsync(url, Decision(bp2, on: "2025-05-01"), action)).AssertRedirectTo(url);
        (await client.PostFieldsAsync(url, Decision(bp2, on: "2025-09-01"), action)).AssertRedirectTo(url);
        var sameDay = await (await client.PostFieldsAsync(url, Decision(bp2, on: "2025-09-01"), action)).BodyAsync();
        Assert.Contains("Ett beslut vid BP2 den 2025-09-01 är redan registrerat.", sameDay, StringComparison.Ordinal);

        Assert.Equal(3, await DecisionCountAsync(id));
        var html = await client.HtmlAsync(url);
        Assert.Contains("Projektplan v1", html, StringComparison.Ordinal);
        Assert.Contains("2025-09-01", html, StringComparison.Ordinal);
        Assert.Contains("Beslut om fortsättning", await client.HtmlAsync($"/projekt/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_simultaneous_submissions_record_one_decision()
    {
        var (_, client, id, model) = await ProjectWithModelAsync();
        var url = $"/projekt/{id}/fas";
        var bp1 = model.DecisionPoints.Single(p => p.Code == "BP1").Id;
        var responses = await Task.WhenAll(
            client.PostFieldsAsync(url, Decision(bp1), url + "?handler=Decision"),
            client.PostFieldsAsync(url, Decision(bp1), url + "?handler=Decision"));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(1, await DecisionCountAsync(id));
    }

    public static TheoryData<string, string, string> BadDecisions => new()
    {
        { "Decision.DecidedBy", "", "Ange vem som fattade beslutet." },
        { "Decision.DecidedBy", new string('x', 201), "Beslutat av får vara högst 200 tecken." },
        { "Decision.DecidedOn", "", "Ange beslutsdatum." },
        { "Decision.DecidedOn", "2025-13-40", "är inte giltigt för Beslutsdatum." },
        { "Decision.DecisionPointId", "", "Välj en beslutspunkt." },
        { "Decision.DecisionPointId", "999999", "Välj en beslutspunkt i projektets projektmodell." },
        { "Decision.Note", new string('n', 2001), "Anteckning får vara högst 2000 tecken." },
    };

    [Theory]
    [MemberData(nameof(BadDecisions))]
    public async Task Bad_decisions_are_named_in_swedish_and_not_recorded(string field, string value, string message)
    {
        var (_, client, id, model) = await ProjectWithModelAsync();
        var url = $"/projekt/{id}/fas";
        var fields = Decision(model.DecisionPoints[0].Id);
        fields[field] = value;
        var html = await (await client.PostFieldsAsync(url, fields, url + "?handler=Decision")).BodyAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(0, await DecisionCountAsync(id));
    }

    [Fact]
    public async Task A_reader_sees_the_phase_but_may_not_change_it()
    {
        var (_, client, id, model) = await ProjectWithModelAsync(OrganizationRole.Reader);
        var url = $"/projekt/{id}/fas";
        var html = await client.HtmlAsync(url);
        Assert.DoesNotContain("handler=Decision", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFieldsAsync(url, Decision(model.DecisionPoints[0].Id), url + "?handler=Decision")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostFieldsAsync(url, new() { ["Phase.PhaseId"] = S(model.Phases[0].Id) }, url + "?handler=Phase")).StatusCode);
        Assert.Equal(0, await DecisionCountAsync(id));
        Assert.Null((await app.ProjectAsync(id)).CurrentPhaseId);
    }

    [Fact]
    public async Task Another_tenants_project_is_not_found()
    {
        var (_, client, _, _) = await ProjectWithModelAsync(OrganizationRole.Administrator);
        var lund = await app.LundPilotIdAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/projekt/{lund}/fas")).StatusCode);
        var response = await client.PostFormAsync("/projekt", new() { ["Decision.DecidedBy"] = "x" }, action: $"/projekt/{lund}/fas?handler=Decision");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PhaseSqliteTests(SqliteApp app) : PhaseTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PhasePostgresTests(PostgresApp app) : PhaseTests(app);
