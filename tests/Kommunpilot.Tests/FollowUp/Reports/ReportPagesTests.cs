using System.Net;
using System.Net.Http.Json;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Reports;

/// <summary>The report pages: starting the draft, writing, adding, moving and deleting sections, conflicts and who may do what.</summary>
public abstract class ReportPagesTests(AppFactory app)
{
    private Task<List<ReportSection>> SectionsAsync(int reportId) => app.WithDbAsync(db =>
        db.ReportSections.IgnoreQueryFilters().AsNoTracking().Where(s => s.ReportId == reportId).OrderBy(s => s.Order).ToListAsync());

    [Fact]
    public async Task A_planned_report_starts_its_draft_and_its_sections_are_written_added_moved_and_deleted()
    {
        var ctx = await app.NewReportContextAsync();
        var r1 = ctx.Ids.FollowUpReport1;
        var planned = await ctx.Client.HtmlAsync($"/rapporter/{r1}");
        Assert.Contains("<h1 class=\"h2\">\n    Uppföljningsrapport 1", planned.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Starta utkast", planned, StringComparison.Ordinal);
        Assert.Contains("Serviceförvaltningens ledningsgrupp", planned, StringComparison.Ordinal);
        Assert.Contains("2022-05-31", planned, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\" aria-label=\"Linjediagram: Nöjda verksamheter", planned, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", planned, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=\"", planned, StringComparison.Ordinal);
        Assert.DoesNotContain("Redigera texten", planned, StringComparison.Ordinal);

        var version = (await ctx.Client.ReportJsonAsync(r1)).Version();
        var start = await ctx.Client.PostReportPageAsync(r1, "StartDraft", new() { ["version"] = version.ToString() });
        Assert.Equal($"/rapporter/{r1}#main", start.Headers.Location!.OriginalString);
        var sections = await SectionsAsync(r1);
        Assert.Equal(ReportTemplates.For(ReportKind.FollowUp).Select(t => (t.Key, t.Title)), sections.Select(s => (s.Key, s.Title)));
        Assert.All(sections, s => Assert.Equal(ctx.Ids.ProjectId, s.ProjectId));
        var draft = await ctx.Client.HtmlAsync($"/rapporter/{r1}");
        Assert.Contains("Utkastet är startat.", draft, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rapporter/{r1}/avsnitt/{sections[0].Id}\"", draft, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rapporter/{r1}/faststall\"", draft, StringComparison.Ordinal);
        // Starting it again (an old form) changes nothing.
        await ctx.Client.PostReportPageAsync(r1, "StartDraft", new() { ["version"] = version.ToString() });
        Assert.Equal(5, (await SectionsAsync(r1)).Count);

        var edit = await ctx.Client.SubmitAsync($"/rapporter/{r1}/avsnitt/{sections[0].Id}", new() { ["Input.Text"] = "Första stycket.\r\n\r\nAndra stycket.  " });
        Assert.Equal($"/rapporter/{r1}#section-{sections[0].Id}", edit.Headers.Location!.OriginalString);
        Assert.Equal("Första stycket.\n\nAndra stycket.", (await SectionsAsync(r1))[0].Text);
        Assert.Contains("Andra stycket.", await ctx.Client.HtmlAsync($"/rapporter/{r1}"), StringComparison.Ordinal);
        var tooLong = await ctx.Client.SubmitAsync($"/rapporter/{r1}/avsnitt/{sections[0].Id}", new() { ["Input.Text"] = new string('x', 20001) });
        await tooLong.AssertRejectedAsync("Texten får vara högst 20 000 tecken.");

        var missingTitle = await ctx.Client.PostReportPageAsync(r1, "AddSection", new() { ["NewSection.Title"] = " ", ["NewSection.Text"] = "Behåll mig" });
        await missingTitle.AssertRejectedAsync("Ange avsnittets rubrik.", "Behåll mig");
        var added = await ctx.Client.PostReportPageAsync(r1, "AddSection", new() { ["NewSection.Title"] = "Ekonomi i korthet", ["NewSection.Text"] = "Budgeten håller." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var custom = (await SectionsAsync(r1)).Last();
        Assert.Equal((ReportSectionKeys.Custom, "Ekonomi i korthet", "Budgeten håller.", 6), (custom.Key, custom.Title, custom.Text, custom.Order));

        var moved = await ctx.Client.PostReportPageAsync(r1, "Move", new() { ["sectionId"] = custom.Id.ToString(), ["up"] = "true", ["version"] = custom.Version.ToString() });
        Assert.Equal($"/rapporter/{r1}#section-{custom.Id}", moved.Headers.Location!.OriginalString);
        Assert.Equal(["sammanfattning", "nyckeltal", "leveranser", "milstolpar", "egen", "forandringar"], (await SectionsAsync(r1)).Select(s => s.Key));

        var customPage = await ctx.Client.HtmlAsync($"/rapporter/{r1}/avsnitt/{custom.Id}");
        Assert.Contains("name=\"Input.Title\"", customPage, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Title\"", await ctx.Client.HtmlAsync($"/rapporter/{r1}/avsnitt/{sections[0].Id}"), StringComparison.Ordinal);
        var renamed = await ctx.Client.SubmitAsync($"/rapporter/{r1}/avsnitt/{custom.Id}", new() { ["Input.Title"] = "Ekonomi", ["Input.Text"] = "Budgeten håller." });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains("Vill du ta bort avsnittet Ekonomi?", await ctx.Client.HtmlAsync($"/rapporter/{r1}/avsnitt/{custom.Id}?ta-bort=true"), StringComparison.Ordinal);
        var deleted = await ctx.Client.SubmitAsync($"/rapporter/{r1}/avsnitt/{custom.Id}", [], "Delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(await SectionsAsync(r1), s => s.Id == custom.Id);

        // The template's own sections stay: the API says why.
        var templateSection = (await SectionsAsync(r1))[1];
        var refused = await ctx.Client.DeleteAsync($"/api/reports/{r1}/sections/{templateSection.Id}?version={templateSection.Version}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Avsnittet hör till rapportmallen.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_writing_the_same_section_see_a_conflict_and_nothing_is_lost()
    {
        var ctx = await app.NewReportContextAsync();
        var r1 = ctx.Ids.FollowUpReport1;
        var draft = await ctx.Client.StartDraftAsync(r1);
        var summary = draft.SectionRow(ReportSectionKeys.Summary);
        var id = summary.GetProperty("id").GetInt32();
        var url = $"/rapporter/{r1}/avsnitt/{id}";
        var mine = await ctx.Client.LoadFormAsync(url);
        var theirs = await ctx.Client.LoadFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await ctx.Client.SubmitAsync(theirs, new() { ["Input.Text"] = "Deras text" })).StatusCode);
        var conflict = await ctx.Client.SubmitAsync(mine, new() { ["Input.Text"] = "Min text" });
        var text = await conflict.AssertRejectedAsync("Ändrad av någon annan", "Min text");
        Assert.Matches("<th scope=\"row\">Text</th>\\s*<td[^>]*>Min text</td>\\s*<td[^>]*>Deras text</td>", text);
        Assert.Equal("Deras text", (await SectionsAsync(r1))[0].Text);

        // The API: the version read before is stale; the current one works.
        var stale = await ctx.Client.PutAsJsonAsync($"/api/reports/{r1}/sections/{id}", new { text = "Från API", version = summary.GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("currentVersion", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Deras text", (await SectionsAsync(r1))[0].Text);
        var current = (await ctx.Client.ReportJsonAsync(r1)).SectionRow(ReportSectionKeys.Summary).GetProperty("version").GetGuid();
        var ok = await ctx.Client.PutAsJsonAsync($"/api/reports/{r1}/sections/{id}", new { text = "Från API", version = current });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("Från API", (await ctx.Client.ReportJsonAsync(r1)).ContentSection(ReportSectionKeys.Summary).GetProperty("text").GetString());

        var renameTemplate = await ctx.Client.PutAsJsonAsync($"/api/reports/{r1}/sections/{id}", new { title = "Ny rubrik", text = "x", version = (await ctx.Client.ReportJsonAsync(r1)).SectionRow(ReportSectionKeys.Summary).GetProperty("version").GetGuid() });
        Assert.Equal(HttpStatusCode.Conflict, renameTemplate.StatusCode);
        var noVersion = await ctx.Client.PutAsJsonAsync($"/api/reports/{r1}/sections/{id}", new { text = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        var tooLong = await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/sections", new { title = new string('x', 201) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task A_reader_sees_the_report_but_cannot_change_it()
    {
        var ctx = await app.NewReportContextAsync(OrganizationRole.Reader);
        var r1 = ctx.Ids.FollowUpReport1;
        var planned = await ctx.Client.HtmlAsync($"/rapporter/{r1}");
        Assert.DoesNotContain("Starta utkast", planned, StringComparison.Ordinal);
        var version = (await ctx.Client.ReportJsonAsync(r1)).Version();
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostReportPageAsync(r1, "StartDraft", new() { ["version"] = version.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/draft", new { version })).StatusCode);

        var sectionId = await app.StartDraftInDbAsync(r1);
        var draft = await ctx.Client.HtmlAsync($"/rapporter/{r1}");
        Assert.DoesNotContain("Redigera texten", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Fastställ", draft.Replace("Fastställda nyckeltal", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var edit = await ctx.Client.GetAsync($"/rapporter/{r1}/avsnitt/{sectionId}");
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Contains("Du får läsa projektets rapporter men inte ändra dem.", await edit.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync($"/rapporter/{r1}/faststall")).StatusCode);
        var current = await ctx.Client.ReportJsonAsync(r1);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PutAsJsonAsync($"/api/reports/{r1}/sections/{sectionId}", new { text = "x", version = current.SectionRow(ReportSectionKeys.Summary).GetProperty("version").GetGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/sections", new { title = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "x", adoptedOn = "2022-05-20", version = current.Version() })).StatusCode);
        Assert.Equal(ReportStatus.Draft, await app.WithDbAsync(db => db.ProjectReports.IgnoreQueryFilters().Where(r => r.Id == r1).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task Another_tenants_report_is_not_found()
    {
        var owner = await app.NewReportContextAsync();
        var r1 = owner.Ids.FollowUpReport1;
        var sectionId = await app.StartDraftInDbAsync(r1);
        var other = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await Kommunpilot.Tests.Projects.ProjectTestData.SignedInAsync(app, other);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rapporter/{r1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rapporter/{r1}/avsnitt/{sectionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rapporter/{r1}/faststall")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/reports/{r1}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/reports/{r1}/sections/{sectionId}", new { text = "x", version = Guid.NewGuid() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/reports/{r1}/adopt", new { adoptedBy = "x", adoptedOn = "2022-05-20", version = Guid.NewGuid() })).StatusCode);
        // A section id of another report is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await owner.Client.GetAsync($"/rapporter/{owner.Ids.FollowUpReport2}/avsnitt/{sectionId}")).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ReportSections.IgnoreQueryFilters().Where(s => s.Id == sectionId).Select(s => s.Text).SingleAsync()));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportPagesSqliteTests(SqliteApp app) : ReportPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportPagesPostgresTests(PostgresApp app) : ReportPagesTests(app);
