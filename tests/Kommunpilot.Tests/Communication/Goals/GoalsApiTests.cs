using System.Net;
using System.Net.Http.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Goals;

/// <summary>The API of goals, measurable goals and messages under /api/communication-plans/{id}.</summary>
public abstract class GoalsApiTests(AppFactory app)
{
    [Fact]
    public async Task Goals_are_listed_added_changed_and_deleted()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var list = await (await ctx.Api.GetAsync(ctx.ApiUrl("goals"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Know", "Feel", "Do"], list.EnumerateArray().Select(g => g.GetProperty("aspect").GetString()));

        var created = await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("goals"), new { stakeholderId = ids.Core, aspect = "Feel", text = " Känna förtroende. " });
        var goal = await created.JsonAsync(HttpStatusCode.Created);
        var id = goal.GetProperty("id").GetInt32();
        Assert.Equal($"/api/communication-plans/{ctx.PlanId}/goals/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(("Känna förtroende.", ids.Core, 4), (goal.GetProperty("text").GetString(), goal.GetProperty("stakeholderId").GetInt32(), goal.GetProperty("order").GetInt32()));

        var changed = await (await ctx.Api.PutAsJsonAsync(ctx.ApiUrl("goals", id), new { aspect = "Do", text = "Delta.", version = goal.GetProperty("version").GetGuid() }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Do", true, 4), (changed.GetProperty("aspect").GetString(), changed.GetProperty("stakeholderId").ValueKind == System.Text.Json.JsonValueKind.Null, changed.GetProperty("order").GetInt32()));
        Assert.NotEqual(goal.GetProperty("version").GetGuid(), changed.GetProperty("version").GetGuid());

        var noVersion = await ctx.Api.DeleteAsync(ctx.ApiUrl("goals", id));
        Assert.Contains("Ange den version du läste", (await noVersion.ErrorsAsync("version"))[0], StringComparison.Ordinal);
        await (await ctx.Api.DeleteAsync(ctx.ApiUrl("goals", id) + "?version=" + changed.GetProperty("version").GetGuid())).JsonAsync(HttpStatusCode.NoContent);
        Assert.False(await app.ExistsAsync<CommunicationGoal>(id));
        await (await ctx.Api.GetAsync(ctx.ApiUrl("goals", id))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_target_group_of_another_plan_is_not_found_and_bad_input_is_named_in_swedish()
    {
        var ctx = await app.NewPlanContextAsync();
        var other = await app.NewPlanAsync(ctx.Tenant.OrganizationId, ctx.ProjectId);
        var foreign = await app.IdsAsync(other);
        var own = await app.IdsAsync(ctx.PlanId);

        var goal = await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("goals"), new { stakeholderId = foreign.Core, aspect = "Know", text = "Veta." }))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("Målgruppen finns inte i planen", goal.GetProperty("title").GetString(), StringComparison.Ordinal);
        await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("messages"), new { text = "Budskap", stakeholderIds = new[] { own.Core, foreign.Primary } }))
            .ProblemAsync(HttpStatusCode.NotFound);
        // An item of another plan, through this plan's address.
        await (await ctx.Api.PutAsJsonAsync(ctx.ApiUrl("goals", await FirstGoalAsync(other)), new { aspect = "Know", text = "X", version = Guid.NewGuid() }))
            .ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal("Veta, känna eller göra måste anges.", (await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("goals"), new { text = "Utan aspekt" })).ErrorsAsync("aspect"))[0]);
        Assert.Contains("Giltiga värden: Know, Feel, Do", (await (await ctx.Api.PostAsync(ctx.ApiUrl("goals"), ApiTestData.Json("""{"aspect":"Tycka","text":"x"}"""))).ErrorsAsync("aspect"))[0], StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.CommunicationGoals.IgnoreQueryFilters().CountAsync(g => g.PlanId == ctx.PlanId)));
    }

    [Fact]
    public async Task Measurable_goal_rules_hold_in_the_api()
    {
        var ctx = await app.NewPlanContextAsync();
        Assert.StartsWith("Ett kvantitativt mål behöver ett målvärde", (await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("measurable-goals"),
            new { text = "Många besökare", kind = "Quantitative", unit = "besökare" })).ErrorsAsync("target"))[0], StringComparison.Ordinal);
        Assert.Equal("Framsteget kan inte vara negativt.", (await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("measurable-goals"),
            new { text = "Besökare", kind = "Quantitative", target = 100, manualProgress = -5 })).ErrorsAsync("manualProgress"))[0]);
        var qualitative = await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("measurable-goals"), new { text = "Pressen", kind = "Qualitative", target = 1, unit = "artiklar" });
        Assert.StartsWith("Ett kvalitativt mål har ingen enhet", (await qualitative.ErrorsAsync("unit"))[0], StringComparison.Ordinal);

        var created = await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("measurable-goals"),
            new { text = "100 unika besökare", kind = "Quantitative", target = 100, unit = "unika besökare", manualProgress = 40, deadline = "2023-12-31" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal((40m, 40m, "2023-12-31"), (created.GetProperty("progress").GetDecimal(), created.GetProperty("manualProgress").GetDecimal(), created.GetProperty("deadline").GetString()));
    }

    [Fact]
    public async Task Messages_need_content_and_a_free_number()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        Assert.Equal("Skriv budskapet, eller minst en av delarna varför, vad, känsla och hur.",
            (await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("messages"), new { number = 3, clarification = "Bara förtydligande" })).ErrorsAsync("text"))[0]);
        Assert.StartsWith("Nummer 1 används redan",
            (await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("messages"), new { number = 1, text = "Igen" })).ErrorsAsync("number"))[0], StringComparison.Ordinal);

        var created = await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("messages"),
            new { number = 11, priority = "Secondary", text = "Projektet är bra sammanhållet.", stakeholderIds = new[] { ids.Secondary, ids.Primary } }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal(new[] { ids.Primary, ids.Secondary }.Order(), created.GetProperty("stakeholderIds").EnumerateArray().Select(e => e.GetInt32()));
        var toAll = await (await ctx.Api.PostAsync(ctx.ApiUrl("messages"), ApiTestData.Json("""{"why":"För att klara välfärdsutmaningen.","stakeholderIds":null}""")))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Empty(toAll.GetProperty("stakeholderIds").EnumerateArray());
        Assert.Equal("Budskap får ha högst 2000 tecken.", (await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("messages"), new { text = new string('b', 2001) })).ErrorsAsync("text"))[0]);
        var list = await (await ctx.Api.GetAsync(ctx.ApiUrl("messages"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([1, 11], list.EnumerateArray().Where(m => m.GetProperty("number").ValueKind == System.Text.Json.JsonValueKind.Number).Select(m => m.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task A_stale_version_gives_409_with_the_stored_item_and_nothing_is_overwritten()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var read = await (await ctx.Api.GetAsync(ctx.ApiUrl("messages", ids.NumberedMessage))).JsonAsync(HttpStatusCode.OK);
        await app.ChangeAsync<PlanMessage>(ids.NumberedMessage, m => m.Text = "Deras text");

        var conflict = await (await ctx.Api.PutAsJsonAsync(ctx.ApiUrl("messages", ids.NumberedMessage),
            new { number = 1, priority = "Core", text = "Min text", version = read.GetProperty("version").GetGuid() })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Deras text", conflict.GetProperty("current").GetProperty("text").GetString());
        var current = conflict.GetProperty("currentVersion").GetGuid();
        Assert.Equal(current, conflict.GetProperty("current").GetProperty("version").GetGuid());
        Assert.Equal("Deras text", (await app.StoredAsync<PlanMessage>(ids.NumberedMessage)).Text);
        await (await ctx.Api.DeleteAsync(ctx.ApiUrl("messages", ids.NumberedMessage) + "?version=" + read.GetProperty("version").GetGuid())).ProblemAsync(HttpStatusCode.Conflict);

        // Sent again with the current version, it is a deliberate overwrite.
        var saved = await (await ctx.Api.PutAsJsonAsync(ctx.ApiUrl("messages", ids.NumberedMessage), new { number = 1, priority = "Core", text = "Min text", version = current }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Min text", saved.GetProperty("text").GetString());

        var goal = await (await ctx.Api.GetAsync(ctx.ApiUrl("measurable-goals", ids.Conferences))).JsonAsync(HttpStatusCode.OK);
        await app.ChangeAsync<MeasurableGoal>(ids.Conferences, g => g.ManualProgress = 1);
        await (await ctx.Api.PutAsJsonAsync(ctx.ApiUrl("measurable-goals", ids.Conferences),
            new { text = "Två konferenser", kind = "Quantitative", target = 2, version = goal.GetProperty("version").GetGuid() })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_reader_may_read_but_not_write_and_another_tenant_gets_404()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var ids = await app.IdsAsync(ctx.PlanId);
        await (await ctx.Api.GetAsync(ctx.ApiUrl("goals"))).JsonAsync(HttpStatusCode.OK);
        await (await ctx.Api.PostAsJsonAsync(ctx.ApiUrl("goals"), new { aspect = "Know", text = "Läsaren" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await ctx.Api.PutAsJsonAsync(ctx.ApiUrl("measurable-goals", ids.Conferences), new { text = "X", kind = "Qualitative", version = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await ctx.Api.DeleteAsync(ctx.ApiUrl("messages", ids.NumberedMessage) + "?version=" + Guid.NewGuid())).ProblemAsync(HttpStatusCode.Forbidden);

        var stranger = await app.NewPlanContextAsync();
        foreach (var part in new[] { "goals", "measurable-goals", "messages" })
        {
            await (await stranger.Api.GetAsync(ctx.ApiUrl(part))).ProblemAsync(HttpStatusCode.NotFound);
            await (await stranger.Api.PostAsJsonAsync(ctx.ApiUrl(part), new { text = "Främling" })).ProblemAsync(HttpStatusCode.NotFound);
        }
        await (await stranger.Api.PutAsJsonAsync(ctx.ApiUrl("messages", ids.NumberedMessage), new { text = "Främling", version = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Api.DeleteAsync(ctx.ApiUrl("measurable-goals", ids.Conferences) + "?version=" + Guid.NewGuid())).ProblemAsync(HttpStatusCode.NotFound);
        // The stranger's own target group cannot be used in this plan, nor this plan's in the stranger's.
        var theirs = await app.IdsAsync(stranger.PlanId);
        await (await stranger.Api.PostAsJsonAsync(stranger.ApiUrl("goals"), new { stakeholderId = ids.Core, aspect = "Know", text = "Veta." })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.True(await app.ExistsAsync<Stakeholder>(theirs.Core));
        Assert.Equal(3, await app.WithDbAsync(db => db.CommunicationGoals.IgnoreQueryFilters().CountAsync(g => g.PlanId == ctx.PlanId)));
    }

    private Task<int> FirstGoalAsync(int planId) =>
        app.WithDbAsync(db => db.CommunicationGoals.IgnoreQueryFilters().Where(g => g.PlanId == planId).Select(g => g.Id).FirstAsync());
}

[Collection(SqliteCollection.Name)]
public sealed class GoalsApiSqliteTests(SqliteApp app) : GoalsApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GoalsApiPostgresTests(PostgresApp app) : GoalsApiTests(app);
