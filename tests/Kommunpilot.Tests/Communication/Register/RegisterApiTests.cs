using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Register;

/// <summary>The register through the API: /api/communication-plans/{id}/target-groups, /channels, /risks.</summary>
public abstract class RegisterApiTests(AppFactory app)
{
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    private async Task<(RegisterContext Ctx, HttpClient Api)> ApiAsync(OrganizationRole role = OrganizationRole.Editor)
    {
        var ctx = await app.NewPlanContextAsync(role);
        return (ctx, await app.BearerClientAsync(ctx.Tenant));
    }

    private static object Group(string name = "Kontaktcenter", string? priority = "Primary", Guid? version = null) => new
    {
        name,
        audience = "Internal",
        priority,
        prioritisedIfDecided = false,
        description = "Svarar på frågor från medborgare.",
        why = "De möter medborgarna.",
        influence = "Low",
        interest = "High",
        passesOn = true,
        passesOnTo = "Medborgare",
        version,
    };

    [Fact]
    public async Task Target_groups_are_listed_created_changed_and_deleted()
    {
        var (ctx, api) = await ApiAsync();
        var list = (await api.GetFromJsonAsync<List<StakeholderDto>>(ctx.Api("target-groups"), Web))!;
        Assert.Equal(["Styrgruppen", "Medarbetare", "Allmänheten"], list.Select(s => s.Name));
        Assert.Equal(StakeholderPriority.Core, list[0].Priority);

        var created = await api.PostAsJsonAsync(ctx.Api("target-groups"), Group());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var group = (await created.Content.ReadFromJsonAsync<StakeholderDto>(Web))!;
        Assert.Equal(ctx.Api("target-groups", group.Id), created.Headers.Location!.OriginalString);
        Assert.Equal(("Kontaktcenter", StakeholderPriority.Primary, Level.High, true, "Medborgare", 4), (group.Name, group.Priority!.Value, group.Interest!.Value, group.PassesOn, group.PassesOnTo, group.Order));

        var changed = await api.PutAsJsonAsync(ctx.Api("target-groups", group.Id), Group(name: "Kontaktcenter Lekeberg", priority: null, version: group.Version));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var updated = (await changed.Content.ReadFromJsonAsync<StakeholderDto>(Web))!;
        Assert.Equal(("Kontaktcenter Lekeberg", (StakeholderPriority?)null, 4), (updated.Name, updated.Priority, updated.Order));
        Assert.NotEqual(group.Version, updated.Version);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ctx.Api("target-groups", group.Id)}?version={updated.Version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(ctx.Api("target-groups", group.Id))).StatusCode);
    }

    [Fact]
    public async Task Bad_target_groups_are_refused_with_swedish_messages_per_field()
    {
        var (ctx, api) = await ApiAsync();
        var missing = await (await api.PostAsJsonAsync(ctx.Api("target-groups"), new { description = "Utan namn" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Ange målgruppens namn.", missing.GetProperty("errors").GetProperty("name")[0].GetString());

        var duplicate = await (await api.PostAsJsonAsync(ctx.Api("target-groups"), Group(name: "STYRGRUPPEN"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Det finns redan en målgrupp som heter STYRGRUPPEN i planen.", duplicate.GetProperty("errors").GetProperty("name")[0].GetString());

        var tooLong = await (await api.PostAsJsonAsync(ctx.Api("target-groups"), new { name = new string('n', 201), why = new string('w', 2001) })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Namnet får vara högst 200 tecken.", tooLong.GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("Motiveringen får vara högst 2 000 tecken.", tooLong.GetProperty("errors").GetProperty("why")[0].GetString());

        var enumName = await (await api.PostAsync(ctx.Api("target-groups"), ApiTestData.Json("""{"name":"Ny","priority":"Viktigast"}"""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Giltiga värden: Core, Primary, Secondary", enumName.GetProperty("errors").GetProperty("priority")[0].GetString(), StringComparison.Ordinal);
        var enumNumber = await (await api.PostAsync(ctx.Api("target-groups"), ApiTestData.Json("""{"name":"Ny","influence":7}"""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Inflytande har ett okänt värde. Giltiga värden: Low, Medium, High.", enumNumber.GetProperty("errors").GetProperty("influence")[0].GetString());

        var condition = await (await api.PostAsJsonAsync(ctx.Api("target-groups"), new { name = "NLU", prioritisedIfDecided = true })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.StartsWith("Skriv vilket beslut", condition.GetProperty("errors").GetProperty("condition")[0].GetString(), StringComparison.Ordinal);
        var control = await (await api.PostAsJsonAsync(ctx.Api("target-groups"), new { name = "Noll\u0000tecken" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Namn innehåller ett otillåtet styrtecken.", control.GetProperty("errors").GetProperty("name")[0].GetString());
        await (await api.PostAsync(ctx.Api("target-groups"), ApiTestData.Json("{\"name\":"))).ProblemAsync(HttpStatusCode.BadRequest);

        var id = await app.StakeholderIdAsync(ctx.PlanId, "Medarbetare");
        var noVersion = await (await api.PutAsJsonAsync(ctx.Api("target-groups", id), Group(name: "Medarbetare"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(noVersion.GetProperty("errors").TryGetProperty("version", out _));
        var badVersion = await (await api.DeleteAsync($"{ctx.Api("target-groups", id)}?version=gammal")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badVersion.GetProperty("errors").TryGetProperty("version", out _));
        Assert.Equal(3, (await app.StakeholderNamesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task A_stale_version_gives_409_with_the_stored_values_and_overwrites_nothing()
    {
        var (ctx, api) = await ApiAsync();
        var read = (await api.GetFromJsonAsync<List<StakeholderDto>>(ctx.Api("target-groups"), Web))!.Single(s => s.Name == "Allmänheten");
        var first = await api.PutAsJsonAsync(ctx.Api("target-groups", read.Id), Group(name: "Allmänheten", priority: "Secondary", version: read.Version));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var second = await api.PutAsJsonAsync(ctx.Api("target-groups", read.Id), Group(name: "Invånarna", priority: "Secondary", version: read.Version));
        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Målgruppen har ändrats av någon annan.", problem.GetProperty("title").GetString());
        Assert.Equal("Allmänheten", problem.GetProperty("current").GetProperty("name").GetString());
        var change = problem.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "name");
        Assert.Equal(("Invånarna", "Allmänheten"), (change.GetProperty("sent").GetString(), change.GetProperty("stored").GetString()));
        var current = problem.GetProperty("currentVersion").GetGuid();

        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{ctx.Api("target-groups", read.Id)}?version={read.Version}")).StatusCode);
        Assert.Contains("Allmänheten", await app.StakeholderNamesAsync(ctx.PlanId));
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync(ctx.Api("target-groups", read.Id), Group(name: "Invånarna", priority: "Secondary", version: current))).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_target_group_removes_its_links_and_goals_but_keeps_the_activities_and_messages()
    {
        var (ctx, api) = await ApiAsync();
        var core = (await api.GetFromJsonAsync<List<StakeholderDto>>(ctx.Api("target-groups"), Web))!.Single(s => s.Name == "Styrgruppen");
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ctx.Api("target-groups", core.Id)}?version={core.Version}")).StatusCode);
        var (activities, messages, activityLinks, messageLinks) = await app.WithDbAsync(async db => (
            await db.PlanActivities.IgnoreQueryFilters().CountAsync(a => a.PlanId == ctx.PlanId),
            await db.PlanMessages.IgnoreQueryFilters().CountAsync(m => m.PlanId == ctx.PlanId),
            await db.ActivityStakeholders.CountAsync(a => a.StakeholderId == core.Id),
            await db.MessageStakeholders.CountAsync(m => m.StakeholderId == core.Id)));
        Assert.Equal((3, 2, 0, 0), (activities, messages, activityLinks, messageLinks));
    }

    [Fact]
    public async Task Channels_and_risks_are_written_with_the_same_rules()
    {
        var (ctx, api) = await ApiAsync();
        var channel = await api.PostAsJsonAsync(ctx.Api("channels"), new { name = "Intranätet", description = "Nyheter", audience = "Internal", responsibleRole = "Kommunikatör" });
        Assert.Equal(HttpStatusCode.Created, channel.StatusCode);
        var dto = (await channel.Content.ReadFromJsonAsync<ChannelDto>(Web))!;
        Assert.Equal(("Intranätet", "Kommunikatör", 3), (dto.Name, dto.ResponsibleRole, dto.Order));
        var duplicate = await (await api.PostAsJsonAsync(ctx.Api("channels"), new { name = "nyhetsbrev" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Det finns redan en kanal som heter nyhetsbrev i planen.", duplicate.GetProperty("errors").GetProperty("name")[0].GetString());
        var badAudience = await (await api.PostAsync(ctx.Api("channels"), ApiTestData.Json("""{"name":"Ny","audience":"Båda"}"""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badAudience.GetProperty("errors").TryGetProperty("audience", out _));

        var newsletter = (await api.GetFromJsonAsync<List<ChannelDto>>(ctx.Api("channels"), Web))!.Single(c => c.Name == "Nyhetsbrev");
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ctx.Api("channels", newsletter.Id)}?version={newsletter.Version}")).StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.PlanActivities.IgnoreQueryFilters().CountAsync(a => a.PlanId == ctx.PlanId)));

        var risk = await api.PostAsJsonAsync(ctx.Api("risks"), new { description = "Låg uppslutning", likelihood = "Medium", consequence = "Low", mitigation = "Påminnelser" });
        Assert.Equal(HttpStatusCode.Created, risk.StatusCode);
        var stored = (await risk.Content.ReadFromJsonAsync<RiskDto>(Web))!;
        Assert.Equal((Level.Medium, Level.Low), (stored.Likelihood!.Value, stored.Consequence!.Value));
        var noDescription = await (await api.PostAsJsonAsync(ctx.Api("risks"), new { likelihood = "High" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Beskriv risken.", noDescription.GetProperty("errors").GetProperty("description")[0].GetString());
        var badLevel = await (await api.PostAsync(ctx.Api("risks"), ApiTestData.Json("""{"description":"X","consequence":"Katastrof"}"""))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(badLevel.GetProperty("errors").TryGetProperty("consequence", out _));
        var changed = await api.PutAsJsonAsync(ctx.Api("risks", stored.Id), new { description = "Låg uppslutning på mötena", likelihood = "High", consequence = "High", version = stored.Version });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync(ctx.Api("risks", stored.Id), new { description = "Annat", version = stored.Version })).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_register_endpoints()
    {
        var json = await app.NewClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/communication-plans/{id}/target-groups", "/api/communication-plans/{id}/channels/{itemId}", "/api/communication-plans/{id}/risks", "/api/communication-people/{id}" })
        {
            Assert.Contains($"\"{path}\"", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_tenant_404()
    {
        var (ctx, reader) = await ApiAsync(OrganizationRole.Reader);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(ctx.Api("target-groups"))).StatusCode);
        var group = (await reader.GetFromJsonAsync<List<StakeholderDto>>(ctx.Api("target-groups"), Web))![0];
        foreach (var part in new[] { "target-groups", "channels", "risks" })
        {
            await (await reader.PostAsJsonAsync(ctx.Api(part), new { name = "Ny", description = "Ny" })).ProblemAsync(HttpStatusCode.Forbidden);
        }
        await (await reader.PutAsJsonAsync(ctx.Api("target-groups", group.Id), Group(version: group.Version))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await reader.DeleteAsync($"{ctx.Api("target-groups", group.Id)}?version={group.Version}")).ProblemAsync(HttpStatusCode.Forbidden);

        var (other, stranger) = await ApiAsync();
        foreach (var part in new[] { "target-groups", "channels", "risks" })
        {
            await (await stranger.GetAsync(ctx.Api(part))).ProblemAsync(HttpStatusCode.NotFound);
            await (await stranger.PostAsJsonAsync(ctx.Api(part), new { name = "Ny", description = "Ny" })).ProblemAsync(HttpStatusCode.NotFound);
        }
        await (await stranger.PutAsJsonAsync(ctx.Api("target-groups", group.Id), Group(version: group.Version))).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{ctx.Api("target-groups", group.Id)}?version={group.Version}")).ProblemAsync(HttpStatusCode.NotFound);
        // Their own plan with the other's item id: not found either.
        await (await stranger.GetAsync(other.Api("target-groups", group.Id))).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(3, (await app.StakeholderNamesAsync(ctx.PlanId)).Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RegisterApiSqliteTests(SqliteApp app) : RegisterApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RegisterApiPostgresTests(PostgresApp app) : RegisterApiTests(app);
