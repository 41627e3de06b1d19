using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;
using static Kommunpilot.Tests.Communication.Activities.ActivityTestKit;

namespace Kommunpilot.Tests.Communication.Activities;

/// <summary>
/// The activity plan as a table: which rows each filter and sort gives, totals and paging. The sample
/// plan has "Information till styrgruppen" (done, mars 2023, 4 h planned, 5 h actual, Styrgruppen,
/// Fysiskt möte, the project leader), "Nyhetsbrev till medarbetare" (planned, hösten 2023 so late,
/// 2 h, Medarbetare, Nyhetsbrev, both people) and "Workshop med pilotverksamheter" (timing not
/// understood, Medarbetare, no hours).
/// </summary>
public abstract class ActivityListTests(AppFactory app)
{
    private const string Done = "Information till styrgruppen";
    private const string Late = "Nyhetsbrev till medarbetare";
    private const string Unclear = "Workshop med pilotverksamheter";

    private static async Task<List<int>> RowsAsync(ActivityContext ctx, string query) =>
        RowIds(await (await ctx.Client.GetAsync(ctx.List + query)).TextAsync());

    [Fact]
    public async Task Each_filter_shows_exactly_its_rows()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        int[] Of(params string[] whats) => [.. whats.Select(w => ids[w])];

        Assert.Equal(Of(Done, Late, Unclear), await RowsAsync(ctx, ""));
        Assert.Equal(Of(Done), await RowsAsync(ctx, "?status=Done"));
        Assert.Equal(Of(Late, Unclear), await RowsAsync(ctx, "?status=Planned"));
        Assert.Equal(Of(Late, Unclear), await RowsAsync(ctx, $"?malgrupp={ids["Medarbetare"]}"));
        Assert.Empty(await RowsAsync(ctx, $"?malgrupp={ids["Allmänheten"]}"));
        Assert.Equal(Of(Late), await RowsAsync(ctx, $"?kanal={ids["Nyhetsbrev"]}"));
        Assert.Equal(Of(Late), await RowsAsync(ctx, $"?ansvarig={ids["Kommunikatör"]}"));
        Assert.Equal(Of(Done, Late), await RowsAsync(ctx, $"?ansvarig={ids["Projektledare"]}"));
        Assert.Equal(Of(Late), await RowsAsync(ctx, "?forsenade=ja"));
        Assert.Equal(Of(Unclear), await RowsAsync(ctx, "?otolkade=ja"));
        Assert.Equal(Of(Unclear), await RowsAsync(ctx, "?q=WORKSHOP"));
        Assert.Equal(Of(Late, Unclear), await RowsAsync(ctx, "?q=hösten")); // "någon gång till hösten kanske" too
        Assert.Equal(Of(Done), await RowsAsync(ctx, "?q=genomfört")); // the outcome
        Assert.Equal(Of(Late), await RowsAsync(ctx, $"?status=Planned&malgrupp={ids["Medarbetare"]}&kanal={ids["Nyhetsbrev"]}"));
        Assert.Empty(await RowsAsync(ctx, "?forsenade=ja&otolkade=ja"));

        var late = await (await ctx.Client.GetAsync(ctx.List + "?forsenade=ja")).TextAsync();
        Assert.Contains("1 av planens 3 aktiviteter matchar filtret.", late, StringComparison.Ordinal);
        Assert.Contains("Försenad", late, StringComparison.Ordinal);
        Assert.Contains("checked=\"checked\"", late, StringComparison.Ordinal);

        // Values that make no sense are ignored and said so.
        var odd = await (await ctx.Client.GetAsync(ctx.List + "?status=Snart&malgrupp=abc&kanal=999999&sort=farg&sida=x")).TextAsync();
        Assert.Contains("Statusen Snart finns inte; filtret används inte.", odd, StringComparison.Ordinal);
        Assert.Contains("Målgruppen finns inte i planen; filtret används inte.", odd, StringComparison.Ordinal);
        Assert.Contains("Kanalen finns inte i planen; filtret används inte.", odd, StringComparison.Ordinal);
        Assert.Contains("Sorteringen farg finns inte; listan sorteras på tidpunkt.", odd, StringComparison.Ordinal);
        Assert.Equal(Of(Done, Late, Unclear), RowIds(odd));
    }

    [Fact]
    public async Task Sorting_orders_the_rows_and_undated_ones_come_last()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        int[] Of(params string[] whats) => [.. whats.Select(w => ids[w])];

        Assert.Equal(Of(Done, Late, Unclear), await RowsAsync(ctx, "?sort=tidpunkt"));
        Assert.Equal(Of(Late, Done, Unclear), await RowsAsync(ctx, "?sort=tidpunkt&ordning=fallande"));
        Assert.Equal(Of(Done, Late, Unclear), await RowsAsync(ctx, "?sort=aktivitet"));
        Assert.Equal(Of(Unclear, Late, Done), await RowsAsync(ctx, "?sort=aktivitet&ordning=fallande"));
        Assert.Equal(Of(Late, Done, Unclear), await RowsAsync(ctx, "?sort=timmar"));
        Assert.Equal(Of(Done, Late, Unclear), await RowsAsync(ctx, "?sort=timmar&ordning=fallande"));
        Assert.Equal(Of(Late, Unclear, Done), await RowsAsync(ctx, "?sort=status")); // planned before done; ties by date

        var page = await (await ctx.Client.GetAsync(ctx.List + "?sort=aktivitet")).TextAsync();
        Assert.Contains($"aria-sort=\"ascending\"><a href=\"{ctx.List}?sort=aktivitet&ordning=fallande\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Totals_cover_every_filtered_row_and_long_plans_are_paged_at_50()
    {
        var ctx = await app.NewActivityContextAsync();
        var all = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.Contains("Summa för 3 aktiviteter: planerat 6 h, faktiskt 5 h.", all, StringComparison.Ordinal);
        var planned = await (await ctx.Client.GetAsync(ctx.List + "?status=Planned")).TextAsync();
        Assert.Contains("Summa för 2 aktiviteter: planerat 2 h, faktiskt 0 h.", planned, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 55; i++)
            {
                var a = new PlanActivity { PlanId = ctx.PlanId, What = $"Massutskick {i:D2}", PlannedHours = 0.5m, Order = 10 + i };
                a.SetTiming($"2023-02-{(i % 28) + 1:D2}", new DateOnly(2023, 1, 1));
                db.PlanActivities.Add(a);
            }
            return await db.SaveChangesAsync();
        });
        var first = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.Equal(IndexPageSize, RowIds(first).Count);
        Assert.Contains("Summa för 58 aktiviteter: planerat 33,5 h, faktiskt 5 h.", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ctx.List}?sida=2\"", first, StringComparison.Ordinal);
        var second = await (await ctx.Client.GetAsync(ctx.List + "?sida=2")).TextAsync();
        Assert.Equal(8, RowIds(second).Count);
        Assert.Empty(RowIds(first).Intersect(RowIds(second)));
        var ids = await app.IdsAsync(ctx.PlanId);
        Assert.Equal(ids["Workshop med pilotverksamheter"], RowIds(second)[^1]); // undated, so last of all
    }

    [Fact]
    public async Task The_plans_introduction_stands_above_the_table()
    {
        var ctx = await app.NewActivityContextAsync();
        await app.WithDbAsync(async db =>
        {
            var plan = await db.CommunicationPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == ctx.PlanId);
            plan.ActivitiesIntroduction = "Denna aktivitetsplan kan kompletteras efterhand under genomförandet.";
            return await db.SaveChangesAsync();
        });
        var html = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        var intro = html.IndexOf("Denna aktivitetsplan kan kompletteras", StringComparison.Ordinal);
        Assert.True(intro > 0 && intro < html.IndexOf("<table", StringComparison.Ordinal));
        Assert.Contains("<th scope=\"col\">Målgrupp</th>", html, StringComparison.Ordinal);
        Assert.Contains("Tid i h", html, StringComparison.Ordinal);
    }

    private const int IndexPageSize = Features.Communication.Activities.IndexModel.PageSize;
}

[Collection(SqliteCollection.Name)]
public sealed class ActivityListSqliteTests(SqliteApp app) : ActivityListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivityListPostgresTests(PostgresApp app) : ActivityListTests(app);
