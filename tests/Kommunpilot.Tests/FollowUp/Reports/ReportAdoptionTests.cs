using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunpilot.Tests.FollowUp.Reports;

/// <summary>Adopting freezes a report: its page, API and content read exactly as adopted whatever the data does later.</summary>
public abstract class ReportAdoptionTests(AppFactory app)
{
    private static Dictionary<string, string> Adoption(string by = "Servicenämnden", string on = "2022-05-20") => new()
    {
        ["Input.AdoptedBy"] = by,
        ["Input.AdoptedOn"] = on,
    };

    /// <summary>The stored snapshot.</summary>
    private Task<string> SnapshotAsync(int reportId) => app.WithDbAsync(async db =>
        await db.ProjectReports.IgnoreQueryFilters().Where(r => r.Id == reportId).Select(r => r.Snapshot).SingleAsync() ?? "");

    /// <summary>JSON written one way, so that texts escaped differently compare equal.</summary>
    private static string Normal(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    [Fact]
    public async Task An_adopted_report_does_not_change_when_the_data_does()
    {
        var ctx = await app.NewReportContextAsync();
        var r1 = ctx.Ids.FollowUpReport1;
        await ctx.Client.PostReportPageAsync(r1, "StartDraft", new() { ["version"] = (await ctx.Client.ReportJsonAsync(r1)).Version().ToString() });
        var summary = (await ctx.Client.ReportJsonAsync(r1)).SectionRow(ReportSectionKeys.Summary).GetProperty("id").GetInt32();
        var saved = await ctx.Client.SubmitAsync($"/rapporter/{r1}/avsnitt/{summary}", new() { ["Input.Text"] = "Piloten har kommit i gång.\n\nNöjdheten ökar vid Solen." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var adopted = await ctx.Client.SubmitAsync($"/rapporter/{r1}/faststall", Adoption());
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        Assert.Equal($"/rapporter/{r1}#main", adopted.Headers.Location!.OriginalString);

        var pageBefore = ReportTestKit.Article(await ctx.Client.HtmlAsync($"/rapporter/{r1}"));
        var apiBefore = await ctx.Client.ReportJsonAsync(r1);
        var contentBefore = apiBefore.GetProperty("content").GetRawText();
        Assert.Contains("Fastställd 2022-05-20 av Servicenämnden; visar rapporten som den fastställdes.", pageBefore, StringComparison.Ordinal);
        Assert.Contains("Nöjdheten ökar vid Solen.", pageBefore, StringComparison.Ordinal);
        Assert.Contains(">72 %<", pageBefore, StringComparison.Ordinal);
        Assert.Equal("Adopted", apiBefore.GetProperty("status").GetString());
        Assert.Equal("Servicenämnden", apiBefore.GetProperty("adoptedBy").GetString());

        // The measurements it used are recorded.
        var t1 = await app.WithDbAsync(db => db.Measurements.IgnoreQueryFilters()
            .Where(m => m.KpiId == ctx.Ids.SatisfactionKpi && m.PeriodStart == new DateOnly(2022, 1, 1)).Select(m => m.Id).OrderBy(i => i).ToListAsync());
        var uses = await app.WithDbAsync(db => db.ReportMeasurementUses.IgnoreQueryFilters().Where(u => u.ReportId == r1).Select(u => u.MeasurementId).OrderBy(i => i).ToListAsync());
        Assert.Equal(t1, uses);
        var stored = await app.WithDbAsync(db => db.ProjectReports.IgnoreQueryFilters().SingleAsync(r => r.Id == r1));
        Assert.Equal((ReportStatus.Adopted, "Servicenämnden", new DateOnly(2022, 5, 20)), (stored.Status, stored.AdoptedBy, stored.AdoptedOn));
        Assert.Equal(ctx.Tenant.UserId, stored.AdoptedByUserId);
        Assert.NotNull(stored.AdoptedAt);

        // Now the data changes: a value the report used, a new value, the KPI's name, a deliverable's status.
        await app.WithDbAsync(async db =>
        {
            var used = await db.Measurements.IgnoreQueryFilters().SingleAsync(m => m.Id == t1[0]);
            used.Value = 50;
            db.Measurements.Add(new Measurement
            {
                ProjectId = ctx.Ids.ProjectId, KpiId = ctx.Ids.OneSiteKpi, PilotSiteId = ctx.Ids.SiteA,
                PeriodStart = new DateOnly(2022, 2, 1), PeriodEnd = new DateOnly(2022, 2, 28), Value = 3,
            });
            (await db.Kpis.IgnoreQueryFilters().SingleAsync(k => k.Id == ctx.Ids.SatisfactionKpi)).Name = "Omdöpt nyckeltal";
            (await db.Deliverables.IgnoreQueryFilters().SingleAsync(d => d.ProjectId == ctx.Ids.ProjectId)).Status = WorkStatus.Done;
            return await db.SaveChangesAsync();
        });

        // The adopted report reads exactly as before, on the page, in the API and in what the Word export gets.
        Assert.Equal(pageBefore, ReportTestKit.Article(await ctx.Client.HtmlAsync($"/rapporter/{r1}")));
        Assert.Equal(contentBefore, (await ctx.Client.ReportJsonAsync(r1)).GetProperty("content").GetRawText());
        Assert.Equal(Normal(contentBefore), Normal(await SnapshotAsync(r1)));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var exported = await ReadAsUserAsync(scope.ServiceProvider, ctx, r1);
            Assert.Equal(Normal(contentBefore), Normal(ReportSnapshot.Write(exported)));
        }

        // A draft shows the new data.
        var draft = await ctx.Client.ReportJsonAsync(ctx.Ids.FollowUpReport2);
        var kpis = draft.ContentSection(ReportSectionKeys.Kpis);
        Assert.Equal(["tertial 1 2022", "50 %", "68 %"], kpis.Table("Omdöpt nyckeltal").Rows()[0]);
        Assert.Equal(["februari 2022", "3 st"], kpis.Table("Avvikelser").Rows()[0]);
        Assert.Equal("Klar", draft.ContentSection(ReportSectionKeys.Deliverables).Table("Leveranser").Rows()[0][3]);
        var draftPage = await ctx.Client.HtmlAsync($"/rapporter/{ctx.Ids.FollowUpReport2}");
        Assert.Contains("Omdöpt nyckeltal", draftPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Omdöpt nyckeltal", pageBefore, StringComparison.Ordinal);
    }

    /// <summary>ReportContents.LoadAsync, the Word export's entry, for the tenant's user.</summary>
    private static async Task<ReportContent> ReadAsUserAsync(IServiceProvider services, ReportContext ctx, int reportId)
    {
        var http = services.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        var identity = new System.Security.Claims.ClaimsIdentity(
        [
            new(System.Security.Claims.ClaimTypes.NameIdentifier, ctx.Tenant.UserId),
            new(Kommunpilot.Infrastructure.Tenancy.MembershipClaims.Type, $"{ctx.Tenant.OrganizationId}:Editor"),
        ], "test");
        http.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext { User = new System.Security.Claims.ClaimsPrincipal(identity) };
        var content = await services.GetRequiredService<ReportContents>().LoadAsync(reportId);
        Assert.NotNull(content);
        return content;
    }

    [Fact]
    public async Task An_adopted_reports_sections_refuse_every_change()
    {
        var ctx = await app.NewReportContextAsync();
        var r1 = ctx.Ids.FollowUpReport1;
        var draft = await ctx.Client.StartDraftAsync(r1);
        var add = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/sections", new { title = "Ekonomi i korthet", text = "Egen text" });
        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        var summary = draft.SectionRow(ReportSectionKeys.Summary);
        var summaryId = summary.GetProperty("id").GetInt32();
        var editForm = await ctx.Client.LoadFormAsync($"/rapporter/{r1}/avsnitt/{summaryId}");
        var adopted = await ctx.Client.AdoptAsync(r1);
        var custom = adopted.SectionRow(ReportSectionKeys.Custom);

        var page = await ctx.Client.GetAsync($"/rapporter/{r1}/avsnitt/{summaryId}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Rapporten är fastställd och kan inte ändras.", await page.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", await page.TextAsync(), StringComparison.Ordinal);
        var post = await ctx.Client.SubmitAsync(editForm, new() { ["Input.Text"] = "Ändrad efteråt" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var put = await ctx.Client.PutAsJsonAsync($"/api/reports/{r1}/sections/{summaryId}", new { text = "Ändrad efteråt", version = summary.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Contains("Rapporten är fastställd.", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/sections", new { title = "Sent tillägg" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ctx.Client.DeleteAsync($"/api/reports/{r1}/sections/{custom.GetProperty("id").GetInt32()}?version={custom.GetProperty("version").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/draft", new { version = adopted.Version() })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "Kommunstyrelsen", adoptedOn = "2022-06-01", version = adopted.Version() })).StatusCode);
        var adoptPage = await ctx.Client.GetAsync($"/rapporter/{r1}/faststall");
        Assert.Equal(HttpStatusCode.Conflict, adoptPage.StatusCode);
        Assert.Contains("Rapporten är redan fastställd (2022-05-20 av Servicenämnden).", await adoptPage.TextAsync(), StringComparison.Ordinal);

        var after = await ctx.Client.ReportJsonAsync(r1);
        Assert.Equal(adopted.GetRawText(), after.GetRawText());
        var reportPage = await ctx.Client.HtmlAsync($"/rapporter/{r1}");
        Assert.DoesNotContain("Redigera texten", reportPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till avsnitt", reportPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/reports/" + r1 + "/export/docx\"", reportPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adopting_needs_who_and_a_day_that_is_not_in_the_future()
    {
        var ctx = await app.NewReportContextAsync();
        var r1 = ctx.Ids.FollowUpReport1;
        var planned = await ctx.Client.GetAsync($"/rapporter/{r1}/faststall");
        Assert.Equal(HttpStatusCode.Conflict, planned.StatusCode);
        Assert.Contains("Starta utkastet först", await planned.TextAsync(), StringComparison.Ordinal);
        await ctx.Client.StartDraftAsync(r1);

        var url = $"/rapporter/{r1}/faststall";
        var tomorrow = DateTime.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await (await ctx.Client.SubmitAsync(url, Adoption(by: "  "))).AssertRejectedAsync("Ange vem som fastställde rapporten, till exempel Servicenämnden.");
        var future = await (await ctx.Client.SubmitAsync(url, Adoption(on: tomorrow))).AssertRejectedAsync("Fastställd den kan inte vara ett datum i framtiden.");
        Assert.Contains("value=\"Servicenämnden\"", future, StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(url, Adoption(on: "20 maj"))).AssertRejectedAsync("Värdet '20 maj' är inte ett datum för Fastställd den.");
        await (await ctx.Client.SubmitAsync(url, Adoption(on: ""))).AssertRejectedAsync("Ange vilken dag rapporten fastställdes.");
        await (await ctx.Client.SubmitAsync(url, Adoption(by: new string('x', 201)))).AssertRejectedAsync("Fastställd av får vara högst 200 tecken.");

        var version = (await ctx.Client.ReportJsonAsync(r1)).Version();
        var missing = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedOn = "2022-05-20", version });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("\"adoptedBy\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var later = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "Servicenämnden", adoptedOn = tomorrow, version });
        Assert.Equal(HttpStatusCode.BadRequest, later.StatusCode);
        Assert.Contains("Fastställd den kan inte vara ett datum i framtiden.", await later.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noVersion = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "Servicenämnden", adoptedOn = "2022-05-20" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        var badDate = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "Servicenämnden", adoptedOn = "20 maj", version });
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Contains("ÅÅÅÅ-MM-DD", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await app.WithDbAsync(db => db.ProjectReports.IgnoreQueryFilters().SingleAsync(r => r.Id == r1));
        Assert.Equal(ReportStatus.Draft, stored.Status);
        Assert.Null(stored.Snapshot);
        Assert.False(await app.WithDbAsync(db => db.ReportMeasurementUses.IgnoreQueryFilters().AnyAsync(u => u.ReportId == r1)));
    }

    [Fact]
    public async Task Adopting_with_a_stale_version_or_twice_adopts_nothing_more()
    {
        var ctx = await app.NewReportContextAsync();
        var r1 = ctx.Ids.FollowUpReport1;
        await ctx.Client.StartDraftAsync(r1);
        var mine = await ctx.Client.LoadFormAsync($"/rapporter/{r1}/faststall");
        var theirs = await ctx.Client.LoadFormAsync($"/rapporter/{r1}/faststall");

        var stale = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "Servicenämnden", adoptedOn = "2022-05-20", version = Guid.NewGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Ändrad av någon annan.", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Draft", (await ctx.Client.ReportJsonAsync(r1)).GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Redirect, (await ctx.Client.SubmitAsync(theirs, Adoption(by: "Kommunstyrelsen"))).StatusCode);
        var second = await ctx.Client.SubmitAsync(mine, Adoption(by: "Servicenämnden"));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Rapporten är redan fastställd (2022-05-20 av Kommunstyrelsen).", await second.TextAsync(), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.ProjectReports.IgnoreQueryFilters().SingleAsync(r => r.Id == r1));
        Assert.Equal("Kommunstyrelsen", stored.AdoptedBy);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportAdoptionSqliteTests(SqliteApp app) : ReportAdoptionTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportAdoptionPostgresTests(PostgresApp app) : ReportAdoptionTests(app);
