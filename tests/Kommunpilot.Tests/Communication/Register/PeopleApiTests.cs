using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Register;

/// <summary>The responsible people through the API: /api/communication-people.</summary>
public abstract class PeopleApiTests(AppFactory app)
{
    private const string People = "/api/communication-people";
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    [Fact]
    public async Task People_are_listed_created_changed_and_deleted()
    {
        var ctx = await app.NewPlanContextAsync();
        var api = await app.BearerClientAsync(ctx.Tenant);
        var list = (await api.GetFromJsonAsync<List<PersonDto>>($"{People}?organizationId={ctx.Tenant.OrganizationId}", Web))!;
        Assert.Equal(2, list.Count);
        Assert.StartsWith("Kommunikatör", list[0].Name, StringComparison.Ordinal);

        var created = await api.PostAsJsonAsync(People, new { name = "Åsa Öberg", title = "Kommunikatör", email = "asa@kommun.example", userId = ctx.Tenant.UserId });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = (await created.Content.ReadFromJsonAsync<PersonDto>(Web))!;
        Assert.Equal($"{People}/{person.Id}", created.Headers.Location!.OriginalString);
        var stored = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal((ctx.Tenant.OrganizationId, ctx.Tenant.UserId), (stored.OrganizationId, stored.UserId));
        Assert.False(string.IsNullOrEmpty(stored.CalendarToken));
        // Swedish order: Å and Ö after K and P.
        Assert.Equal("Åsa Öberg", (await api.GetFromJsonAsync<List<PersonDto>>(People, Web))!.Last().Name);

        var changed = await api.PutAsJsonAsync($"{People}/{person.Id}", new { name = "Åsa Öberg", title = "Kommunikationschef", version = person.Version });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var updated = (await changed.Content.ReadFromJsonAsync<PersonDto>(Web))!;
        Assert.Equal(("Kommunikationschef", (string?)null), (updated.Title, updated.Email));

        var stale = await (await api.PutAsJsonAsync($"{People}/{person.Id}", new { name = "Åsa", version = person.Version })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Kommunikationschef", stale.GetProperty("current").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{People}/{person.Id}?version={person.Version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{People}/{person.Id}?version={updated.Version}")).StatusCode);
        await (await api.GetAsync($"{People}/{person.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_person_responsible_for_activities_is_not_deleted()
    {
        var ctx = await app.NewPlanContextAsync();
        var api = await app.BearerClientAsync(ctx.Tenant);
        var (leader, _) = await app.PeopleOfAsync(ctx.PlanId);
        var person = (await api.GetFromJsonAsync<PersonDto>($"{People}/{leader}", Web))!;
        var problem = await (await api.DeleteAsync($"{People}/{leader}?version={person.Version}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Personen är ansvarig för aktiviteter och kan inte tas bort.", problem.GetProperty("title").GetString());
        Assert.Equal(2, problem.GetProperty("activityCount").GetInt32());
        var plan = problem.GetProperty("plans")[0];
        Assert.Equal((ctx.PlanId, 2), (plan.GetProperty("planId").GetInt32(), plan.GetProperty("activities").GetInt32()));
        Assert.Contains("2 aktiviteter", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.Id == leader)));
    }

    [Fact]
    public async Task Bad_people_are_refused_with_swedish_messages()
    {
        var ctx = await app.NewPlanContextAsync();
        var api = await app.BearerClientAsync(ctx.Tenant);
        var (leader, _) = await app.PeopleOfAsync(ctx.PlanId);
        var leaderName = (await api.GetFromJsonAsync<PersonDto>($"{People}/{leader}", Web))!.Name;

        string First(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
        Assert.Equal("Ange personens namn.", First(await (await api.PostAsJsonAsync(People, new { title = "Utan namn" })).ProblemAsync(HttpStatusCode.BadRequest), "name"));
        Assert.Equal($"Det finns redan en ansvarig som heter {leaderName} i organisationen.",
            First(await (await api.PostAsJsonAsync(People, new { name = leaderName })).ProblemAsync(HttpStatusCode.BadRequest), "name"));
        Assert.Equal("Ange en giltig e-postadress, till exempel namn@kommun.se.",
            First(await (await api.PostAsJsonAsync(People, new { name = "Bo", email = "bo.kommun" })).ProblemAsync(HttpStatusCode.BadRequest), "email"));
        Assert.Equal("Namnet får vara högst 200 tecken.",
            First(await (await api.PostAsJsonAsync(People, new { name = new string('n', 201) })).ProblemAsync(HttpStatusCode.BadRequest), "name"));
        var stranger = await app.NewTenantAsync(OrganizationRole.Editor);
        Assert.Equal("Välj en användare som är medlem i organisationen.",
            First(await (await api.PostAsJsonAsync(People, new { name = "Bo", userId = stranger.UserId })).ProblemAsync(HttpStatusCode.BadRequest), "userId"));
        Assert.Equal("Okänd organisation: du är inte medlem i den.",
            First(await (await api.PostAsJsonAsync(People, new { name = "Bo", organizationId = stranger.OrganizationId })).ProblemAsync(HttpStatusCode.BadRequest), "organizationId"));
        Assert.Equal("Okänd organisation: du är inte medlem i den.",
            First(await (await api.GetAsync($"{People}?organizationId={stranger.OrganizationId}")).ProblemAsync(HttpStatusCode.BadRequest), "organizationId"));
        await (await api.GetAsync($"{People}?organizationId=fem")).ProblemAsync(HttpStatusCode.BadRequest);
        var moved = await api.PutAsJsonAsync($"{People}/{leader}", new { name = leaderName, organizationId = stranger.OrganizationId, version = Guid.NewGuid() });
        Assert.Equal("En ansvarig kan inte flyttas till en annan organisation.", First(await moved.ProblemAsync(HttpStatusCode.BadRequest), "organizationId"));
        Assert.Equal(2, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == ctx.Tenant.OrganizationId)));
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_tenant_404()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var reader = await app.BearerClientAsync(ctx.Tenant);
        var (leader, _) = await app.PeopleOfAsync(ctx.PlanId);
        var person = (await reader.GetFromJsonAsync<PersonDto>($"{People}/{leader}", Web))!;
        await (await reader.PostAsJsonAsync(People, new { name = "Ny" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reader.PutAsJsonAsync($"{People}/{leader}", new { name = "Nytt namn", version = person.Version })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reader.DeleteAsync($"{People}/{leader}?version={person.Version}")).ProblemAsync(HttpStatusCode.Forbidden);

        var other = await app.NewTenantAsync(OrganizationRole.Administrator);
        var stranger = await app.BearerClientAsync(other);
        Assert.Empty((await stranger.GetFromJsonAsync<List<PersonDto>>(People, Web))!);
        await (await stranger.GetAsync($"{People}/{leader}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync($"{People}/{leader}", new { name = "Kapad", version = person.Version })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{People}/{leader}?version={person.Version}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(person.Name, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.Id == leader).Select(p => p.Name).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeopleApiSqliteTests(SqliteApp app) : PeopleApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeopleApiPostgresTests(PostgresApp app) : PeopleApiTests(app);
