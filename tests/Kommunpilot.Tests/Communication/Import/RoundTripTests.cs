using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>The activity plan exported to Excel and imported into an empty plan comes back the same.</summary>
public abstract class RoundTripTests(AppFactory app)
{
    [Fact]
    public async Task Excel_export_then_import_gives_back_the_same_activity_plan()
    {
        var ctx = await app.NewImportAsync();
        // Texts that a spreadsheet could take for formulas travel too, as text.
        await app.WithDbAsync(async db =>
        {
            var activity = await db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == ctx.PlanId).OrderBy(a => a.Order).FirstAsync();
            activity.MessageText = "=SUMMA(A1) och +46 70";
            activity.Why = "-5 procent";
            activity.How = "@alla";
            return await db.SaveChangesAsync();
        });
        var source = await app.ActivitiesAsync(ctx.PlanId);

        // An empty plan in the same organisation with the same target groups and channels.
        var target = await app.NewPlanAsync(ctx.Tenant.OrganizationId);
        await app.WithDbAsync(async db =>
        {
            db.PlanActivities.RemoveRange(await db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == target).ToListAsync());
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await app.ActivitiesAsync(target));

        using var api = await ctx.BearerClientAsync();
        var export = await api.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/xlsx");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var file = await export.Content.ReadAsByteArrayAsync();
        var imported = await api.PostXlsxAsync($"/api/communication-plans/{target}/import/xlsx", file);
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());

        var back = await app.ActivitiesAsync(target);
        Assert.Equal(source.Count, back.Count);
        foreach (var (a, b) in source.Zip(back))
        {
            Assert.Equal(a.What, b.What);
            Assert.Equal(a.MessageText, b.MessageText);
            Assert.Equal(a.TimingText, b.TimingText);
            Assert.Equal(a.TimingKind, b.TimingKind);
            Assert.Equal(a.StartDate, b.StartDate);
            Assert.Equal(a.EndDate, b.EndDate);
            Assert.Equal(a.TimingProblem, b.TimingProblem);
            Assert.Equal(a.PlannedHours, b.PlannedHours);
            Assert.Equal(a.Status, b.Status);
            Assert.Equal(a.Why, b.Why);
            Assert.Equal(a.How, b.How);
            Assert.Equal(a.TargetGroups, b.TargetGroups);
            Assert.Equal(a.Channels, b.Channels);
            Assert.Equal(a.Responsible, b.Responsible);
        }
        Assert.Contains(back, b => b.MessageText == "=SUMMA(A1) och +46 70" && b.How == "@alla");
        Assert.Contains(back, b => b.Status == ActivityStatus.Done);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RoundTripSqliteTests(SqliteApp app) : RoundTripTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RoundTripPostgresTests(PostgresApp app) : RoundTripTests(app);
