using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Goals;

/// <summary>The goals page (/kommunikation/{id}/mal): know/feel/do goals plan-wide and per target group, and measurable goals.</summary>
public abstract class GoalPagesTests(AppFactory app)
{
    private static Dictionary<string, string> GoalForm(string text, string aspect = "Know", string group = "") =>
        new() { ["Goal.StakeholderId"] = group, ["Goal.Aspect"] = aspect, ["Goal.Text"] = text };

    private static Dictionary<string, string> MeasurableForm(string text = "Nå 100 unika besökare", string kind = "Quantitative",
        string target = "100", string unit = "unika besökare", string progress = "", string deadline = "") =>
        new()
        {
            ["Measurable.Text"] = text, ["Measurable.Kind"] = kind, ["Measurable.Target"] = target, ["Measurable.Unit"] = unit,
            ["Measurable.ManualProgress"] = progress, ["Measurable.Deadline"] = deadline, ["Measurable.Comment"] = "",
        };

    private Task<List<CommunicationGoal>> GoalsAsync(int planId) => app.WithDbAsync(db =>
        db.CommunicationGoals.IgnoreQueryFilters().AsNoTracking().Where(g => g.PlanId == planId).OrderBy(g => g.Order).ToListAsync());

    [Fact]
    public async Task The_page_shows_plan_wide_goals_the_target_group_table_and_measurable_goals()
    {
        var ctx = await app.NewPlanContextAsync();
        var html = await (await ctx.Client.GetAsync(ctx.Url("mal"))).TextAsync();

        Assert.Contains("Kunskapsmål (veta)", html, StringComparison.Ordinal);
        Assert.Contains("Känna till varför projektet genomförs.", html, StringComparison.Ordinal);
        Assert.Contains("Motivationsmål (göra)", html, StringComparison.Ordinal);
        Assert.Contains("Vad ska målgruppen veta, känna och göra?", html, StringComparison.Ordinal);
        Assert.Contains("Vilja delta i genomförandet.", html, StringComparison.Ordinal);
        // Styrgruppen and Allmänheten have no goals of their own: visible as such.
        Assert.Equal(2, html.Split("Inga mål</span>").Length - 1);
        Assert.Contains("Projektet ska ha presenterats på två konferenser", html, StringComparison.Ordinal);
        Assert.Contains("2 konferenser", html, StringComparison.Ordinal);
        Assert.Contains("Lägg till kommunikationsmål", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_is_added_for_a_target_group_and_the_whole_plan_then_edited_and_deleted()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);

        // An empty cell's link chooses the group and the aspect in the form.
        var prefilled = await ctx.Client.GetStringAsync(ctx.Url("mal") + $"?malgrupp={ids.Core}&aspekt=Feel");
        Assert.Matches($"<option (selected=\"selected\" value=\"{ids.Core}\"|value=\"{ids.Core}\" selected=\"selected\")>Styrgruppen</option>", prefilled);
        Assert.Matches("<option (selected=\"selected\" value=\"Feel\"|value=\"Feel\" selected=\"selected\")>", prefilled);

        var added = await ctx.Client.SubmitAsync(ctx.Url("mal"), GoalForm("  Känna förtroende för projektet.  ", "Feel", ids.Core.ToString()), handler: "Goal");
        await added.AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Målet är tillagt.");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), GoalForm("Veta vad som händer i år."), handler: "Goal"))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Målet är tillagt.");

        var goals = await GoalsAsync(ctx.PlanId);
        var forCore = goals.Single(g => g.StakeholderId == ids.Core);
        Assert.Equal((GoalAspect.Feel, "Känna förtroende för projektet.", 4), (forCore.Aspect, forCore.Text, forCore.Order));
        Assert.Contains(goals, g => g.StakeholderId is null && g.Text == "Veta vad som händer i år." && g.Order == 5);

        var edit = await ctx.Client.GetStringAsync(ctx.Url("mal", forCore.Id));
        Assert.Contains("Redigera attitydmålet för Styrgruppen", edit, StringComparison.Ordinal);
        var saved = await ctx.Client.SubmitAsync(ctx.Url("mal", forCore.Id), new()
        {
            ["Input.StakeholderId"] = ids.Primary.ToString(), ["Input.Aspect"] = "Do", ["Input.Text"] = "Delta i workshoppen.",
        });
        await saved.AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Målet är sparat.");
        var stored = await app.StoredAsync<CommunicationGoal>(forCore.Id);
        Assert.Equal((ids.Primary, GoalAspect.Do, "Delta i workshoppen.", 4), (stored.StakeholderId!.Value, stored.Aspect, stored.Text, stored.Order));

        var question = await ctx.Client.GetStringAsync(ctx.Url("mal", forCore.Id) + "?ta-bort=true");
        Assert.Contains("Vill du ta bort motivationsmålet för Medarbetare?", question, StringComparison.Ordinal);
        var deleted = await ctx.Client.SubmitAsync(ctx.Url("mal", forCore.Id), [], handler: "Delete");
        await deleted.AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Målet är borttaget.");
        Assert.False(await app.ExistsAsync<CommunicationGoal>(forCore.Id));
    }

    [Fact]
    public async Task A_goal_for_a_target_group_of_another_plan_or_without_text_or_aspect_is_refused()
    {
        var ctx = await app.NewPlanContextAsync();
        var otherPlan = await app.NewPlanAsync(ctx.Tenant.OrganizationId, ctx.ProjectId);
        var foreign = (await app.IdsAsync(otherPlan)).Core;
        var before = (await GoalsAsync(ctx.PlanId)).Count;

        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), GoalForm("Veta mer.", "Know", foreign.ToString()), handler: "Goal"))
            .AssertRejectedAsync("Målgruppen finns inte i planen. Välj en av planens målgrupper.", "Veta mer.");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), GoalForm("  ", ""), handler: "Goal"))
            .AssertRejectedAsync("Skriv målet.", "Välj om målet gäller veta, känna eller göra.");
        var own = (await GoalsAsync(ctx.PlanId)).First(g => g.StakeholderId is null);
        await (await ctx.Client.SubmitAsync(ctx.Url("mal", own.Id), new() { ["Input.StakeholderId"] = foreign.ToString(), ["Input.Aspect"] = "Know", ["Input.Text"] = "X" }))
            .AssertRejectedAsync("Målgruppen finns inte i planen.");
        Assert.Equal(before, (await GoalsAsync(ctx.PlanId)).Count);
        Assert.Null((await app.StoredAsync<CommunicationGoal>(own.Id)).StakeholderId);
    }

    [Fact]
    public async Task A_measurable_goal_is_added_with_comma_decimals_and_edited()
    {
        var ctx = await app.NewPlanContextAsync();
        var added = await ctx.Client.SubmitAsync(ctx.Url("mal"), MeasurableForm(progress: "12,5", deadline: "2023-12-31"), handler: "Measurable");
        await added.AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Det mätbara målet är tillagt.");
        var goal = await app.WithDbAsync(db => db.MeasurableGoals.IgnoreQueryFilters().AsNoTracking().SingleAsync(g => g.PlanId == ctx.PlanId && g.Text == "Nå 100 unika besökare"));
        Assert.Equal((MeasureKind.Quantitative, 100m, "unika besökare", 12.5m, new DateOnly(2023, 12, 31), 3),
            (goal.Kind, goal.Target!.Value, goal.Unit, goal.ManualProgress!.Value, goal.Deadline!.Value, goal.Order));

        var saved = await ctx.Client.SubmitAsync(ctx.Url("mal/matbara", goal.Id), new()
        {
            ["Input.Text"] = "Omnämnt i lokalpressen", ["Input.Kind"] = "Qualitative", ["Input.Achieved"] = "true",
        });
        await saved.AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Det mätbara målet är sparat.");
        var stored = await app.StoredAsync<MeasurableGoal>(goal.Id);
        Assert.Equal((MeasureKind.Qualitative, (decimal?)null, (string?)null, true), (stored.Kind, stored.Target, stored.Unit, stored.Achieved));
    }

    [Fact]
    public async Task Measurable_goal_rules_are_clear_swedish_messages_and_the_input_is_kept()
    {
        var ctx = await app.NewPlanContextAsync();
        var count = await app.WithDbAsync(db => db.MeasurableGoals.IgnoreQueryFilters().CountAsync(g => g.PlanId == ctx.PlanId));
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), MeasurableForm(target: ""), handler: "Measurable"))
            .AssertRejectedAsync("Ett kvantitativt mål behöver ett målvärde större än noll", "Nå 100 unika besökare");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), MeasurableForm(target: "0"), handler: "Measurable"))
            .AssertRejectedAsync("Ett kvantitativt mål behöver ett målvärde större än noll");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), MeasurableForm(progress: "-3"), handler: "Measurable"))
            .AssertRejectedAsync("Framsteget kan inte vara negativt.");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), MeasurableForm(kind: "Qualitative"), handler: "Measurable"))
            .AssertRejectedAsync("Ett kvalitativt mål har inget målvärde.", "Ett kvalitativt mål har ingen enhet.");
        var text = await (await ctx.Client.SubmitAsync(ctx.Url("mal"), MeasurableForm(target: "många", deadline: "31/12"), handler: "Measurable"))
            .AssertRejectedAsync("Värdet 'många' är inte ett tal för Målvärde.", "ÅÅÅÅ-MM-DD");
        Assert.DoesNotContain("Ett kvantitativt mål behöver", text, StringComparison.Ordinal); // one message per field
        Assert.Contains("value=\"många\"", text, StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDbAsync(db => db.MeasurableGoals.IgnoreQueryFilters().CountAsync(g => g.PlanId == ctx.PlanId)));

        var ids = await app.IdsAsync(ctx.PlanId);
        await (await ctx.Client.SubmitAsync(ctx.Url("mal/matbara", ids.Conferences), new()
        {
            ["Input.Text"] = "Två konferenser", ["Input.Kind"] = "Quantitative", ["Input.Target"] = "2", ["Input.ManualProgress"] = "-1",
        })).AssertRejectedAsync("Framsteget kan inte vara negativt.");
        Assert.Null((await app.StoredAsync<MeasurableGoal>(ids.Conferences)).ManualProgress);
    }

    [Fact]
    public async Task Two_people_editing_the_same_goal_get_the_conflict_and_nothing_is_overwritten()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var form = await ctx.Client.LoadFormAsync(ctx.Url("mal/matbara", ids.Conferences));
        await app.ChangeAsync<MeasurableGoal>(ids.Conferences, g => g.ManualProgress = 1);

        var text = await (await ctx.Client.SubmitAsync(form, new()
        {
            ["Input.Text"] = "Tre konferenser", ["Input.Kind"] = "Quantitative", ["Input.Target"] = "3", ["Input.Unit"] = "konferenser",
        })).AssertRejectedAsync("Ändrad av någon annan", "Framsteg hittills", "Tre konferenser");
        var stored = await app.StoredAsync<MeasurableGoal>(ids.Conferences);
        Assert.Equal((2m, 1m), (stored.Target!.Value, stored.ManualProgress!.Value));

        // Deleting with the stale version is refused too; the goal stays.
        var goalForm = await ctx.Client.LoadFormAsync(ctx.Url("mal", (await GoalsAsync(ctx.PlanId))[0].Id));
        await app.ChangeAsync<CommunicationGoal>((await GoalsAsync(ctx.PlanId))[0].Id, g => g.Text = "Ändrat av någon annan.");
        await (await ctx.Client.SubmitAsync(goalForm, [], handler: "Delete")).AssertRejectedAsync("Ändrad av någon annan", "Ändrat av någon annan.");
        Assert.Equal(3, (await GoalsAsync(ctx.PlanId)).Count);
        Assert.Contains("Sparad version", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sees_the_goals_without_forms_and_cannot_post_and_another_tenant_gets_404()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var ids = await app.IdsAsync(ctx.PlanId);
        var html = await ctx.Client.GetStringAsync(ctx.Url("mal"));
        Assert.Contains("Känna till varför projektet genomförs.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Goal.Text", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Measurable.Text", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Redigera", html, StringComparison.Ordinal);

        var list = await ctx.Client.LoadFormAsync(ctx.Url("mal")); // the page has a form: the language switch
        var post = await ctx.Client.SubmitAsync(list, GoalForm("Läsaren skriver"), handler: "Goal");
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(list, MeasurableForm(), handler: "Measurable")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync(ctx.Url("mal/matbara", ids.Conferences))).StatusCode);
        var edit = list with { Url = ctx.Url("mal/matbara", ids.Conferences), Version = Guid.NewGuid().ToString() };
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(edit, new() { ["Input.Text"] = "X", ["Input.Kind"] = "Qualitative" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(edit, [], handler: "Delete")).StatusCode);
        Assert.Equal(3, (await GoalsAsync(ctx.PlanId)).Count);

        var stranger = await app.SignedInClientAsync((await app.NewTenantAsync(OrganizationRole.Editor)).Email, "Testlosen-12345");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ctx.Url("mal"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ctx.Url("mal/matbara", ids.Conferences))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ctx.Url("maluppfyllelse"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ctx.Url("budskap"))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GoalPagesSqliteTests(SqliteApp app) : GoalPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GoalPagesPostgresTests(PostgresApp app) : GoalPagesTests(app);
