using System.Net;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;

using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Measurements;

/// <summary>The pages of one measurement and the overview: errors next to the fields with the input kept, duplicates, conflicts, adopted reports, rights.</summary>
public abstract class MeasurementPageTests(AppFactory app)
{
    [Fact]
    public async Task A_value_is_entered_on_the_page_and_shown_in_the_overview_with_who_entered_it()
    {
        var ctx = await app.NewMeasurementsAsync();
        var response = await ctx.Pages.PostPageAsync($"{ctx.New}?kpi={ctx.Ids.SatisfactionKpi}", f =>
        {
            f["Input.PilotSiteId"] = ctx.Ids.SiteB.ToString();
            f["Input.Period"] = "2023-T1";
            f["Input.Value"] = "74 %";
            f["Input.Comment"] = "Efter införandet";
        });
        response.AssertRedirectTo(ctx.List);
        var list = await (await ctx.Pages.GetAsync(ctx.List)).TextAsync();
        Assert.Contains("Mätvärdet är sparat.", list);
        Assert.Contains("tertial 1 2023", list);
        Assert.Contains("74 %", list);
        Assert.Contains("Testare ", list);
        var filtered = await (await ctx.Pages.GetAsync($"{ctx.List}?kpi={ctx.Ids.CostKpi}")).TextAsync();
        Assert.Contains("960", filtered);
        Assert.DoesNotContain("74 %", filtered);
    }

    [Fact]
    public async Task Bad_values_are_shown_next_to_their_fields_and_what_was_typed_is_kept()
    {
        var ctx = await app.NewMeasurementsAsync();
        var response = await ctx.Pages.PostPageAsync($"{ctx.New}?kpi={ctx.Ids.SatisfactionKpi}", f =>
        {
            f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString();
            f["Input.Period"] = "2024-T1";
            f["Input.Value"] = "1 200 kr";
            f["Input.Comment"] = "Min kommentar";
        });
        var text = await response.AssertRejectedAsync("utanför nyckeltalets giltighetstid", "är angivet i kronor (kr), men");
        Assert.Contains("value=\"1 200 kr\"", text);
        Assert.Contains("Min kommentar", text);
        Assert.Contains("aria-invalid=\"true\"", text);
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));
    }

    [Fact]
    public async Task A_duplicate_offers_to_update_the_stored_value_and_never_makes_two()
    {
        var ctx = await app.NewMeasurementsAsync();
        var url = $"{ctx.New}?kpi={ctx.Ids.SatisfactionKpi}";
        var response = await ctx.Pages.PostPageAsync(url, f =>
        {
            f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString();
            f["Input.Period"] = "2022-T2";
            f["Input.Value"] = "77";
        });
        var text = await response.AssertRejectedAsync("Det finns redan ett värde för Nöjda verksamheter", "tertial 2 2022: 75 %", "Ersätt det sparade värdet med mitt (77)");
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));

        // Replacing it from the page that offered it.
        var replaced = await ctx.Pages.PostPageAsync(url, f =>
        {
            f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString();
            f["Input.Period"] = "2022-T2";
        }, handler: "Replace", html: text);
        replaced.AssertRedirectTo(ctx.List);
        Assert.Equal(77m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 5, 1)))!.Value);
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));

        // Replacing from a page whose offer is stale shows the new stored value, and writes nothing.
        var stale = await ctx.Pages.PostPageAsync(url, f =>
        {
            f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString();
            f["Input.Period"] = "2022-T2";
            f["Input.Value"] = "50";
        }, handler: "Replace", html: text);
        await stale.AssertRejectedAsync("ändrades just av någon annan", "77 %");
        Assert.Equal(77m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 5, 1)))!.Value);
    }

    [Fact]
    public async Task Editing_with_a_stale_version_shows_both_values_and_overwrites_nothing()
    {
        var ctx = await app.NewMeasurementsAsync();
        var stored = (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 9, 1)))!;
        var url = ctx.Entry(stored.Id);
        var html = await ctx.Pages.HtmlAsync(url);
        (await ctx.Pages.PostPageAsync(url, f => { f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString(); f["Input.Period"] = "2022-T3"; f["Input.Value"] = "80"; }))
            .AssertRedirectTo(ctx.List);
        var response = await ctx.Pages.PostPageAsync(url, f => { f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString(); f["Input.Period"] = "2022-T3"; f["Input.Value"] = "81"; }, html: html);
        await response.AssertRejectedAsync("Ändrad av någon annan", "80 %", "value=\"81\"");
        Assert.Equal(80m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 9, 1)))!.Value);
    }

    [Fact]
    public async Task Editing_a_value_an_adopted_report_used_is_allowed_and_says_the_report_stays()
    {
        var ctx = await app.NewMeasurementsAsync();
        var stored = (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 1, 1)))!;
        await app.WithDbAsync(async db =>
        {
            var report = await db.ProjectReports.IgnoreQueryFilters().SingleAsync(x => x.Id == ctx.Ids.FollowUpReport1);
            report!.Status = ReportStatus.Adopted;
            report.Snapshot = "{}";
            db.ReportMeasurementUses.Add(new ReportMeasurementUse { ReportId = report.Id, MeasurementId = stored.Id });
            return await db.SaveChangesAsync();
        });
        var url = ctx.Entry(stored.Id);
        Assert.Contains("Värdet användes i den fastställda rapporten Uppföljningsrapport 1; rapporten ändras inte.", await (await ctx.Pages.GetAsync(url)).TextAsync());
        (await ctx.Pages.PostPageAsync(url, f => { f["Input.PilotSiteId"] = ctx.Ids.SiteA.ToString(); f["Input.Period"] = "2022-T1"; f["Input.Value"] = "73"; }))
            .AssertRedirectTo(ctx.List);
        Assert.Contains("rapporten ändras inte", await (await ctx.Pages.GetAsync(ctx.List)).TextAsync());
        Assert.Equal(73m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 1, 1)))!.Value);
        Assert.Equal("{}", await app.WithDbAsync(async db => (await db.ProjectReports.IgnoreQueryFilters().SingleAsync(x => x.Id == ctx.Ids.FollowUpReport1))!.Snapshot));
    }

    [Fact]
    public async Task A_value_is_deleted_after_asking_and_a_stale_delete_is_refused()
    {
        var ctx = await app.NewMeasurementsAsync();
        var stored = (await app.StoredAsync(ctx.Ids.CostKpi, null, new DateOnly(2022, 1, 1)))!;
        var url = ctx.Entry(stored.Id);
        var confirm = await ctx.Pages.HtmlAsync(url + "?ta-bort=true");
        Assert.Contains("Vill du ta bort värdet", System.Net.WebUtility.HtmlDecode(confirm));
        await app.WithDbAsync(async db =>
        {
            var m = await db.Measurements.IgnoreQueryFilters().SingleAsync(x => x.Id == stored.Id);
            m!.Comment = "Ändrad av någon annan";
            m.Version = Guid.NewGuid();
            return await db.SaveChangesAsync();
        });
        var stale = await ctx.Pages.PostPageAsync(url, _ => { }, handler: "Delete", html: confirm);
        await stale.AssertRejectedAsync("Ändrad av någon annan");
        Assert.NotNull(await app.StoredAsync(ctx.Ids.CostKpi, null, new DateOnly(2022, 1, 1)));
        var fresh = await ctx.Pages.HtmlAsync(url + "?ta-bort=true");
        (await ctx.Pages.PostPageAsync(url, _ => { }, handler: "Delete", html: fresh)).AssertRedirectTo(ctx.List);
        Assert.Null(await app.StoredAsync(ctx.Ids.CostKpi, null, new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public async Task A_reader_sees_the_values_without_forms_and_another_tenant_gets_404()
    {
        var reader = await app.NewMeasurementsAsync(OrganizationRole.Reader);
        var list = await (await reader.Pages.GetAsync(reader.List)).TextAsync();
        Assert.Contains("72 %", list);
        Assert.DoesNotContain("Nytt mätvärde", list);
        var stored = (await app.StoredAsync(reader.Ids.CostKpi, null, new DateOnly(2022, 1, 1)))!;
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Pages.GetAsync(reader.New)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Pages.GetAsync(reader.Entry(stored.Id))).StatusCode);
        Assert.Contains("men inte importera", await (await reader.Pages.GetAsync($"{reader.List}/import")).TextAsync());
        var grid = await (await reader.Pages.GetAsync(reader.Grid("Tertial", "2022-T1"))).TextAsync();
        Assert.Contains("72 %", grid);
        Assert.DoesNotContain("Spara alla värden", grid);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Pages.PostPageAsync(reader.Grid("Tertial", "2022-T1"), _ => { })).StatusCode);

        var other = await app.NewMeasurementsAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Pages.GetAsync(reader.List)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Pages.GetAsync(reader.Grid("Tertial", "2022-T1"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Pages.GetAsync(reader.New)).StatusCode);
        // Another project's measurement under one's own project is 404 too.
        Assert.Equal(HttpStatusCode.NotFound, (await other.Pages.GetAsync(other.Entry(stored.Id))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasurementPageSqliteTests(SqliteApp app) : MeasurementPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasurementPagePostgresTests(PostgresApp app) : MeasurementPageTests(app);
