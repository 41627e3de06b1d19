using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Goals;

/// <summary>The progress page (/kommunikation/{id}/maluppfyllelse) and the progress the API reports.</summary>
public abstract class GoalProgressTests(AppFactory app)
{
    /// <summary>Adds activities counting towards the conference goal: one more done, one planned, one cancelled; and 0,5 by hand.</summary>
    private Task AddContributionsAsync(int planId, int goalId) => app.WithDbAsync(async db =>
    {
        db.PlanActivities.AddRange(
            new PlanActivity { PlanId = planId, What = "Konferens i Uddevalla", Status = ActivityStatus.Done, DoneOn = new DateOnly(2023, 5, 10), MeasurableGoalId = goalId, GoalContribution = 2, Order = 10 },
            new PlanActivity { PlanId = planId, What = "Konferens i Trollhättan", Status = ActivityStatus.Planned, TimingText = "hösten 2023", MeasurableGoalId = goalId, GoalContribution = 5, Order = 11 },
            new PlanActivity { PlanId = planId, What = "Inställd konferens", Status = ActivityStatus.Cancelled, MeasurableGoalId = goalId, GoalContribution = 7, Order = 12 },
            new PlanActivity { PlanId = planId, What = "Genomförd utan bidrag", Status = ActivityStatus.Done, MeasurableGoalId = goalId, Order = 13 });
        (await db.MeasurableGoals.IgnoreQueryFilters().SingleAsync(g => g.Id == goalId)).ManualProgress = 0.5m;
        await db.SaveChangesAsync();
        return true;
    });

    [Fact]
    public async Task Progress_counts_manual_progress_and_only_done_activities_contributions()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);

        // The sample plan: one done activity contributes 1 of 2 conferences; nothing by hand.
        var html = await (await ctx.Client.GetAsync(ctx.Url("maluppfyllelse"))).TextAsync();
        Assert.Contains("1 av 2 konferenser (50 %)", html, StringComparison.Ordinal);
        Assert.Contains("<progress", html, StringComparison.Ordinal);
        Assert.Contains("Information till styrgruppen", html, StringComparison.Ordinal);
        Assert.Contains("Inte uppnått ännu", html, StringComparison.Ordinal); // the qualitative goal
        var english = await (await ctx.Client.GetAsync(ctx.Url("maluppfyllelse") + "?culture=en&ui-culture=en")).TextAsync();
        Assert.Contains("1 of 2 konferenser (50 %)", english, StringComparison.Ordinal);
        Assert.Contains("Target groups without goals", english, StringComparison.Ordinal);

        await AddContributionsAsync(ctx.PlanId, ids.Conferences);
        html = await (await ctx.Client.GetAsync(ctx.Url("maluppfyllelse"))).TextAsync();
        Assert.Contains("3,5 av 2 konferenser (175 %)", html, StringComparison.Ordinal); // 0,5 + 1 + 2; not the planned 5 nor the cancelled 7
        Assert.Contains("Varav 0,5 förda in för hand och 3 från genomförda aktiviteter.", html, StringComparison.Ordinal);
        Assert.Contains("Målet är nått", html, StringComparison.Ordinal);
        Assert.Contains("Konferens i Trollhättan", html, StringComparison.Ordinal);
        Assert.Contains("kommer att bidra med 5 konferenser", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Inställd konferens", html, StringComparison.Ordinal);

        var goals = await (await ctx.Api.GetAsync(ctx.ApiUrl("measurable-goals"))).JsonAsync(HttpStatusCode.OK);
        var conferences = goals.EnumerateArray().Single(g => g.GetProperty("id").GetInt32() == ids.Conferences);
        Assert.Equal(3.5m, conferences.GetProperty("progress").GetDecimal());
        Assert.Equal(0.5m, conferences.GetProperty("manualProgress").GetDecimal());
        var press = goals.EnumerateArray().Single(g => g.GetProperty("id").GetInt32() == ids.Press);
        Assert.Equal(("Qualitative", 0m), (press.GetProperty("kind").GetString(), press.GetProperty("progress").GetDecimal()));
    }

    [Fact]
    public async Task Core_and_primary_target_groups_without_goals_are_shown()
    {
        var ctx = await app.NewPlanContextAsync();
        var html = await (await ctx.Client.GetAsync(ctx.Url("maluppfyllelse"))).TextAsync();
        var missing = html[html.IndexOf("Målgrupper utan mål", StringComparison.Ordinal)..];
        missing = missing[..missing.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains("Styrgruppen", missing, StringComparison.Ordinal);      // core, no goal
        Assert.DoesNotContain("Medarbetare", missing, StringComparison.Ordinal); // primary, has a do goal
        Assert.DoesNotContain("Allmänheten", html, StringComparison.Ordinal);   // secondary: not asked for
        Assert.Contains("Planens 2 mål för hela planen gäller också dem.", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GoalProgressSqliteTests(SqliteApp app) : GoalProgressTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GoalProgressPostgresTests(PostgresApp app) : GoalProgressTests(app);
