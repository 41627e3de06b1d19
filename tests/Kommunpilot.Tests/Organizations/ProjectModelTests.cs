using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Organizations;

/// <summary>Project models: phases in order and numbered decision points, built through the forms.</summary>
public abstract class ProjectModelTests(AppFactory app)
{
    private static string List(TestTenant t) => $"/organisation/{t.OrganizationId}/projektmodeller";

    private static async Task<int> CreateModelAsync(HttpClient client, TestTenant tenant, string name)
    {
        var response = await client.PostFormAsync(List(tenant), new() { ["New.Name"] = name, ["New.Description"] = "Beskrivning av " + name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Task AddPhaseAsync(HttpClient client, string page, int order, string name) =>
        client.PostRedirectsAsync(page, new() { ["NewPhase.Order"] = $"{order}", ["NewPhase.Name"] = name }, handler: "AddPhase", location: page);

    private static Task AddPointAsync(HttpClient client, string page, string code, string name, int order, int? phase = null, bool repeat = false) =>
        client.PostRedirectsAsync(page, new()
        {
            ["NewPoint.Code"] = code,
            ["NewPoint.Name"] = name,
            ["NewPoint.Order"] = $"{order}",
            ["NewPoint.PhaseId"] = phase?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["NewPoint.MayRepeat"] = repeat ? "true" : "false",
        }, handler: "AddPoint", location: page);

    private Task<ProjectModel> LoadAsync(int id) =>
        app.WithDbAsync(db => db.ProjectModels.IgnoreQueryFilters().AsNoTracking()
            .Include(m => m.Phases.OrderBy(p => p.Order)).Include(m => m.DecisionPoints.OrderBy(d => d.Order))
            .SingleAsync(m => m.Id == id));

    [Fact]
    public async Task A_six_phase_model_with_BP1_to_BP5_and_a_repeatable_decision_point_is_built_through_the_forms()
    {
        var (tenant, client) = await app.AdminAsync();
        var id = await CreateModelAsync(client, tenant, "Sexfasmodellen");
        var page = $"{List(tenant)}/{id}";
        string[] phases = ["Idé", "Förstudie", "Planering", "Genomförande", "Avslut", "Effekthemtagning"];
        for (var i = 0; i < phases.Length; i++)
        {
            await AddPhaseAsync(client, page, i + 1, phases[i]);
        }
        var phaseIds = (await LoadAsync(id)).Phases.Select(p => p.Id).ToList();
        string[] points = ["Beslut om förstudie", "Beslut om planering", "Beslut om genomförande", "Beslut om fortsatt genomförande", "Beslut om avslut"];
        for (var i = 0; i < points.Length; i++)
        {
            await AddPointAsync(client, page, $"BP{i + 1}", points[i], i + 1, phaseIds[i], repeat: i == 3);
        }

        var model = await LoadAsync(id);
        Assert.Equal(phases, model.Phases.Select(p => p.Name));
        Assert.Equal([1, 2, 3, 4, 5, 6], model.Phases.Select(p => p.Order));
        Assert.Equal(["BP1", "BP2", "BP3", "BP4", "BP5"], model.DecisionPoints.Select(d => d.Code));
        Assert.Equal([false, false, false, true, false], model.DecisionPoints.Select(d => d.MayRepeat));
        Assert.Equal(phaseIds.Take(5).Select(p => (int?)p), model.DecisionPoints.Select(d => d.PhaseId));

        var html = await client.HtmlAsync(page);
        Assert.True(html.IndexOf("Förstudie", StringComparison.Ordinal) < html.IndexOf("Effekthemtagning", StringComparison.Ordinal));
        Assert.Contains("Beslut om fortsatt genomförande", html, StringComparison.Ordinal);
        Assert.Contains("Beslutspunkten är tillagd.", html, StringComparison.Ordinal);
        var listHtml = await client.HtmlAsync(List(tenant));
        Assert.Contains("Sexfasmodellen", listHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_four_phase_model_lives_beside_it_in_the_same_organisation()
    {
        var (tenant, client) = await app.AdminAsync();
        var six = await CreateModelAsync(client, tenant, "Sex faser");
        var four = await CreateModelAsync(client, tenant, "Fyra faser");
        var page = $"{List(tenant)}/{four}";
        string[] phases = ["Initiering", "Planering", "Genomförande", "Avslut"];
        for (var i = 0; i < phases.Length; i++)
        {
            await AddPhaseAsync(client, page, i + 1, phases[i]);
        }
        await AddPointAsync(client, page, "B1", "Beslut om projektbeskrivning", 1);
        await AddPointAsync(client, page, "B2", "Beslut om projektplan", 2);
        // The same code in another model is fine.
        await AddPointAsync(client, $"{List(tenant)}/{six}", "B1", "Start", 1);

        var model = await LoadAsync(four);
        Assert.Equal(4, model.Phases.Count);
        Assert.Equal(["B1", "B2"], model.DecisionPoints.Select(d => d.Code));
        Assert.All(model.DecisionPoints, d => Assert.Null(d.PhaseId));

        var modelsHtml = await client.PostRefusedAsync(List(tenant), new() { ["New.Name"] = "fyra FASER" });
        Assert.Contains("Det finns redan en projektmodell med det namnet.", modelsHtml, StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync(db => db.ProjectModels.IgnoreQueryFilters().CountAsync(m => m.OrganizationId == tenant.OrganizationId)));
    }

    [Fact]
    public async Task Bad_phase_and_decision_point_input_is_refused_in_swedish()
    {
        var (tenant, client) = await app.AdminAsync();
        var id = await CreateModelAsync(client, tenant, "Modellen");
        var otherModel = await CreateModelAsync(client, tenant, "Andra modellen");
        var page = $"{List(tenant)}/{id}";
        await AddPhaseAsync(client, page, 1, "Start");
        await AddPhaseAsync(client, $"{List(tenant)}/{otherModel}", 1, "Främmande fas");
        await AddPointAsync(client, page, "BP1", "Första beslutet", 1);
        var foreignPhase = (await LoadAsync(otherModel)).Phases.Single().Id;

        async Task<string> Point(string code, string name, string order, string phase = "") =>
            await client.PostRefusedAsync(page, new() { ["NewPoint.Code"] = code, ["NewPoint.Name"] = name, ["NewPoint.Order"] = order, ["NewPoint.PhaseId"] = phase }, handler: "AddPoint");

        Assert.Contains("Det finns redan en beslutspunkt med koden bp1 i projektmodellen.", await Point("bp1", "Dubblett", "2"), StringComparison.Ordinal);
        Assert.Contains("Ange beslutspunktens kod, till exempel BP1.", await Point("", "Utan kod", "2"), StringComparison.Ordinal);
        Assert.Contains("Koden får vara högst 20 tecken.", await Point(AdminTestData.Long(21), "Lång kod", "2"), StringComparison.Ordinal);
        Assert.Contains("Ange ett namn.", await Point("BP2", "", "2"), StringComparison.Ordinal);
        Assert.Contains("Ordningen ska vara ett tal mellan 1 och 99.", await Point("BP2", "Noll", "0"), StringComparison.Ordinal);
        Assert.Contains("Värdet &#x27;tre&#x27; är inte giltigt för Ordning.", await Point("BP2", "Text", "tre"), StringComparison.Ordinal);
        Assert.Contains("Välj en av projektmodellens faser.", await Point("BP2", "Fel fas", "2", $"{foreignPhase}"), StringComparison.Ordinal);

        async Task<string> Phase(string order, string name) =>
            await client.PostRefusedAsync(page, new() { ["NewPhase.Order"] = order, ["NewPhase.Name"] = name }, handler: "AddPhase");

        Assert.Contains("Ange ett namn.", await Phase("2", ""), StringComparison.Ordinal);
        Assert.Contains("Det finns redan en fas med det namnet i projektmodellen.", await Phase("2", "START"), StringComparison.Ordinal);
        Assert.Contains("Ordningen ska vara ett tal mellan 1 och 99.", await Phase("100", "Sent"), StringComparison.Ordinal);
        var tooLong = await client.PostRefusedAsync(page, new() { ["NewPhase.Order"] = "2", ["NewPhase.Name"] = "Lång", ["NewPhase.Description"] = AdminTestData.Long(4001) }, handler: "AddPhase");
        Assert.Contains("Beskrivningen får vara högst 4000 tecken.", tooLong, StringComparison.Ordinal);

        var model = await LoadAsync(id);
        Assert.Single(model.Phases);
        Assert.Single(model.DecisionPoints);
    }

    [Fact]
    public async Task A_decision_point_is_edited_and_a_stale_edit_shows_a_conflict_naming_the_phase()
    {
        var (tenant, client) = await app.AdminAsync();
        var id = await CreateModelAsync(client, tenant, "Konfliktmodellen");
        var modelPage = $"{List(tenant)}/{id}";
        await AddPhaseAsync(client, modelPage, 1, "Förstudie");
        await AddPhaseAsync(client, modelPage, 2, "Genomförande");
        await AddPointAsync(client, modelPage, "BP1", "Beslut om start", 1);
        var model = await LoadAsync(id);
        var point = model.DecisionPoints.Single();
        var page = $"{modelPage}/beslutspunkter/{point.Id}";
        Dictionary<string, string> Edit(string name, int phase, bool repeat) => new()
        {
            ["Input.Code"] = "BP1",
            ["Input.Name"] = name,
            ["Input.Order"] = "1",
            ["Input.PhaseId"] = $"{phase}",
            ["Input.MayRepeat"] = repeat ? "true" : "false",
            ["Input.Version"] = point.Version.ToString(),
        };

        await client.PostRedirectsAsync(page, Edit("Beslut om förstudie", model.Phases[0].Id, repeat: true), location: modelPage);
        var html = await client.PostRefusedAsync(page, Edit("Beslut om genomförande", model.Phases[1].Id, repeat: false));
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Förstudie</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Genomförande</td>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Beslut om genomförande\"", html, StringComparison.Ordinal);
        var stored = await app.FindAsync<DecisionPoint>(point.Id);
        Assert.Equal(("Beslut om förstudie", model.Phases[0].Id, true), (stored!.Name, stored.PhaseId!.Value, stored.MayRepeat));
    }

    [Fact]
    public async Task A_phase_with_projects_in_it_and_a_decision_point_with_decisions_are_not_deleted()
    {
        var (tenant, client) = await app.AdminAsync();
        var id = await CreateModelAsync(client, tenant, "Modellen i bruk");
        var modelPage = $"{List(tenant)}/{id}";
        await AddPhaseAsync(client, modelPage, 1, "Genomförande");
        await AddPhaseAsync(client, modelPage, 2, "Avslut");
        await AddPointAsync(client, modelPage, "BP1", "Beslut om genomförande", 1);
        await AddPointAsync(client, modelPage, "BP2", "Beslut om avslut", 2);
        var model = await LoadAsync(id);
        await app.AddProjectAsync(tenant.OrganizationId, p =>
        {
            p.ProjectModelId = id;
            p.CurrentPhaseId = model.Phases[0].Id;
            p.Decisions.Add(new ProjectDecision { DecisionPointId = model.DecisionPoints[0].Id, DecidedBy = "Styrgruppen", DecidedOn = new DateOnly(2022, 1, 10) });
        });

        var phase = await client.PostRefusedAsync($"{modelPage}/faser/{model.Phases[0].Id}", new() { ["version"] = model.Phases[0].Version.ToString() }, handler: "Delete");
        Assert.Contains("1 projekt är i fasen, så den kan inte tas bort.", phase, StringComparison.Ordinal);
        var point = await client.PostRefusedAsync($"{modelPage}/beslutspunkter/{model.DecisionPoints[0].Id}", new() { ["version"] = model.DecisionPoints[0].Version.ToString() }, handler: "Delete");
        Assert.Contains("Projekt har fattat 1 beslut vid beslutspunkten, så den kan inte tas bort.", point, StringComparison.Ordinal);
        var whole = await client.PostRefusedAsync(modelPage, new() { ["version"] = model.Version.ToString() }, handler: "Delete");
        Assert.Contains("1 projekt använder projektmodellen, så den kan inte tas bort.", whole, StringComparison.Ordinal);
        Assert.Equal((2, 2), ((await LoadAsync(id)).Phases.Count, (await LoadAsync(id)).DecisionPoints.Count));

        // The unused phase and decision point go.
        await client.PostRedirectsAsync($"{modelPage}/beslutspunkter/{model.DecisionPoints[1].Id}", new() { ["version"] = model.DecisionPoints[1].Version.ToString() }, handler: "Delete", location: modelPage);
        await client.PostRedirectsAsync($"{modelPage}/faser/{model.Phases[1].Id}", new() { ["version"] = model.Phases[1].Version.ToString() }, handler: "Delete", location: modelPage);
        var left = await LoadAsync(id);
        Assert.Equal((1, 1), (left.Phases.Count, left.DecisionPoints.Count));
    }

    [Fact]
    public async Task An_unused_model_is_deleted_with_its_phases_and_decision_points()
    {
        var (tenant, client) = await app.AdminAsync();
        var id = await CreateModelAsync(client, tenant, "Kortlivad modell");
        var modelPage = $"{List(tenant)}/{id}";
        await AddPhaseAsync(client, modelPage, 1, "Enda fasen");
        var phaseId = (await LoadAsync(id)).Phases.Single().Id;
        await AddPointAsync(client, modelPage, "B1", "Enda beslutet", 1, phaseId);
        var version = (await LoadAsync(id)).Version;
        await client.PostRedirectsAsync(modelPage, new() { ["version"] = version.ToString() }, handler: "Delete", location: List(tenant));
        Assert.Null(await app.FindAsync<ProjectModel>(id));
        Assert.Equal(0, await app.WithDbAsync(db => db.DecisionPoints.IgnoreQueryFilters().CountAsync(d => d.ProjectModelId == id)));
    }

    [Fact]
    public async Task A_phase_is_renamed_and_reordered()
    {
        var (tenant, client) = await app.AdminAsync();
        var id = await CreateModelAsync(client, tenant, "Ordningsmodellen");
        var modelPage = $"{List(tenant)}/{id}";
        await AddPhaseAsync(client, modelPage, 1, "Första");
        await AddPhaseAsync(client, modelPage, 2, "Andra");
        var first = (await LoadAsync(id)).Phases[0];
        await client.PostRedirectsAsync($"{modelPage}/faser/{first.Id}", new() { ["Input.Order"] = "3", ["Input.Name"] = "Tredje", ["Input.Version"] = first.Version.ToString() }, location: modelPage);
        Assert.Equal(["Andra", "Tredje"], (await LoadAsync(id)).Phases.Select(p => p.Name));
        var taken = await client.PostRefusedAsync($"{modelPage}/faser/{first.Id}", new() { ["Input.Order"] = "3", ["Input.Name"] = "andra", ["Input.Version"] = (await app.VersionAsync<ProjectPhase>(first.Id)).ToString() });
        Assert.Contains("Det finns redan en fas med det namnet i projektmodellen.", taken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phase_or_decision_point_of_another_model_is_not_found_under_this_one()
    {
        var (tenant, client) = await app.AdminAsync();
        var a = await CreateModelAsync(client, tenant, "Modell A");
        var b = await CreateModelAsync(client, tenant, "Modell B");
        await AddPhaseAsync(client, $"{List(tenant)}/{b}", 1, "B:s fas");
        await AddPointAsync(client, $"{List(tenant)}/{b}", "BP1", "B:s beslut", 1);
        var modelB = await LoadAsync(b);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{List(tenant)}/{a}/faser/{modelB.Phases[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{List(tenant)}/{a}/beslutspunkter/{modelB.DecisionPoints[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{List(tenant)}/999999")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectModelSqliteTests(SqliteApp app) : ProjectModelTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectModelPostgresTests(PostgresApp app) : ProjectModelTests(app);
