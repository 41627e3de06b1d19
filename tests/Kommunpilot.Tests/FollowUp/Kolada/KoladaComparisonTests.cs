using System.Net;
using System.Text.Json;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Kolada;

/// <summary>A project's KPIs beside Kolada's figures: own mean per year (and per site), the municipality's and the comparison's, with the source.</summary>
public abstract class KoladaComparisonTests(AppFactory app)
{
    /// <summary>The sample follow-up with N00945 on its satisfaction KPI, the organisation as Lund, and Kolada's figures imported.</summary>
    private async Task<(KoladaContext Ctx, SampleFollowUpIds Sample)> ComparedAsync(string? comparison = null)
    {
        var ctx = await app.NewKoladaAsync();
        var sample = await app.NewFollowUpAsync(ctx.Tenant.OrganizationId);
        await app.WithDbAsync(async db =>
        {
            var kpi = await db.Kpis.IgnoreQueryFilters().SingleAsync(k => k.Id == sample.SatisfactionKpi);
            kpi.KoladaKpiId = "N00945";
            kpi.KoladaComparisonId = comparison;
            return await db.SaveChangesAsync();
        });
        await app.SetMunicipalityAsync(ctx.Tenant.OrganizationId, "1281");
        await ctx.ImportAsync(KoladaTestKit.Bytes(KoladaTestKit.Answer(
            KoladaTestKit.Element("N00945", "1281", 2021, 74.5m),
            KoladaTestKit.Element("N00945", "1281", 2022, 76.25m, 77m, 75.5m),
            KoladaTestKit.Element("N00945", "1281", 2023, null, status: "Missing"),
            KoladaTestKit.Element("N00945", "0000", 2022, 71.4m),
            KoladaTestKit.Element("N00945", "0012", 2022, 73.9m),
            KoladaTestKit.Element("N00945", "1281", 2005, 50m))));
        return (ctx, sample);
    }

    [Fact]
    public async Task The_page_shows_the_projects_mean_the_municipalitys_and_riket_by_year_with_the_source()
    {
        var (ctx, sample) = await ComparedAsync();
        var html = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync($"/projekt/{sample.ProjectId}/kolada"));

        Assert.Contains("aria-current=\"page\">Kolada</a>", html, StringComparison.Ordinal);
        Assert.Contains("Kolada-id N00945 · jämförs med 0000 Riket", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\" class=\"text-end\">1281 Lund</th>", html, StringComparison.Ordinal);
        var rows = Rows(html);
        // 2022: the mean of six tertial values at two sites, (72+75+79+68+66+70)/6 = 71.67, shown with the KPI's 0 decimals.
        Assert.Equal(["2021", "–", "74,5", "–"], rows[0]);
        Assert.Equal("2022", rows[1][0]);
        Assert.StartsWith("72 6 mätvärden", rows[1][1], StringComparison.Ordinal);
        Assert.Contains($"{sample.SiteAName}: 75", rows[1][1], StringComparison.Ordinal);
        Assert.Contains($"{sample.SiteBName}: 68", rows[1][1], StringComparison.Ordinal);
        Assert.Equal(["76,3", "71,4"], rows[1][2..]);
        // A null value from Kolada is kept and shown as missing, with Kolada's status.
        Assert.Equal(["2023", "–", "saknas (Missing)", "–"], rows[2]);
        // Years long before the project (it starts 2022) are left out.
        Assert.Equal(3, rows.Count);
        Assert.Matches(@"Källa: Kolada \(RKA\), hämtad \d{4}-\d{2}-\d{2}\.", html);
        Assert.Contains($"src=\"/projekt/{sample.ProjectId}/kolada?handler=Chart&kpi={sample.SatisfactionKpi}\"", html, StringComparison.Ordinal);
        Assert.Contains("Linjediagram över", html, StringComparison.Ordinal);

        var chart = await ctx.Client.GetAsync($"/projekt/{sample.ProjectId}/kolada?handler=Chart&kpi={sample.SatisfactionKpi}");
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType!.MediaType);
        var svg = await chart.Content.ReadAsStringAsync();
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("1281 Lund", svg, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync($"/projekt/{sample.ProjectId}/kolada?handler=Chart&kpi={sample.CostKpi}")).StatusCode);
    }

    [Fact]
    public async Task The_kpis_comparison_group_is_used_when_set_and_the_api_gives_the_same_figures()
    {
        var (ctx, sample) = await ComparedAsync(comparison: "0012");
        var html = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync($"/projekt/{sample.ProjectId}/kolada"));
        Assert.Contains("jämförs med 0012 Region Skåne", html, StringComparison.Ordinal);
        Assert.Equal(["76,3", "73,9"], Rows(html)[1][2..]);

        var api = JsonDocument.Parse(await (await ctx.Client.GetAsync($"/api/projects/{sample.ProjectId}/kolada")).BodyAsync()).RootElement;
        Assert.Equal("Kolada", api.GetProperty("source").GetString());
        Assert.Equal("Källa: Kolada (RKA)", api.GetProperty("attribution").GetString());
        Assert.Equal("Lund", api.GetProperty("municipality").GetProperty("name").GetString());
        var kpi = api.GetProperty("kpis").EnumerateArray().Single();
        Assert.Equal(("N00945", "0012", "Region Skåne"), (kpi.GetProperty("koladaKpiId").GetString(), kpi.GetProperty("comparison").GetProperty("id").GetString(), kpi.GetProperty("comparison").GetProperty("name").GetString()));
        var y2022 = kpi.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2022);
        Assert.Equal(71.6667m, y2022.GetProperty("own").GetDecimal());
        Assert.Equal(6, y2022.GetProperty("ownMeasurements").GetInt32());
        Assert.Equal(2, y2022.GetProperty("sites").GetArrayLength());
        Assert.Equal(76.25m, y2022.GetProperty("municipality").GetProperty("value").GetDecimal());
        Assert.Equal(73.9m, y2022.GetProperty("comparison").GetProperty("value").GetDecimal());
        var y2023 = kpi.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2023);
        Assert.Equal(JsonValueKind.Null, y2023.GetProperty("municipality").GetProperty("value").ValueKind);
        Assert.Equal("Missing", y2023.GetProperty("municipality").GetProperty("status").GetString());
    }

    [Fact]
    public async Task What_is_missing_is_explained_with_where_to_fix_it()
    {
        var ctx = await app.NewKoladaAsync();
        var sample = await app.NewFollowUpAsync(ctx.Tenant.OrganizationId);
        var url = $"/projekt/{sample.ProjectId}/kolada";

        var none = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(url));
        Assert.Contains("Inget av projektets nyckeltal har ett Kolada-id", none, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{sample.ProjectId}/nyckeltal\"", none, StringComparison.Ordinal);
        Assert.Contains("har ingen kommun eller region vald för Kolada", none, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organisation/{ctx.Tenant.OrganizationId}/kolada\"", none, StringComparison.Ordinal);

        await app.WithDbAsync(async db =>
        {
            (await db.Kpis.IgnoreQueryFilters().SingleAsync(k => k.Id == sample.CostKpi)).KoladaKpiId = "N00002";
            return await db.SaveChangesAsync();
        });
        var nothingImported = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(url));
        Assert.Contains("Inga värden från Kolada är importerade för N00002 (kommunen eller 0000 Riket).", nothingImported, StringComparison.Ordinal);
        Assert.Contains("Importera på organisationens Kolada-sida", nothingImported, StringComparison.Ordinal);
        // The project's own figure is still shown: the yearly cost of 2022.
        Assert.Contains("960 000", nothingImported.Replace('\u00a0', ' '), StringComparison.Ordinal);

        // A reader is told who can fix it, without the editor's links.
        var reader = await app.NewKoladaAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(reader.Tenant.UserId, ctx.Tenant.OrganizationId, OrganizationRole.Reader);
        var readerPage = WebUtility.HtmlDecode(await (await app.SignedInAsync(reader.Tenant)).HtmlAsync(url));
        Assert.Contains("En redaktör i organisationen kan välja den.", readerPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/organisation/{ctx.Tenant.OrganizationId}/kolada\"", readerPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenants_project_is_not_found()
    {
        var (_, sample) = await ComparedAsync();
        var stranger = await app.NewKoladaAsync(OrganizationRole.Administrator);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/projekt/{sample.ProjectId}/kolada")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/projekt/{sample.ProjectId}/kolada?handler=Chart&kpi={sample.SatisfactionKpi}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/api/projects/{sample.ProjectId}/kolada")).StatusCode);
    }

    /// <summary>The comparison table's body rows, each cell's text with whitespace collapsed.</summary>
    private static List<string[]> Rows(string html)
    {
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];
        return [.. System.Text.RegularExpressions.Regex.Matches(body, "<tr>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(tr => System.Text.RegularExpressions.Regex.Matches(tr.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", System.Text.RegularExpressions.RegexOptions.Singleline)
                .Select(td => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(td.Groups[1].Value, "<[^>]+>", " "), @"\s+", " ").Replace('\u00a0', ' ').Trim())
                .ToArray())];
    }
}

[Collection(SqliteCollection.Name)]
public sealed class KoladaComparisonSqliteTests(SqliteApp app) : KoladaComparisonTests(app);

[Collection(PostgresCollection.Name)]
public sealed class KoladaComparisonPostgresTests(PostgresApp app) : KoladaComparisonTests(app);
