using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;
using static Kommunpilot.Tests.Communication.Activities.ActivityTestKit;

namespace Kommunpilot.Tests.Communication.Activities;

/// <summary>Following an activity up when it is done, and two people editing the same activity.</summary>
public abstract class ActivityFollowUpTests(AppFactory app)
{
    private const string Conferences = "Projektet ska ha presenterats på två konferenser";

    private static Dictionary<string, string> FollowUp(string doneOn = "2023-10-05", string outcome = "Presenterat på Kommundagarna", string reach = "120",
        string hours = "6,5", string cost = "1 500", string goal = "", string contribution = "") => new()
    {
        ["Input.DoneOn"] = doneOn,
        ["Input.Outcome"] = outcome,
        ["Input.Reach"] = reach,
        ["Input.ActualHours"] = hours,
        ["Input.Cost"] = cost,
        ["Input.MeasurableGoalId"] = goal,
        ["Input.GoalContribution"] = contribution,
    };

    private Task<decimal> ProgressAsync(int goalId) => app.WithDbAsync(async db =>
    {
        var goal = await db.MeasurableGoals.IgnoreQueryFilters().SingleAsync(g => g.Id == goalId);
        var contributions = await db.PlanActivities.IgnoreQueryFilters()
            .Where(a => a.MeasurableGoalId == goalId && a.Status == ActivityStatus.Done).Select(a => a.GoalContribution).ToListAsync();
        return MeasurableGoal.ProgressOf(goal.ManualProgress, contributions);
    });

    [Fact]
    public async Task A_follow_up_with_a_done_date_makes_the_activity_done_and_counts_towards_the_goal()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        Assert.Equal(1m, await ProgressAsync(ids[Conferences])); // the sample's done activity
        var late = ids["Nyhetsbrev till medarbetare"];

        var response = await ctx.Client.SubmitAsync(ctx.FollowUp(late), FollowUp(goal: ids[Conferences].ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.Contains("Uppföljningen av \"Nyhetsbrev till medarbetare\" är sparad och aktiviteten är genomförd.", list, StringComparison.Ordinal);

        var done = await app.ActivityAsync(ctx.PlanId, "Nyhetsbrev till medarbetare");
        Assert.Equal((ActivityStatus.Done, new DateOnly(2023, 10, 5), "Presenterat på Kommundagarna", 120, 6.5m, 1500m, ids[Conferences], 1m),
            (done.Status, done.DoneOn, done.Outcome, done.Reach, done.ActualHours, done.Cost, done.MeasurableGoalId, done.GoalContribution));
        Assert.Equal(2m, await ProgressAsync(ids[Conferences]));
        Assert.Empty(RowIds(await (await ctx.Client.GetAsync(ctx.List + "?forsenade=ja")).TextAsync()));

        // A given contribution counts as given; the form shows what is stored.
        await ctx.Client.SubmitAsync(ctx.FollowUp(late), FollowUp(goal: ids[Conferences].ToString(System.Globalization.CultureInfo.InvariantCulture), contribution: "2"));
        Assert.Equal(3m, await ProgressAsync(ids[Conferences]));
        var form = await (await ctx.Client.GetAsync(ctx.FollowUp(late))).TextAsync();
        Assert.Contains("value=\"2023-10-05\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"6,5\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_breaking_the_rules_is_named_and_not_stored()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var late = ids["Nyhetsbrev till medarbetare"]; // starts 2023-08-01
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await ctx.Client.SubmitAsync(ctx.FollowUp(late), FollowUp(doneOn: future))).AssertRejectedAsync("Genomförandedatumet kan inte vara i framtiden.");
        await (await ctx.Client.SubmitAsync(ctx.FollowUp(late), FollowUp(doneOn: "2023-07-31")))
            .AssertRejectedAsync("Genomförandedatumet kan inte vara före aktivitetens start (2023-08-01).");
        await (await ctx.Client.SubmitAsync(ctx.FollowUp(late), FollowUp(hours: "-1", cost: "-100", reach: "-5", contribution: "1")))
            .AssertRejectedAsync("Timmar kan inte vara negativa.", "Kostnaden kan inte vara negativ.", "Antal nådda kan inte vara negativt.",
                "Välj det mätbara mål som bidraget räknas mot.");
        var kept = await (await ctx.Client.SubmitAsync(ctx.FollowUp(late), FollowUp(doneOn: "hösten", hours: "sex", reach: "många")))
            .AssertRejectedAsync("Faktisk tid i h ska vara ett tal, till exempel 4 eller 1,5.", "Antal nådda ska vara ett heltal, till exempel 120.",
                "Värdet 'hösten' är inte ett datum för Genomförd den.");
        Assert.Contains("value=\"sex\"", kept, StringComparison.Ordinal);
        var stored = await app.ActivityAsync(ctx.PlanId, "Nyhetsbrev till medarbetare");
        Assert.Equal((ActivityStatus.Planned, (DateOnly?)null, (decimal?)null), (stored.Status, stored.DoneOn, stored.ActualHours));
    }

    [Fact]
    public async Task Two_people_editing_the_same_activity_see_both_versions_and_nothing_is_overwritten()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var id = ids["Nyhetsbrev till medarbetare"];
        var other = await app.SignedInAsync(ctx.Tenant);
        var mine = await ctx.Client.LoadFormAsync(ctx.Edit(id));
        var theirs = await other.LoadFormAsync(ctx.Edit(id));

        // They change only the links: another target group and channel.
        var saved = await other.PostAsync(ctx.Edit(id), WithBoxes(
            new Dictionary<string, string>(Form(what: "Nyhetsbrev till medarbetare", messageText: "Statusuppdatering", timing: "hösten 2023", hours: "2")) { ["Input.Version"] = theirs.Version! },
            theirs.Token, ("Input.TargetGroupIds", ids["Allmänheten"]), ("Input.ChannelIds", ids["Fysiskt möte"]), ("Input.PersonIds", ids["Projektledare"])));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // I change the text, from the version I loaded.
        var conflict = await ctx.Client.PostAsync(ctx.Edit(id), WithBoxes(
            new Dictionary<string, string>(Form(what: "Nyhetsbrev om läget", messageText: "Statusuppdatering", timing: "hösten 2023", hours: "2")) { ["Input.Version"] = mine.Version! },
            mine.Token, ("Input.TargetGroupIds", ids["Medarbetare"]), ("Input.ChannelIds", ids["Nyhetsbrev"]), ("Input.PersonIds", ids["Projektledare"])));
        var html = await conflict.AssertRejectedAsync("Ändrad av någon annan", "Ingenting har skrivits över.");
        Assert.Contains("<th scope=\"row\">Aktivitet</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Målgrupp</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Medarbetare</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Allmänheten</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Kanal</th>", html, StringComparison.Ordinal);
        Assert.Contains("Nyhetsbrev om läget</textarea>", html, StringComparison.Ordinal); // my input kept

        var stored = await app.ActivityAsync(ctx.PlanId, "Nyhetsbrev till medarbetare");
        Assert.Equal(["Allmänheten"], stored.Stakeholders.Select(s => s.Stakeholder.Name));
        Assert.Contains($"name=\"Input.Version\" value=\"{stored.Version}\"", html, StringComparison.Ordinal);

        // Saving again, now with the stored version, is a deliberate overwrite.
        var again = await ctx.Client.PostAsync(ctx.Edit(id), WithBoxes(
            new Dictionary<string, string>(Form(what: "Nyhetsbrev om läget", timing: "hösten 2023")) { ["Input.Version"] = stored.Version.ToString() },
            mine.Token, ("Input.TargetGroupIds", ids["Medarbetare"])));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(["Medarbetare"], (await app.ActivityAsync(ctx.PlanId, "Nyhetsbrev om läget")).Stakeholders.Select(s => s.Stakeholder.Name));

        // A follow-up and a delete from a stale form are refused too; a deleted activity is said so.
        var staleFollowUp = await ctx.Client.SubmitAsync(new LoadedForm(ctx.FollowUp(id), mine.Token, mine.Version), FollowUp());
        await staleFollowUp.AssertRejectedAsync("Ändrad av någon annan");
        var staleDelete = await ctx.Client.SubmitAsync(new LoadedForm(ctx.Edit(id), mine.Token, mine.Version), Form(), handler: "Delete");
        await staleDelete.AssertRejectedAsync("Ändrad av någon annan");
        Assert.Single(await app.ActivitiesAsync(ctx.PlanId), a => a.Id == id);
        var current = await ctx.Client.LoadFormAsync(ctx.Edit(id));
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(await other.LoadFormAsync(ctx.Edit(id)), Form(), handler: "Delete")).StatusCode);
        await (await ctx.Client.SubmitAsync(current, Form(what: "Sent ändrad"))).AssertRejectedAsync("Posten har tagits bort av någon annan");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivityFollowUpSqliteTests(SqliteApp app) : ActivityFollowUpTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivityFollowUpPostgresTests(PostgresApp app) : ActivityFollowUpTests(app);
