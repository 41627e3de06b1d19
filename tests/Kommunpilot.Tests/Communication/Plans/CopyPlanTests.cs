using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class CopyPlanTests(AppFactory app)
{
    private static readonly string[] AllChoices = ["Texts", "TargetGroups", "Goals", "Messages", "Channels", "Risks", "MeasurableGoals", "Activities"];

    private static Dictionary<string, string> Form(params string[] ticked)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Kommunikationsplan 2024",
            ["Input.Period"] = "2024",
            ["Input.PeriodStart"] = "2024-01-01",
            ["Input.PeriodEnd"] = "2024-12-31",
            ["Input.DocumentVersion"] = "1.0",
        };
        foreach (var choice in ticked)
        {
            fields[$"Input.Carry.{choice}"] = "true";
        }
        return fields;
    }

    /// <summary>Makes the sample plan's late activity count towards the measurable goal and say "juni" (no year), and records progress.</summary>
    private Task PrepareAsync(int planId) =>
        app.WithDbAsync(async db =>
        {
            var goals = await db.MeasurableGoals.IgnoreQueryFilters().Where(g => g.PlanId == planId).ToListAsync();
            foreach (var g in goals)
            {
                g.ManualProgress = 1;
                g.Achieved = true;
            }
            var late = await db.PlanActivities.IgnoreQueryFilters().SingleAsync(a => a.PlanId == planId && a.What == "Nyhetsbrev till medarbetare");
            late.SetTiming("juni", new DateOnly(2023, 1, 1));
            late.MeasurableGoalId = goals.Single(g => g.Kind == MeasureKind.Quantitative).Id;
            late.GoalContribution = 1;
            late.Status = ActivityStatus.InProgress;
            late.Outcome = "Halvvägs";
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task The_form_suggests_next_years_period_and_ticks_everything()
    {
        var c = await app.PlanCaseAsync();
        var fields = ProjectTestData.FormFields(await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}/ny-fran"));
        Assert.Equal("2024", fields["Input.Period"]);
        Assert.Equal("2024-01-01", fields["Input.PeriodStart"]);
        Assert.Equal("2024-12-31", fields["Input.PeriodEnd"]);
        Assert.All(AllChoices, choice => Assert.Equal("true", fields[$"Input.Carry.{choice}"]));
    }

    [Fact]
    public async Task Only_what_is_ticked_is_carried_over_and_links_point_at_the_copies()
    {
        var c = await app.PlanCaseAsync();
        await PrepareAsync(c.PlanId);
        var before = await app.StoredPlanAsync(c.PlanId);

        var response = await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}/ny-fran", Form("TargetGroups", "Channels", "Activities"));
        var id = response.RedirectedPlanId();
        Assert.NotEqual(c.PlanId, id);
        var copy = await app.StoredPlanAsync(id);

        Assert.Equal("Kommunikationsplan 2024", copy.Title);
        Assert.Equal(c.PlanId, copy.PreviousPlanId);
        Assert.Equal(c.ProjectId, copy.ProjectId);
        Assert.Equal(PlanStatus.Draft, copy.Status);
        Assert.NotEqual(before.CalendarToken, copy.CalendarToken);
        Assert.Empty(copy.Revisions);

        // Not ticked: nothing of it.
        Assert.Null(copy.Background);
        Assert.Null(copy.Purpose);
        Assert.Null(copy.BudgetNote);
        Assert.Equal(CommunicationLabels.DefaultCoreDefinition, copy.CoreDefinition);
        Assert.Empty(copy.Messages);
        Assert.Empty(copy.Risks);
        Assert.Empty(copy.MeasurableGoals);

        // Target groups with their own goals; plan-wide goals stay behind.
        Assert.Equal(before.Stakeholders.Select(s => s.Name).Order(), copy.Stakeholders.Select(s => s.Name).Order());
        var goal = Assert.Single(copy.Goals);
        Assert.Equal("Vilja delta i genomförandet.", goal.Text);
        Assert.Equal(copy.Stakeholders.Single(s => s.Name == "Medarbetare").Id, goal.StakeholderId);
        Assert.Equal(["Fysiskt möte", "Nyhetsbrev"], copy.Channels.Select(ch => ch.Name).Order());

        // Activities not done: planned again, follow-up cleared, linked to the copies, timing read against 2024.
        Assert.Equal(["Nyhetsbrev till medarbetare", "Workshop med pilotverksamheter"], copy.Activities.Select(a => a.What).Order());
        var newIds = copy.Stakeholders.Select(s => s.Id).Concat(copy.Channels.Select(ch => ch.Id)).ToHashSet();
        var newsletter = copy.Activities.Single(a => a.What == "Nyhetsbrev till medarbetare");
        Assert.Equal(ActivityStatus.Planned, newsletter.Status);
        Assert.Null(newsletter.Outcome);
        Assert.Null(newsletter.DoneOn);
        Assert.Equal("juni", newsletter.TimingText);
        Assert.Equal(new DateOnly(2024, 6, 1), newsletter.StartDate);
        Assert.Equal(new DateOnly(2024, 6, 30), newsletter.EndDate);
        Assert.Equal(copy.Stakeholders.Single(s => s.Name == "Medarbetare").Id, Assert.Single(newsletter.Stakeholders).StakeholderId);
        Assert.Equal(copy.Channels.Single(ch => ch.Name == "Nyhetsbrev").Id, Assert.Single(newsletter.Channels).ChannelId);
        Assert.All(copy.Activities.SelectMany(a => a.Stakeholders), s => Assert.Contains(s.StakeholderId, newIds));
        Assert.DoesNotContain(copy.Activities.SelectMany(a => a.Stakeholders), s => before.Stakeholders.Any(o => o.Id == s.StakeholderId));
        Assert.Equal(
            before.Activities.Single(a => a.What == "Nyhetsbrev till medarbetare").Responsibles.Select(r => r.PersonId).Order(),
            newsletter.Responsibles.Select(r => r.PersonId).Order());
        Assert.Null(newsletter.MeasurableGoalId);
        Assert.Null(newsletter.GoalContribution);
        var workshop = copy.Activities.Single(a => a.What == "Workshop med pilotverksamheter");
        Assert.Equal("någon gång till hösten kanske", workshop.TimingText);
        Assert.NotNull(workshop.TimingProblem);

        // The old plan is as it was.
        var after = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal(before.Activities.Count, after.Activities.Count);
        Assert.Equal(before.Version, after.Version);

        var overview = await c.Client.HtmlAsync($"/kommunikation/{id}");
        Assert.Contains("Den nya planen är skapad utifrån", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Everything_ticked_carries_every_part_and_resets_progress()
    {
        var c = await app.PlanCaseAsync();
        await PrepareAsync(c.PlanId);
        var before = await app.StoredPlanAsync(c.PlanId);
        var id = (await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}/ny-fran", Form(AllChoices))).RedirectedPlanId();
        var copy = await app.StoredPlanAsync(id);

        Assert.Equal(before.Background, copy.Background);
        Assert.Equal(before.Purpose, copy.Purpose);
        Assert.Equal(before.BudgetNote, copy.BudgetNote);
        Assert.Null(copy.BudgetAmount);
        Assert.Equal(before.Goals.Count, copy.Goals.Count);
        Assert.Equal(before.Risks.Count, copy.Risks.Count);
        Assert.Equal(before.Messages.Count, copy.Messages.Count);
        var message = copy.Messages.Single(m => m.Number == 1);
        Assert.Equal(copy.Stakeholders.Single(s => s.Name == "Styrgruppen").Id, Assert.Single(message.Stakeholders).StakeholderId);
        Assert.Equal(2, copy.MeasurableGoals.Count);
        Assert.All(copy.MeasurableGoals, g => Assert.Null(g.ManualProgress));
        Assert.All(copy.MeasurableGoals, g => Assert.False(g.Achieved));
        var newsletter = copy.Activities.Single(a => a.What == "Nyhetsbrev till medarbetare");
        Assert.Equal(copy.MeasurableGoals.Single(g => g.Kind == MeasureKind.Quantitative).Id, newsletter.MeasurableGoalId);
        Assert.Equal(1m, newsletter.GoalContribution);
        Assert.DoesNotContain(copy.Activities, a => a.What == "Information till styrgruppen");
    }

    [Fact]
    public async Task Nothing_ticked_gives_an_empty_plan_that_follows_the_old_one()
    {
        var c = await app.PlanCaseAsync();
        var id = (await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}/ny-fran", Form())).RedirectedPlanId();
        var copy = await app.StoredPlanAsync(id);
        Assert.Equal(c.PlanId, copy.PreviousPlanId);
        Assert.Empty(copy.Stakeholders);
        Assert.Empty(copy.Goals);
        Assert.Empty(copy.Channels);
        Assert.Empty(copy.Activities);
        Assert.Null(copy.Background);
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_creates_nothing()
    {
        var c = await app.PlanCaseAsync();
        var fields = Form(AllChoices);
        fields["Input.PeriodEnd"] = "2023-12-31";
        var html = await (await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}/ny-fran", fields)).BodyAsync();
        Assert.Contains("Periodens slut kan inte vara före dess början.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kommunikationsplan 2024\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.PlanCountAsync(c.ProjectId));
    }

    [Fact]
    public async Task A_reader_cannot_start_a_new_plan_from_an_old_one()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, await c.Client.StatusOfAsync($"/kommunikation/{c.PlanId}/ny-fran"));
        var response = await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}", Form(AllChoices), action: $"/kommunikation/{c.PlanId}/ny-fran");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, await app.PlanCountAsync(c.ProjectId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CopyPlanSqliteTests(SqliteApp app) : CopyPlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CopyPlanPostgresTests(PostgresApp app) : CopyPlanTests(app);
