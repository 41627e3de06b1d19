using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Organizations;

/// <summary>Decision bodies (nämnder, styrgrupper) and programmes or directives.</summary>
public abstract class DecisionBodyAndProgrammeTests(AppFactory app)
{
    [Fact]
    public async Task A_decision_body_is_added_renamed_and_deleted()
    {
        var (tenant, client) = await app.AdminAsync();
        var list = $"/organisation/{tenant.OrganizationId}/beslutsorgan";
        await client.PostRedirectsAsync(list, new() { ["New.Name"] = "Servicenämnden" }, location: list);
        var body = await app.WithDbAsync(db => db.DecisionBodies.IgnoreQueryFilters().SingleAsync(d => d.OrganizationId == tenant.OrganizationId));
        Assert.Contains("Servicenämnden", await client.HtmlAsync(list), StringComparison.Ordinal);

        var page = $"{list}/{body.Id}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Styrgruppen för samordnad service", ["Input.Version"] = body.Version.ToString() }, location: list);
        var renamed = await app.FindAsync<DecisionBody>(body.Id);
        Assert.Equal("Styrgruppen för samordnad service", renamed!.Name);

        await client.PostRedirectsAsync(page, new() { ["version"] = renamed.Version.ToString() }, handler: "Delete", location: list);
        Assert.Null(await app.FindAsync<DecisionBody>(body.Id));
        Assert.Contains("Beslutsorganet är borttaget.", await client.HtmlAsync(list), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_decision_body_input_is_refused_in_swedish()
    {
        var (tenant, client) = await app.AdminAsync();
        var list = $"/organisation/{tenant.OrganizationId}/beslutsorgan";
        await app.AddAsync(new DecisionBody { OrganizationId = tenant.OrganizationId, Name = "Kommunstyrelsen" });
        Assert.Contains("Ange ett namn.", await client.PostRefusedAsync(list, new() { ["New.Name"] = " " }), StringComparison.Ordinal);
        Assert.Contains("Namnet får vara högst 200 tecken.", await client.PostRefusedAsync(list, new() { ["New.Name"] = AdminTestData.Long(201) }), StringComparison.Ordinal);
        Assert.Contains("Det finns redan ett beslutsorgan med det namnet.", await client.PostRefusedAsync(list, new() { ["New.Name"] = "kommunstyrelsen" }), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.DecisionBodies.IgnoreQueryFilters().CountAsync(d => d.OrganizationId == tenant.OrganizationId)));
    }

    [Fact]
    public async Task A_stale_decision_body_rename_shows_a_conflict_and_keeps_the_stored_name()
    {
        var (tenant, client) = await app.AdminAsync();
        var body = await app.AddAsync(new DecisionBody { OrganizationId = tenant.OrganizationId, Name = "Socialnämnden" });
        var page = $"/organisation/{tenant.OrganizationId}/beslutsorgan/{body.Id}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Vård- och omsorgsnämnden", ["Input.Version"] = body.Version.ToString() });
        var html = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Äldrenämnden", ["Input.Version"] = body.Version.ToString() });
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Äldrenämnden\"", html, StringComparison.Ordinal);
        Assert.Equal("Vård- och omsorgsnämnden", (await app.FindAsync<DecisionBody>(body.Id))!.Name);
    }

    [Fact]
    public async Task Saving_a_record_someone_else_deleted_keeps_the_users_input_and_says_so()
    {
        var (tenant, client) = await app.AdminAsync();
        var body = await app.AddAsync(new DecisionBody { OrganizationId = tenant.OrganizationId, Name = "Tillfälliga styrgruppen" });
        var page = $"/organisation/{tenant.OrganizationId}/beslutsorgan/{body.Id}";
        await client.GetAsync(page);
        await client.PostRedirectsAsync(page, new() { ["version"] = body.Version.ToString() }, handler: "Delete");
        // Posted to the deleted record's page: the form comes back with what was typed.
        var response = await client.PostFormAsync($"/organisation/{tenant.OrganizationId}/beslutsorgan", new() { ["Input.Name"] = "Mitt nya namn", ["Input.Version"] = body.Version.ToString() }, action: page);
        var html = await response.BodyAsync(System.Net.HttpStatusCode.NotFound);
        Assert.Contains("Posten har tagits bort av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mitt nya namn\"", html, StringComparison.Ordinal);
        Assert.Null(await app.FindAsync<DecisionBody>(body.Id));
    }

    [Fact]
    public async Task A_programme_or_directive_is_added_with_its_kind_and_renamed()
    {
        var (tenant, client) = await app.AdminAsync();
        var list = $"/organisation/{tenant.OrganizationId}/program";
        await client.PostRedirectsAsync(list, new() { ["New.Name"] = "Projektdirektiv Samordnad service", ["New.Kind"] = "Directive" }, location: list);
        var programme = await app.WithDbAsync(db => db.Programmes.IgnoreQueryFilters().SingleAsync(p => p.OrganizationId == tenant.OrganizationId));
        Assert.Equal(ProgrammeKind.Directive, programme.Kind);
        var html = await client.HtmlAsync(list);
        Assert.Contains("Direktiv", html, StringComparison.Ordinal);

        var page = $"{list}/{programme.Id}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Digitaliseringsprogrammet", ["Input.Kind"] = "Programme", ["Input.Version"] = programme.Version.ToString() }, location: list);
        var stored = await app.FindAsync<Programme>(programme.Id);
        Assert.Equal(("Digitaliseringsprogrammet", ProgrammeKind.Programme), (stored!.Name, stored.Kind));

        var stale = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Annat", ["Input.Kind"] = "Directive", ["Input.Version"] = programme.Version.ToString() });
        Assert.Contains("Ändrad av någon annan", stale, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Direktiv</td>", stale, StringComparison.Ordinal);
        Assert.Equal("Digitaliseringsprogrammet", (await app.FindAsync<Programme>(programme.Id))!.Name);
    }

    [Fact]
    public async Task Bad_programme_input_is_refused_in_swedish()
    {
        var (tenant, client) = await app.AdminAsync();
        var list = $"/organisation/{tenant.OrganizationId}/program";
        await app.AddAsync(new Programme { OrganizationId = tenant.OrganizationId, Name = "Välfärdsprogrammet" });
        Assert.Contains("Ange ett namn.", await client.PostRefusedAsync(list, new() { ["New.Name"] = "", ["New.Kind"] = "Programme" }), StringComparison.Ordinal);
        Assert.Contains("Namnet får vara högst 200 tecken.", await client.PostRefusedAsync(list, new() { ["New.Name"] = AdminTestData.Long(300), ["New.Kind"] = "Programme" }), StringComparison.Ordinal);
        Assert.Contains("Det finns redan ett program eller direktiv med det namnet.", await client.PostRefusedAsync(list, new() { ["New.Name"] = "VÄLFÄRDSPROGRAMMET", ["New.Kind"] = "Directive" }), StringComparison.Ordinal);
        Assert.Contains("Värdet &#x27;7&#x27; är inte giltigt.", await client.PostRefusedAsync(list, new() { ["New.Name"] = "Nytt", ["New.Kind"] = "7" }), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Programmes.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == tenant.OrganizationId)));
    }

    [Fact]
    public async Task A_programme_that_projects_belong_to_is_not_deleted()
    {
        var (tenant, client) = await app.AdminAsync();
        var programme = await app.AddAsync(new Programme { OrganizationId = tenant.OrganizationId, Name = "Programmet i bruk" });
        await app.AddProjectAsync(tenant.OrganizationId, p => p.ProgrammeId = programme.Id);
        var page = $"/organisation/{tenant.OrganizationId}/program/{programme.Id}";
        var html = await client.PostRefusedAsync(page, new() { ["version"] = programme.Version.ToString() }, handler: "Delete");
        Assert.Contains("1 projekt hör till programmet, så det kan inte tas bort.", html, StringComparison.Ordinal);
        Assert.NotNull(await app.FindAsync<Programme>(programme.Id));
        Assert.Contains("Testprojekt", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DecisionBodyAndProgrammeSqliteTests(SqliteApp app) : DecisionBodyAndProgrammeTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DecisionBodyAndProgrammePostgresTests(PostgresApp app) : DecisionBodyAndProgrammeTests(app);
