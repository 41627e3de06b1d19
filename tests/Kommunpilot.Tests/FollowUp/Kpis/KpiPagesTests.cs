using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Kpis;

/// <summary>The KPI list, form and page through real HTTP: grouping, status, every form rule with the input kept, conflicts and access.</summary>
public abstract partial class KpiPagesTests(AppFactory app)
{
    [GeneratedRegex("<h2 class=\"h4\" id=\"area-[^\"]+\">([^<]+)</h2>")]
    private static partial Regex AreaHeading();

    [Fact]
    public async Task The_list_groups_by_area_in_the_order_of_001_then_own_areas_and_shows_status_in_words()
    {
        var ctx = await app.NewKpiContextAsync();
        await app.WithDbAsync(async db =>
        {
            var area = new KpiArea { OrganizationId = ctx.Tenant.OrganizationId, Name = "Digitalisering" };
            db.KpiAreas.Add(area);
            await db.SaveChangesAsync();
            db.Kpis.Add(new Kpi { ProjectId = ctx.Ids.ProjectId, Name = "Digitala ärenden", Area = KpiAreaKind.Own, OwnAreaId = area.Id, Unit = KpiUnit.Count, Scope = KpiScope.Project, IsExample = true, Order = 0 });
            return await db.SaveChangesAsync();
        });
        var html = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.Equal(["Kundnöjdhet och kvalitet", "Ekonomi", "Arbetsmiljö", "Digitalisering"], AreaHeading().Matches(html).Select(m => m.Groups[1].Value));
        Assert.Contains($"href=\"{ctx.Page(ctx.Ids.SatisfactionKpi)}\"", html, StringComparison.Ordinal);
        // Site A is ahead of the straight line to the target, site B well behind; the cost a little behind.
        Assert.Contains($"{ctx.Ids.SiteAName}:", html, StringComparison.Ordinal);
        Assert.Matches(@"79 %</span>\s*<span class=""small text-body-secondary"">\(tertial 3 2022\)</span>\s*<span class=""badge text-bg-success""><span aria-hidden=""true"">✓ </span>I fas</span>", html);
        Assert.Matches(@"70 %</span>\s*<span[^>]*>\(tertial 3 2022\)</span>\s*<span class=""badge text-bg-danger""><span aria-hidden=""true"">✗ </span>Ur fas</span>", html);
        Assert.Matches(@"960\s000 kr</span>\s*<span[^>]*>\(2022\)</span>\s*<span class=""badge text-bg-warning""><span aria-hidden=""true"">! </span>Risk</span>", html);
        Assert.Contains("inget värde ännu", html, StringComparison.Ordinal);
        Assert.Contains("70 % (2022-01-01)", html, StringComparison.Ordinal);
        Assert.Contains("Exempelvärden", html, StringComparison.Ordinal);
        Assert.Contains(KpiStatus.RuleText, html, StringComparison.Ordinal);
        Assert.Contains("Nytt nyckeltal", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_kpi_is_saved_with_every_field_and_shown_on_its_page()
    {
        var ctx = await app.NewKpiContextAsync();
        var form = KpiTestKit.ValidForm("Svarstid i kundtjänst");
        form["Input.Unit"] = "Other";
        form["Input.UnitLabel"] = "besök";
        form["Input.MinValue"] = "0";
        form["Input.MaxValue"] = "1 000";
        form["Input.StartDate"] = "2022-02-01";
        form["Input.IsExample"] = "true";
        var response = await ctx.Client.PostFormAsync(ctx.New, form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kpi = await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().AsNoTracking().SingleAsync(k => k.ProjectId == ctx.Ids.ProjectId && k.Name == "Svarstid i kundtjänst"));
        Assert.Equal($"{ctx.Page(kpi.Id)}#main", response.Headers.Location!.OriginalString);
        Assert.Equal((KpiAreaKind.Efficiency, KpiKind.Leading, KpiUnit.Other, "besök", 1, 0m, 1000m), (kpi.Area, kpi.Kind, kpi.Unit, kpi.UnitLabel, kpi.Decimals, kpi.MinValue, kpi.MaxValue));
        Assert.Equal((70.5m, new DateOnly(2022, 1, 1), 85m, new DateOnly(2023, 12, 31)), (kpi.BaselineValue, kpi.BaselineDate, kpi.TargetValue, kpi.TargetDate));
        Assert.Equal((KpiScope.AllPilotSites, (int?)null, KpiFrequency.Tertial, new DateOnly(2022, 2, 1), (DateOnly?)null), (kpi.Scope, kpi.PilotSiteId, kpi.Frequency, kpi.StartDate, kpi.EndDate));
        Assert.Equal(("N00945", "0000", "Enkät", "Webbenkät varje tertial", true, 4), (kpi.KoladaKpiId, kpi.KoladaComparisonId, kpi.Source, kpi.Method, kpi.IsExample, kpi.Order));

        var page = await (await ctx.Client.GetAsync(ctx.Page(kpi.Id))).TextAsync();
        Assert.Contains("Nyckeltalet \"Svarstid i kundtjänst\" är sparat.", page, StringComparison.Ordinal);
        Assert.Contains("70,5 besök (2022-01-01)", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/projekt/" + ctx.Ids.ProjectId + "/kolada\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{ctx.Ids.ProjectId}/matvarden/ny?kpi={kpi.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("2022-02-01–2023-12-31", page, StringComparison.Ordinal);
        Assert.Contains("Riket (0000)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_form_rule_gives_a_swedish_message_and_keeps_the_input()
    {
        var ctx = await app.NewKpiContextAsync();
        var form = KpiTestKit.ValidForm("");
        form["Input.Definition"] = "Min definition";
        form["Input.AreaChoice"] = "Own";
        form["Input.Scope"] = "OnePilotSite";
        form["Input.MaxValue"] = "120";
        form["Input.MinValue"] = "abc";
        form["Input.BaselineDate"] = "2023-06-01";
        form["Input.TargetDate"] = "2023-01-01";
        form["Input.StartDate"] = "2022-06-01";
        form["Input.EndDate"] = "2022-05-01";
        form["Input.KoladaKpiId"] = "N945";
        form["Input.KoladaComparisonId"] = "Lund";
        form["Input.Decimals"] = "7";
        var html = await (await ctx.Client.PostFormAsync(ctx.New, form)).TextAsync();
        foreach (var message in new[]
        {
            "Ange nyckeltalets namn.",
            "Välj vilket av organisationens egna områden nyckeltalet hör till.",
            "Välj vilken pilotverksamhet nyckeltalet mäts för.",
            "En procentsats kan inte vara lägre än 0 eller högre än 100.",
            "Lägsta värde ska vara ett tal, till exempel 0 eller 1,5. Du skrev \"abc\".",
            "Utgångsvärdets datum (2023-06-01) måste vara före måldatumet (2023-01-01).",
            "Slutdatumet (2022-05-01) är före startdatumet (2022-06-01).",
            "Måldatumet (2023-01-01) ligger efter nyckeltalets slut (2022-05-01). Målet måste nås under nyckeltalets livslängd.",
            "Kolada-id ska vara en bokstav och fem siffror, till exempel N00945 eller U00405.",
            "Jämförelsen ska vara ett kommun-id med fyra siffror (0000 är Riket) eller ett grupp-id som G12345.",
            "Antal decimaler ska vara ett heltal från 0 till 4.",
        })
        {
            Assert.Contains(message, html, StringComparison.Ordinal);
        }
        Assert.Contains("Formuläret innehåller fel", html, StringComparison.Ordinal);
        foreach (var kept in new[] { "value=\"abc\"", "value=\"120\"", "value=\"N945\"", "value=\"Lund\"", "value=\"2023-06-01\"", "value=\"70,5\"", "Min definition" })
        {
            Assert.Contains(kept, html, StringComparison.Ordinal);
        }
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().CountAsync(k => k.ProjectId == ctx.Ids.ProjectId)));

        // The name is taken (whatever its case), and a target before the KPI's life; a baseline outside the range.
        form = KpiTestKit.ValidForm((await NameAsync(ctx.Ids.SatisfactionKpi)).ToUpperInvariant());
        form["Input.StartDate"] = "2022-06-01";
        form["Input.BaselineDate"] = "";
        form["Input.TargetDate"] = "2022-03-31";
        form["Input.Unit"] = "Count";
        form["Input.MinValue"] = "0";
        form["Input.MaxValue"] = "50";
        form["Input.BaselineValue"] = "55";
        form["Input.TargetValue"] = "60";
        html = await (await ctx.Client.PostFormAsync(ctx.New, form)).TextAsync();
        Assert.Contains($"Projektet har redan ett nyckeltal som heter \"{(await NameAsync(ctx.Ids.SatisfactionKpi)).ToUpperInvariant()}\".", html, StringComparison.Ordinal);
        Assert.Contains("Måldatumet (2022-03-31) ligger före nyckeltalets start (2022-06-01).", html, StringComparison.Ordinal);
        Assert.Contains("Utgångsvärdet 55 ligger utanför nyckeltalets tillåtna värden (0–50).", html, StringComparison.Ordinal);
        Assert.Contains("Målvärdet 60 ligger utanför nyckeltalets tillåtna värden (0–50).", html, StringComparison.Ordinal);

        // Lowest above highest; "Annan enhet" needs its name; a site of another project.
        var other = await app.NewFollowUpAsync(ctx.Tenant.OrganizationId);
        form = KpiTestKit.ValidForm("Besök");
        form["Input.Unit"] = "Other";
        form["Input.MinValue"] = "10";
        form["Input.MaxValue"] = "5";
        form["Input.Scope"] = "OnePilotSite";
        form["Input.PilotSiteId"] = other.SiteA.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form["Input.BaselineValue"] = "";
        form["Input.TargetValue"] = "";
        html = await (await ctx.Client.PostFormAsync(ctx.New, form)).TextAsync();
        Assert.Contains("Högsta värdet (5) är lägre än lägsta värdet (10).", html, StringComparison.Ordinal);
        Assert.Contains("Skriv enhetens namn när enheten är Annan enhet, till exempel besök.", html, StringComparison.Ordinal);
        Assert.Contains("Pilotverksamheten finns inte i projektet.", html, StringComparison.Ordinal);
    }

    private Task<string> NameAsync(int kpiId) =>
        app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == kpiId).Select(k => k.Name).SingleAsync());

    private Task<Guid> VersionAsync(int kpiId) =>
        app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == kpiId).Select(k => k.Version).SingleAsync());

    /// <summary>The edit form of a stored KPI as it is, with its version.</summary>
    private async Task<Dictionary<string, string>> EditFormAsync(KpiContext ctx, int kpiId)
    {
        var html = await ctx.Client.HtmlAsync(ctx.Edit(kpiId));
        var fields = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(html, "<input[^>]*>"))
        {
            var name = Regex.Match(m.Value, "name=\"(Input\\.[^\"]+)\"");
            if (name.Success)
            {
                fields.TryAdd(name.Groups[1].Value, WebUtility.HtmlDecode(Regex.Match(m.Value, "value=\"([^\"]*)\"").Groups[1].Value));
            }
        }
        foreach (Match m in Regex.Matches(html, "<textarea[^>]*name=\"(Input\\.[^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline))
        {
            fields[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Value).Trim();
        }
        foreach (Match m in Regex.Matches(html, "<select[^>]*name=\"(Input\\.[^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline))
        {
            var selected = Regex.Match(m.Groups[2].Value, "<option[^>]*value=\"([^\"]*)\"[^>]*selected");
            fields[m.Groups[1].Value] = selected.Success ? selected.Groups[1].Value : "";
        }
        fields["Input.IsExample"] = "false";
        return fields;
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_shows_both_versions_and_writes_nothing()
    {
        var ctx = await app.NewKpiContextAsync();
        var form = await EditFormAsync(ctx, ctx.Ids.SatisfactionKpi);
        Assert.Equal((await VersionAsync(ctx.Ids.SatisfactionKpi)).ToString(), form["Input.Version"]);
        Assert.Equal("Tertial", form["Input.Frequency"]);

        // Someone else saves first.
        var theirs = new Dictionary<string, string>(form) { ["Input.TargetValue"] = "90" };
        Assert.Equal(HttpStatusCode.Redirect, (await ctx.Client.PostFormAsync(ctx.Edit(ctx.Ids.SatisfactionKpi), theirs)).StatusCode);

        var mine = new Dictionary<string, string>(form) { ["Input.TargetValue"] = "80", ["Input.Source"] = "Min källa" };
        var html = await (await ctx.Client.PostFormAsync(ctx.Edit(ctx.Ids.SatisfactionKpi), mine)).TextAsync();
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Matches(@"<th scope=""row"">Målvärde</th>\s*<td class=""text-pre-line"">80</td>\s*<td class=""text-pre-line"">90</td>", html);
        Assert.Contains("Min källa</textarea>", html, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().AsNoTracking().SingleAsync(k => k.Id == ctx.Ids.SatisfactionKpi));
        Assert.Equal((90m, "Enkät till pilotverksamheterna"), (stored.TargetValue, stored.Source));
        // The form now carries the stored version: saving again is a deliberate overwrite.
        Assert.Contains($"name=\"Input.Version\" value=\"{stored.Version}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kpi_with_measurements_keeps_its_frequency_scope_and_life()
    {
        var ctx = await app.NewKpiContextAsync();
        var form = await EditFormAsync(ctx, ctx.Ids.SatisfactionKpi);
        form["Input.Frequency"] = "Quarterly";
        form["Input.Scope"] = "Project";
        form["Input.StartDate"] = "2022-06-01";
        var html = await (await ctx.Client.PostFormAsync(ctx.Edit(ctx.Ids.SatisfactionKpi), form)).TextAsync();
        Assert.Contains("Frekvensen kan inte ändras eftersom nyckeltalet har 6 mätvärden.", html, StringComparison.Ordinal);
        Assert.Contains("Nyckeltalet har mätvärden per pilotverksamhet och kan inte mätas för hela projektet.", html, StringComparison.Ordinal);
        Assert.Contains("2 av nyckeltalets mätvärden ligger utanför den nya livslängden.", html, StringComparison.Ordinal);
        Assert.Equal(KpiFrequency.Tertial, await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == ctx.Ids.SatisfactionKpi).Select(k => k.Frequency).SingleAsync()));
    }

    [Fact]
    public async Task Deleting_asks_says_how_many_measurements_go_and_removes_them_with_the_kpi()
    {
        var ctx = await app.NewKpiContextAsync();
        var question = await (await ctx.Client.GetAsync(ctx.Edit(ctx.Ids.SatisfactionKpi) + "?ta-bort=true")).TextAsync();
        Assert.Contains("Nyckeltalets 6 mätvärden tas bort tillsammans med det.", question, StringComparison.Ordinal);
        var form = await EditFormAsync(ctx, ctx.Ids.SatisfactionKpi);

        // A stale version deletes nothing.
        var stale = new Dictionary<string, string>(form) { ["Input.Version"] = Guid.NewGuid().ToString() };
        var conflict = await (await ctx.Client.PostFormAsync(ctx.Edit(ctx.Ids.SatisfactionKpi), stale, ctx.Edit(ctx.Ids.SatisfactionKpi) + "?handler=Delete")).TextAsync();
        Assert.Contains("Ändrad av någon annan", conflict, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().AnyAsync(k => k.Id == ctx.Ids.SatisfactionKpi)));

        var response = await ctx.Client.PostFormAsync(ctx.Edit(ctx.Ids.SatisfactionKpi), form, ctx.Edit(ctx.Ids.SatisfactionKpi) + "?handler=Delete");
        response.AssertRedirectTo(ctx.List + "#main");
        Assert.False(await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().AnyAsync(k => k.Id == ctx.Ids.SatisfactionKpi)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Measurements.IgnoreQueryFilters().CountAsync(m => m.KpiId == ctx.Ids.SatisfactionKpi)));
        Assert.Equal(7, await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.ProjectId == ctx.Ids.ProjectId && a.Action == "Deleted" && (a.EntityType == "Kpi" || a.EntityType == "Measurement"))));
        var list = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.Contains("och dess 6 mätvärden är borttagna.", list, StringComparison.Ordinal);

        // Someone who still has the form open is told that it is gone, with the input kept.
        var gone = await (await ctx.Client.PostFormAsync(ctx.List, form, ctx.Edit(ctx.Ids.SatisfactionKpi))).TextAsync();
        Assert.Contains("Posten har tagits bort av någon annan", gone, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kpi_page_has_a_chart_with_a_text_alternative_the_same_figures_in_a_table_and_the_sites_side_by_side()
    {
        var ctx = await app.NewKpiContextAsync();
        var html = await (await ctx.Client.GetAsync(ctx.Page(ctx.Ids.SatisfactionKpi))).TextAsync();
        var img = Regex.Match(html, "<img src=\"data:image/svg\\+xml;base64,([^\"]+)\" alt=\"([^\"]+)\"");
        Assert.True(img.Success, "No chart image");
        var svg = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(img.Groups[1].Value));
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.StartsWith("Linjediagram över", img.Groups[2].Value, StringComparison.Ordinal);
        Assert.Contains("från tertial 1 2022 till tertial 3 2023", img.Groups[2].Value, StringComparison.Ordinal);
        Assert.Contains(ctx.Ids.SiteBName, img.Groups[2].Value, StringComparison.Ordinal);

        // The table: periods as rows over the KPI's life (the project's), sites as columns.
        var table = Regex.Match(html, "<table[^>]*id=\"trend-table\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Contains("<caption class=\"caption-top\">Värden per period (Procent)</caption>", table, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(table, "<th scope=\"row\"").Count);
        Assert.Matches(@"tertial 1 2022</th>\s*<td[^>]*>72</td>\s*<td[^>]*>68</td>", table);
        Assert.Matches(@"tertial 3 2023</th>\s*<td[^>]*></td>\s*<td[^>]*></td>", table);
        Assert.Contains($">{ctx.Ids.SiteAName}</th>", table, StringComparison.Ordinal);

        var standings = Regex.Match(html, "<table[^>]*id=\"standings\".*?</table>", RegexOptions.Singleline).Value;
        Assert.Matches($@"{Regex.Escape(ctx.Ids.SiteAName)}</th>\s*<td[^>]*>79 %</td>\s*<td[^>]*>tertial 3 2022</td>\s*<td[^>]*>\s*\+7 procentenheter", standings);
        Assert.Matches($@"{Regex.Escape(ctx.Ids.SiteBName)}</th>\s*<td[^>]*>70 %</td>\s*<td[^>]*>tertial 3 2022</td>\s*<td[^>]*>\s*\+2 procentenheter", standings);
        Assert.Contains("I fas", standings, StringComparison.Ordinal);
        Assert.Contains("Ur fas", standings, StringComparison.Ordinal);
        Assert.Contains("77 %", standings, StringComparison.Ordinal);
        Assert.Contains(KpiStatus.RuleText, html, StringComparison.Ordinal);
        Assert.Contains("Pilotverksamheterna sida vid sida", html, StringComparison.Ordinal);

        // A KPI without values still has its page.
        var empty = await (await ctx.Client.GetAsync(ctx.Page(ctx.Ids.OneSiteKpi))).TextAsync();
        Assert.Contains("Nyckeltalet har inga mätvärden ännu.", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sees_the_kpis_without_buttons_and_may_not_change_them()
    {
        var ctx = await app.NewKpiContextAsync(OrganizationRole.Reader);
        var list = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.DoesNotContain("Nytt nyckeltal", list, StringComparison.Ordinal);
        var page = await (await ctx.Client.GetAsync(ctx.Page(ctx.Ids.SatisfactionKpi))).TextAsync();
        Assert.DoesNotContain("Redigera nyckeltalet", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till mätvärde", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync(ctx.New)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync(ctx.Edit(ctx.Ids.SatisfactionKpi))).StatusCode);
        // A post with a valid token (from the list page's sign-out form) is still refused.
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostFormAsync(ctx.List, KpiTestKit.ValidForm("Läsarens"), ctx.New)).StatusCode);
        var edit = KpiTestKit.ValidForm("Läsarens");
        edit["Input.Version"] = (await VersionAsync(ctx.Ids.SatisfactionKpi)).ToString();
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostFormAsync(ctx.List, edit, ctx.Edit(ctx.Ids.SatisfactionKpi) + "?handler=Delete")).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().AnyAsync(k => k.Id == ctx.Ids.SatisfactionKpi)));
    }

    [Fact]
    public async Task Another_tenants_kpis_are_not_found()
    {
        var ctx = await app.NewKpiContextAsync();
        var other = await app.NewKpiContextAsync();
        foreach (var url in new[] { other.List, other.New, other.Page(other.Ids.SatisfactionKpi), other.Edit(other.Ids.SatisfactionKpi) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(url)).StatusCode);
        }
        // A KPI id of another project, under one's own project, is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(ctx.Page(other.Ids.SatisfactionKpi))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(ctx.Edit(other.Ids.SatisfactionKpi))).StatusCode);
        var form = KpiTestKit.ValidForm("Intrång");
        form["Input.Version"] = (await VersionAsync(other.Ids.SatisfactionKpi)).ToString();
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.PostFormAsync(ctx.List, form, ctx.Edit(other.Ids.SatisfactionKpi))).StatusCode);
        Assert.DoesNotContain("Intrång", await NameAsync(other.Ids.SatisfactionKpi), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteKpiPagesTests(SqliteApp app) : KpiPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresKpiPagesTests(PostgresApp app) : KpiPagesTests(app);
