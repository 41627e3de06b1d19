using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Measurements;

/// <summary>A tenant with the sample follow-up (see <see cref="SampleFollowUp"/>), a signed-in page client and a bearer API client.</summary>
public sealed record MeasurementContext(TestTenant Tenant, SampleFollowUpIds Ids, HttpClient Pages, HttpClient Api)
{
    public string List => $"/projekt/{Ids.ProjectId}/matvarden";
    public string New => $"{List}/ny";
    public string Entry(int id) => $"{List}/{id}";
    public string Grid(string frequency, string period) => $"{List}/tabell?frekvens={frequency}&period={period}";
    public string ApiList => $"/api/projects/{Ids.ProjectId}/measurements";
}

public static partial class MeasurementTestKit
{
    public static async Task<MeasurementContext> NewMeasurementsAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        return new MeasurementContext(tenant, ids, await app.SignedInAsync(tenant), await app.BearerClientAsync(tenant));
    }

    /// <summary>The stored measurement of a KPI, site and period, read as the system.</summary>
    public static Task<Measurement?> StoredAsync(this AppFactory app, int kpiId, int? siteId, DateOnly start) =>
        app.WithDbAsync(db => db.Measurements.IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(m => m.KpiId == kpiId && m.PilotSiteId == siteId && m.PeriodStart == start));

    public static Task<int> CountAsync(this AppFactory app, int projectId) =>
        app.WithDbAsync(db => db.Measurements.IgnoreQueryFilters().CountAsync(m => m.ProjectId == projectId));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostMeasurementAsync(this MeasurementContext ctx, object body, string query = "") =>
        ctx.Api.PostAsJsonAsync(ctx.ApiList + query, body);

    /// <summary>The errors of a validation problem for a field, joined.</summary>
    public static string Errors(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var list)
            ? string.Join(" ", list.EnumerateArray().Select(e => e.GetString()))
            : "";

    /// <summary>The page's hidden fields and inputs by name (value attribute), as a browser would post them back.</summary>
    public static Dictionary<string, string> Fields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in InputTag().Matches(html))
        {
            var tag = m.Value;
            var name = Attr(tag, "name");
            if (name is null || name == "__RequestVerificationToken")
            {
                continue;
            }
            var type = Attr(tag, "type");
            if (type is "checkbox" or "radio")
            {
                if (tag.Contains(" checked", StringComparison.Ordinal))
                {
                    fields[name] = WebUtility.HtmlDecode(Attr(tag, "value") ?? "on");
                }
                continue;
            }
            fields[name] = WebUtility.HtmlDecode(Attr(tag, "value") ?? "");
        }
        foreach (Match m in TextareaTag().Matches(html))
        {
            fields[m.Groups["name"].Value] = WebUtility.HtmlDecode(m.Groups["text"].Value).TrimStart('\r', '\n');
        }
        return fields;
    }

    private static string? Attr(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("<textarea[^>]*name=\"(?<name>[^\"]+)\"[^>]*>(?<text>[^<]*)</textarea>")]
    private static partial Regex TextareaTag();

    /// <summary>Loads a form page, changes some fields and posts all of them back with the page's token.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(this HttpClient client, string url, Action<Dictionary<string, string>> change, string? handler = null, string? html = null)
    {
        html ??= await client.HtmlAsync(url);
        var fields = Fields(html);
        change(fields);
        // The token of the page's own form (inside <main>), not the sign-out form's in the header.
        var main = html.IndexOf("<main", StringComparison.Ordinal);
        fields["__RequestVerificationToken"] = Http.AntiforgeryToken(main >= 0 ? html[main..] : html);
        var target = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>The grid's row index of a KPI at a site.</summary>
    public static int CellIndex(string html, int kpiId, int? siteId)
    {
        var fields = Fields(html);
        for (var i = 0; fields.ContainsKey($"Cells[{i}].KpiId"); i++)
        {
            if (fields[$"Cells[{i}].KpiId"] == kpiId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                && fields[$"Cells[{i}].SiteId"] == (siteId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""))
            {
                return i;
            }
        }
        throw new InvalidOperationException($"No cell for KPI {kpiId} at site {siteId}.");
    }
}
