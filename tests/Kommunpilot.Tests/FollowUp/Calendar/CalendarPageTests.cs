using System.Net;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Calendar;

/// <summary>The organisation's reporting calendar and own KPI areas (<c>/organisation/{id}/rapportkalender</c>).</summary>
public abstract class CalendarPageTests(AppFactory app)
{
    private static string Url(TestTenant t) => $"/organisation/{t.OrganizationId}/rapportkalender";

    private static Dictionary<string, string> Occasion(string name = "Delårsrapport 1", string kind = "InterimReport", int perDay = 30, int perMonth = 4, int dueDay = 31, int dueMonth = 5, string prefix = "New") => new()
    {
        [$"{prefix}.Name"] = name,
        [$"{prefix}.Kind"] = kind,
        [$"{prefix}.PerDay"] = perDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.PerMonth"] = perMonth.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.DueDay"] = dueDay.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{prefix}.DueMonth"] = dueMonth.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_standard_calendar_adds_the_four_usual_occasions_once_sorted_by_per_date()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var page = await client.TextAsync(Url(tenant));
        Assert.Contains("Datumen är typiska exempel", page, StringComparison.Ordinal);

        var response = await client.PostFormAsync(Url(tenant), [], Url(tenant) + "?handler=Standard");
        var html = await response.AssertSavedAsync(client, Url(tenant), "4 standardtillfällen är tillagda.");
        var stored = await app.OccasionsAsync(tenant.OrganizationId);
        Assert.Equal(
            [("Delårsrapport 1", 4, 30, 5, 31), ("Delårsrapport 2", 8, 31, 9, 30), ("Novemberprognos", 10, 31, 11, 30), ("Årsanalys", 12, 31, 2, 28)],
            stored.Select(o => (o.Name, o.PerMonth, o.PerDay, o.DueMonth, o.DueDay)).ToList());
        Assert.Equal(ReportingOccasionKind.AnnualAnalysis, stored[3].Kind);
        var table = html[html.IndexOf("<table", StringComparison.Ordinal)..];
        Assert.True(table.IndexOf("Delårsrapport 2", StringComparison.Ordinal) < table.IndexOf("Novemberprognos", StringComparison.Ordinal));
        Assert.Contains("28 februari (året därpå)", table, StringComparison.Ordinal);

        var again = await client.PostFormAsync(Url(tenant), [], Url(tenant) + "?handler=Standard");
        await again.AssertSavedAsync(client, Url(tenant), "Kalendern har redan alla standardtillfällen; ingenting lades till.");
        Assert.Equal(4, (await app.OccasionsAsync(tenant.OrganizationId)).Count);
    }

    [Fact]
    public async Task An_occasion_is_added_with_its_days_and_a_day_that_is_not_every_year_is_refused()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var added = await client.PostFormAsync(Url(tenant), Occasion(name: " Egen uppföljning ", kind: "Own", perDay: 15, perMonth: 6, dueDay: 1, dueMonth: 7));
        await added.AssertSavedAsync(client, Url(tenant), "Rapporttillfället Egen uppföljning är tillagt.");

        var feb30 = await client.PostFormAsync(Url(tenant), Occasion(name: "Februarirapport", perDay: 30, perMonth: 2));
        await feb30.AssertRejectedAsync("30 februari finns inte. Ange en dag mellan 1 och 28.", "Februarirapport");
        var feb29 = await client.PostFormAsync(Url(tenant), Occasion(name: "Skottdagsrapport", dueDay: 29, dueMonth: 2));
        await feb29.AssertRejectedAsync("29 februari finns inte varje år. Välj 28 februari så att datumet gäller alla år.");
        var april31 = await client.PostFormAsync(Url(tenant), Occasion(name: "Aprilrapport", perDay: 31, perMonth: 4));
        await april31.AssertRejectedAsync("31 april finns inte. Ange en dag mellan 1 och 30.");
        var month13 = await client.PostFormAsync(Url(tenant), Occasion(name: "Trettonde", perMonth: 13));
        await month13.AssertRejectedAsync("Välj en månad.");
        var notANumber = await client.PostFormAsync(Url(tenant), new Dictionary<string, string>(Occasion(name: "Text")) { ["New.PerDay"] = "trettio" });
        await notANumber.AssertRejectedAsync("Värdet 'trettio' är inte giltigt");
        var noName = await client.PostFormAsync(Url(tenant), Occasion(name: " "));
        await noName.AssertRejectedAsync("Ange tillfällets namn, till exempel Delårsrapport 1.");

        var stored = Assert.Single(await app.OccasionsAsync(tenant.OrganizationId));
        Assert.Equal(("Egen uppföljning", ReportingOccasionKind.Own, 6, 15, 7, 1), (stored.Name, stored.Kind, stored.PerMonth, stored.PerDay, stored.DueMonth, stored.DueDay));
    }

    [Fact]
    public async Task An_occasion_name_is_unique_in_the_organisation_whatever_its_case()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var taken = await client.PostFormAsync(Url(tenant), Occasion(name: "årsanalys"));
        await taken.AssertRejectedAsync("Det finns redan ett rapporttillfälle som heter årsanalys.");
        var occasion = (await app.OccasionsAsync(tenant.OrganizationId)).Single(o => o.Name == "Novemberprognos");
        var edit = $"{Url(tenant)}/{occasion.Id}";
        var renamed = await client.PostFormAsync(edit, new Dictionary<string, string>(Occasion(name: "DELÅRSRAPPORT 1", prefix: "Input")) { ["Input.Version"] = occasion.Version.ToString() });
        await renamed.AssertRejectedAsync("Det finns redan ett rapporttillfälle som heter DELÅRSRAPPORT 1.");
        // Another organisation may use the same names.
        var (other, otherClient) = await app.SignedInTenantAsync();
        var fine = await otherClient.PostFormAsync(Url(other), Occasion(name: "Årsanalys", kind: "AnnualAnalysis", perDay: 31, perMonth: 12, dueDay: 28, dueMonth: 2));
        await fine.AssertSavedAsync(otherClient, Url(other), "Rapporttillfället Årsanalys är tillagt.");
    }

    [Fact]
    public async Task Editing_and_deleting_check_the_version_and_show_both_versions()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var occasion = (await app.OccasionsAsync(tenant.OrganizationId)).Single(o => o.Name == "Novemberprognos");
        var edit = $"{Url(tenant)}/{occasion.Id}";
        var stale = occasion.Version.ToString();

        var saved = await client.PostFormAsync(edit, new Dictionary<string, string>(Occasion(name: "Oktoberprognos", kind: "NovemberForecast", perDay: 30, perMonth: 9, dueDay: 31, dueMonth: 10, prefix: "Input")) { ["Input.Version"] = stale });
        await saved.AssertSavedAsync(client, Url(tenant), "Rapporttillfället Oktoberprognos är sparat.");

        var conflict = await client.PostFormAsync(edit, new Dictionary<string, string>(Occasion(name: "Decemberprognos", kind: "NovemberForecast", perDay: 30, perMonth: 11, dueDay: 15, dueMonth: 12, prefix: "Input")) { ["Input.Version"] = stale });
        var html = WebUtility.HtmlDecode(await conflict.BodyAsync());
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("Oktoberprognos", html, StringComparison.Ordinal);
        Assert.Contains("Decemberprognos", html, StringComparison.Ordinal);
        Assert.Equal("Oktoberprognos", (await app.OccasionsAsync(tenant.OrganizationId)).Single(o => o.Id == occasion.Id).Name);

        var deleteStale = await client.PostFormAsync(edit, new() { ["Input.Version"] = stale, ["Input.Name"] = "x" }, edit + "?handler=Delete");
        Assert.Contains("Ändrad av någon annan", WebUtility.HtmlDecode(await deleteStale.BodyAsync()), StringComparison.Ordinal);
        Assert.Contains(await app.OccasionsAsync(tenant.OrganizationId), o => o.Id == occasion.Id);

        var current = (await app.OccasionsAsync(tenant.OrganizationId)).Single(o => o.Id == occasion.Id).Version.ToString();
        var deleted = await client.PostFormAsync(edit, new() { ["Input.Version"] = current }, edit + "?handler=Delete");
        await deleted.AssertSavedAsync(client, Url(tenant), "Rapporttillfället Oktoberprognos är borttaget.");
        Assert.DoesNotContain(await app.OccasionsAsync(tenant.OrganizationId), o => o.Id == occasion.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(edit)).StatusCode);
    }

    [Fact]
    public async Task Deleting_an_occasion_keeps_its_reports_with_their_dates()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var edit = $"{Url(tenant)}/{ids.InterimOccasion}";
        var page = await client.TextAsync(edit + "?ta-bort=true");
        Assert.Contains("1 rapporter är planerade på tillfället", page, StringComparison.Ordinal);
        var version = (await app.OccasionsAsync(tenant.OrganizationId)).Single(o => o.Id == ids.InterimOccasion).Version.ToString();
        var deleted = await client.PostFormAsync(edit, new() { ["Input.Version"] = version }, edit + "?handler=Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        var report = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == ids.FollowUpReport1);
        Assert.Equal((null, new DateOnly(2022, 5, 31)), (report.ReportingOccasionId, report.DueDate));
    }

    [Fact]
    public async Task Own_kpi_areas_are_added_renamed_and_not_deleted_while_a_kpi_uses_them()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var added = await client.PostFormAsync(Url(tenant), new() { ["NewArea.Name"] = "Digitalisering" }, Url(tenant) + "?handler=Area");
        await added.AssertSavedAsync(client, Url(tenant), "Nyckeltalsområdet Digitalisering är tillagt.");
        var duplicate = await client.PostFormAsync(Url(tenant), new() { ["NewArea.Name"] = "DIGITALISERING" }, Url(tenant) + "?handler=Area");
        await duplicate.AssertRejectedAsync("Det finns redan ett nyckeltalsområde som heter DIGITALISERING.");
        var empty = await client.PostFormAsync(Url(tenant), new() { ["NewArea.Name"] = "" }, Url(tenant) + "?handler=Area");
        await empty.AssertRejectedAsync("Ange områdets namn.");

        var area = await app.WithDbAsync(db => db.KpiAreas.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.OrganizationId == tenant.OrganizationId));
        var edit = $"/organisation/{tenant.OrganizationId}/nyckeltalsomraden/{area.Id}";
        var renamed = await client.PostFormAsync(edit, new() { ["Input.Name"] = "Digital service", ["Input.Version"] = area.Version.ToString() });
        await renamed.AssertSavedAsync(client, Url(tenant), "Nyckeltalsområdet Digital service är sparat.");
        var stale = await client.PostFormAsync(edit, new() { ["Input.Name"] = "Något annat", ["Input.Version"] = area.Version.ToString() });
        Assert.Contains("Ändrad av någon annan", WebUtility.HtmlDecode(await stale.BodyAsync()), StringComparison.Ordinal);

        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Projekt med eget område");
        await app.WithDbAsync(async db =>
        {
            db.Kpis.Add(new Kpi { ProjectId = projectId, Name = "E-tjänster", Area = KpiAreaKind.Own, OwnAreaId = area.Id, Unit = KpiUnit.Count });
            return await db.SaveChangesAsync();
        });
        var version = await app.WithDbAsync(db => db.KpiAreas.IgnoreQueryFilters().Where(a => a.Id == area.Id).Select(a => a.Version).SingleAsync());
        var refused = await client.PostFormAsync(edit, new() { ["Input.Version"] = version.ToString() }, edit + "?handler=Delete");
        await refused.AssertRejectedAsync("Området används av 1 nyckeltal och kan inte tas bort. Flytta nyckeltalen till ett annat område först.");
        Assert.True(await app.WithDbAsync(db => db.KpiAreas.IgnoreQueryFilters().AnyAsync(a => a.Id == area.Id)));
    }

    [Fact]
    public async Task A_reader_is_refused_and_another_tenant_finds_nothing()
    {
        var (reader, readerClient) = await app.SignedInTenantAsync(OrganizationRole.Reader);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(Url(reader))).StatusCode);

        var (owner, ownerClient) = await app.SignedInTenantAsync();
        await app.AddStandardCalendarAsync(owner.OrganizationId);
        var occasion = (await app.OccasionsAsync(owner.OrganizationId))[0];
        var (_, stranger) = await app.SignedInTenantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Url(owner))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{Url(owner)}/{occasion.Id}")).StatusCode);
        // The editor's own calendar with the other tenant's occasion id: not found either.
        var (mine, myClient) = await app.SignedInTenantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await myClient.GetAsync($"{Url(mine)}/{occasion.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"{Url(owner)}/{occasion.Id}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarPageSqliteTests(SqliteApp app) : CalendarPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CalendarPagePostgresTests(PostgresApp app) : CalendarPageTests(app);
