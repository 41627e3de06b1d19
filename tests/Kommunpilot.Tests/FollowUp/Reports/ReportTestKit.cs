using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Reports;

/// <summary>A tenant with the sample follow-up and a client signed in as its user.</summary>
public sealed record ReportContext(TestTenant Tenant, HttpClient Client, SampleFollowUpIds Ids);

internal static class ReportTestKit
{
    public static async Task<ReportContext> NewReportContextAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        return new ReportContext(tenant, await app.SignedInAsync(tenant), ids);
    }

    /// <summary>GET /api/reports/{id} as JSON (asserting 200).</summary>
    public static async Task<JsonElement> ReportJsonAsync(this HttpClient client, int reportId)
    {
        var response = await client.GetAsync($"/api/reports/{reportId}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /api/reports/{reportId} gave {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Guid Version(this JsonElement report) => report.GetProperty("version").GetGuid();

    public static JsonElement SectionRow(this JsonElement report, string key) =>
        report.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == key);

    /// <summary>A section of the report's content by key.</summary>
    public static JsonElement ContentSection(this JsonElement report, string key) =>
        report.GetProperty("content").GetProperty("sections").EnumerateArray().First(s => s.GetProperty("key").GetString() == key);

    public static IReadOnlyList<JsonElement> Blocks(this JsonElement section) => [.. section.GetProperty("blocks").EnumerateArray()];

    public static IEnumerable<JsonElement> Tables(this JsonElement section) =>
        section.Blocks().Where(b => b.TryGetProperty("table", out _)).Select(b => b.GetProperty("table"));

    public static IEnumerable<string> Paragraphs(this JsonElement section) =>
        section.Blocks().Where(b => b.TryGetProperty("paragraph", out _)).Select(b => b.GetProperty("paragraph").GetString()!);

    public static JsonElement Table(this JsonElement section, string captionStart) =>
        section.Tables().First(t => t.GetProperty("caption").GetString()!.StartsWith(captionStart, StringComparison.Ordinal));

    /// <summary>A table's rows as text, with the Swedish thousands space made an ordinary space.</summary>
    public static List<string[]> Rows(this JsonElement table) =>
        [.. table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(c => Plain(c.GetString()!)).ToArray())];

    public static string[] Headers(this JsonElement table) => [.. table.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!)];

    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    /// <summary>Starts the draft through the API.</summary>
    public static async Task<JsonElement> StartDraftAsync(this HttpClient client, int reportId)
    {
        var report = await client.ReportJsonAsync(reportId);
        var response = await client.PostAsJsonAsync($"/api/reports/{reportId}/draft", new { version = report.Version() });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await client.ReportJsonAsync(reportId);
    }

    /// <summary>Adopts the draft through the API.</summary>
    public static async Task<JsonElement> AdoptAsync(this HttpClient client, int reportId, string by = "Servicenämnden", string on = "2022-05-20")
    {
        var report = await client.ReportJsonAsync(reportId);
        var response = await client.PostAsJsonAsync($"/api/reports/{reportId}/adopt", new { adoptedBy = by, adoptedOn = on, version = report.Version() });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await client.ReportJsonAsync(reportId);
    }

    /// <summary>Posts a form of the report page (its handler), with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostReportPageAsync(this HttpClient client, int reportId, string handler, Dictionary<string, string> fields)
    {
        var html = await client.HtmlAsync($"/rapporter/{reportId}");
        fields["__RequestVerificationToken"] = Http.AntiforgeryToken(html);
        return await client.PostAsync($"/rapporter/{reportId}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The report as the page shows it: the article, without the rest of the page.</summary>
    public static string Article(string html)
    {
        var start = html.IndexOf("<article id=\"report\">", StringComparison.Ordinal);
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "The page has no report article.");
        return html[start..(end + "</article>".Length)];
    }

    /// <summary>Starts a report's draft directly in the database (for tenants whose user may not).</summary>
    public static Task<int> StartDraftInDbAsync(this AppFactory app, int reportId) => app.WithDbAsync(async db =>
    {
        var report = await db.ProjectReports.IgnoreQueryFilters().SingleAsync(r => r.Id == reportId);
        var order = 0;
        foreach (var t in ReportTemplates.For(report.Kind))
        {
            db.ReportSections.Add(new ReportSection { ProjectId = report.ProjectId, ReportId = report.Id, Key = t.Key, Title = t.Title, Order = ++order });
        }
        report.Status = ReportStatus.Draft;
        await db.SaveChangesAsync();
        return await db.ReportSections.IgnoreQueryFilters().Where(s => s.ReportId == reportId).OrderBy(s => s.Order).Select(s => s.Id).FirstAsync();
    });
}
