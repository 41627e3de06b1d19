using System.Net;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;

namespace Kommunpilot.Tests.FollowUp.Measurements;

/// <summary>The grid of a period: one save, empty cells left alone, per-cell errors with nothing saved, and two people at once.</summary>
public abstract class MeasurementGridTests(AppFactory app)
{
    private static readonly DateOnly T1 = new(2023, 1, 1);

    [Fact]
    public async Task The_grid_saves_new_and_changed_cells_at_once_and_leaves_empty_ones_alone()
    {
        var ctx = await app.NewMeasurementsAsync();
        var url = ctx.Grid("Tertial", "2022-T1");
        var html = await ctx.Pages.HtmlAsync(url);
        var a = MeasurementTestKit.CellIndex(html, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA);
        var b = MeasurementTestKit.CellIndex(html, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB);
        var response = await ctx.Pages.PostPageAsync(url, f =>
        {
            f[$"Cells[{a}].Value"] = "73";
            f[$"Cells[{b}].Comment"] = "Kontrollerad";
        }, html: html);
        response.AssertRedirectTo(url);
        Assert.Contains("Sparade värden: 2 (0 nya, 2 ändrade, 0 borttagna).", await (await ctx.Pages.GetAsync(url)).TextAsync());
        Assert.Equal(73m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 1, 1)))!.Value);
        Assert.Equal("Kontrollerad", (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB, new DateOnly(2022, 1, 1)))!.Comment);

        // A new period: only the typed cell is added; the empty one stays empty.
        var next = ctx.Grid("Tertial", "2023-T1");
        var page = await ctx.Pages.HtmlAsync(next);
        Assert.Contains("tertial 1 2023", page);
        var cell = MeasurementTestKit.CellIndex(page, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB);
        (await ctx.Pages.PostPageAsync(next, f => f[$"Cells[{cell}].Value"] = "71 %", html: page)).AssertRedirectTo(next);
        Assert.Equal(71m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB, T1))!.Value);
        Assert.Null(await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, T1));
    }

    [Fact]
    public async Task A_bad_cell_saves_nothing_and_shows_its_message_beside_it_with_everything_typed_kept()
    {
        var ctx = await app.NewMeasurementsAsync();
        var url = ctx.Grid("Tertial", "2023-T1");
        var html = await ctx.Pages.HtmlAsync(url);
        var a = MeasurementTestKit.CellIndex(html, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA);
        var b = MeasurementTestKit.CellIndex(html, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB);
        var response = await ctx.Pages.PostPageAsync(url, f =>
        {
            f[$"Cells[{a}].Value"] = "80";
            f[$"Cells[{b}].Value"] = "1 200 kr";
        }, html: html);
        var text = await response.AssertRejectedAsync("Ingenting sparades: rätta de markerade cellerna (1)", "är angivet i kronor (kr)");
        Assert.Contains($"id=\"cell-{b}-error\"", text);
        Assert.Contains($"name=\"Cells[{a}].Value\" value=\"80\"", text);
        Assert.Contains($"name=\"Cells[{b}].Value\" value=\"1 200 kr\"", text);
        Assert.Null(await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, T1));
    }

    [Fact]
    public async Task Clearing_a_stored_value_needs_ta_bort()
    {
        var ctx = await app.NewMeasurementsAsync();
        var url = ctx.Grid("Tertial", "2022-T3");
        var html = await ctx.Pages.HtmlAsync(url);
        var a = MeasurementTestKit.CellIndex(html, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA);
        var emptied = await ctx.Pages.PostPageAsync(url, f => f[$"Cells[{a}].Value"] = "", html: html);
        await emptied.AssertRejectedAsync("Kryssa i Ta bort för att ta bort det");
        Assert.NotNull(await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 9, 1)));
        (await ctx.Pages.PostPageAsync(url, f => f[$"Cells[{a}].Delete"] = "true", html: html)).AssertRedirectTo(url);
        Assert.Null(await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 9, 1)));
    }

    [Fact]
    public async Task Two_people_at_once_nothing_is_overwritten_the_rest_is_saved_and_the_conflict_offers_both_values()
    {
        var ctx = await app.NewMeasurementsAsync();
        var url = ctx.Grid("Tertial", "2022-T2");
        var mine = await ctx.Pages.HtmlAsync(url);
        var theirsClient = await app.SignedInAsync(ctx.Tenant);
        var theirs = await theirsClient.HtmlAsync(url);
        var a = MeasurementTestKit.CellIndex(mine, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA);
        var b = MeasurementTestKit.CellIndex(mine, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB);

        // The other person saves site A first, and touches nothing else.
        (await theirsClient.PostPageAsync(url, f => f[$"Cells[{a}].Value"] = "76", html: theirs)).AssertRedirectTo(url);

        // I change both A and B from the page I loaded before.
        var response = await ctx.Pages.PostPageAsync(url, f =>
        {
            f[$"Cells[{a}].Value"] = "78";
            f[$"Cells[{b}].Value"] = "69";
        }, html: mine);
        var text = await response.AssertRejectedAsync("Sparade värden: 1 (0 nya, 1 ändrade, 0 borttagna).", "Celler som någon annan ändrat sedan du öppnade tabellen: 1.",
            "ditt värde: <strong>78</strong>", "sparat värde: <strong>76 %</strong>", "Behåll det sparade värdet", "Spara mitt värde i stället");
        Assert.Equal(76m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 5, 1)))!.Value);
        Assert.Equal(69m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB, new DateOnly(2022, 5, 1)))!.Value);

        // Keeping the saved value (the default) writes nothing.
        var html = await response.Content.ReadAsStringAsync();
        (await ctx.Pages.PostPageAsync(url, _ => { }, html: html)).AssertRedirectTo(url);
        Assert.Equal(76m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 5, 1)))!.Value);

        // Choosing mine writes it, deliberately.
        (await ctx.Pages.PostPageAsync(url, f => f[$"Cells[{a}].Keep"] = "mine", html: html)).AssertRedirectTo(url);
        Assert.Equal(78m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 5, 1)))!.Value);
    }

    [Fact]
    public async Task A_value_that_appeared_meanwhile_in_an_empty_cell_is_a_conflict_too()
    {
        var ctx = await app.NewMeasurementsAsync();
        var url = ctx.Grid("Tertial", "2023-T1");
        var mine = await ctx.Pages.HtmlAsync(url);
        var a = MeasurementTestKit.CellIndex(mine, ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA);
        await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T1", value = 82 })).JsonAsync(HttpStatusCode.Created);
        var response = await ctx.Pages.PostPageAsync(url, f => f[$"Cells[{a}].Value"] = "79", html: mine);
        await response.AssertRejectedAsync("Inga värden sparades.", "ditt värde: <strong>79</strong>", "sparat värde: <strong>82 %</strong>");
        Assert.Equal(82m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, T1))!.Value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasurementGridSqliteTests(SqliteApp app) : MeasurementGridTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasurementGridPostgresTests(PostgresApp app) : MeasurementGridTests(app);
