using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>A sample plan of a fresh tenant whose user (of the given role) is signed in.</summary>
public sealed record ImportContext(AppFactory App, TestTenant Tenant, HttpClient Client, int PlanId)
{
    public string Url => $"/kommunikation/{PlanId}/import";

    public string ApiUrl => $"/api/communication-plans/{PlanId}/import/xlsx";
}

/// <summary>The preview page as a browser has it: its token, the stored upload and the columns' choices.</summary>
public sealed record PreviewPage(string Html, string Token, string UploadId, string Previewed, IReadOnlyList<(int Column, string Field)> Map)
{
    /// <summary>The form as the browser would send it, with some columns changed.</summary>
    public Dictionary<string, string> Form(bool createMissing = false, Dictionary<int, string>? change = null, string? previewed = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token,
            ["fil"] = UploadId,
            ["previewed"] = previewed ?? Previewed,
        };
        foreach (var (column, field) in Map)
        {
            fields[$"map[{column}]"] = change is not null && change.TryGetValue(column, out var changed) ? changed : field;
        }
        if (createMissing)
        {
            fields["createMissing"] = "true";
        }
        return fields;
    }
}

public static partial class ImportTestKit
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [GeneratedRegex("name=\"fil\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();

    [GeneratedRegex("name=\"previewed\" value=\"([^\"]*)\"")]
    private static partial Regex PreviewedField();

    [GeneratedRegex("<select[^>]*name=\"map\\[(\\d+)\\]\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex ColumnSelect();

    [GeneratedRegex("<option value=\"(\\w+)\" selected=\"selected\">")]
    private static partial Regex SelectedOption();

    public static async Task<ImportContext> NewImportAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var project = await app.NewProjectAsync(tenant.OrganizationId, "Importprojekt " + Guid.NewGuid().ToString("N")[..6]);
        var plan = await app.NewPlanAsync(tenant.OrganizationId, project);
        return new ImportContext(app, tenant, await app.SignedInAsync(tenant), plan);
    }

    /// <summary>Posts the file from the upload form, as a browser does (multipart, with the page's token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this ImportContext ctx, byte[] file, string name = "aktivitetsplan.xlsx", string? url = null)
    {
        var token = Http.AntiforgeryToken(await ctx.Client.HtmlAsync(ctx.Url));
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        content.Add(part, "file", name);
        return await ctx.Client.PostAsync((url ?? ctx.Url) + "?handler=Upload", content);
    }

    /// <summary>Uploads the file and opens the preview it is redirected to.</summary>
    public static async Task<PreviewPage> PreviewAsync(this ImportContext ctx, byte[] file)
    {
        var upload = await ctx.UploadAsync(file);
        var body = await upload.Content.ReadAsStringAsync();
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, $"Expected the preview, got {(int)upload.StatusCode}: {Projects.Parts.PartsTestKit.MainOf(WebUtility.HtmlDecode(body))}");
        var location = upload.Headers.Location!.OriginalString;
        Assert.StartsWith(ctx.Url + "?fil=", location, StringComparison.Ordinal);
        return Parse(await ctx.Client.HtmlAsync(location));
    }

    public static PreviewPage Parse(string html) => new(
        WebUtility.HtmlDecode(html),
        Http.AntiforgeryToken(html),
        UploadField().Match(html).Groups[1].Value,
        WebUtility.HtmlDecode(PreviewedField().Match(html).Groups[1].Value),
        [.. ColumnSelect().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), SelectedOption().Match(m.Groups[2].Value).Groups[1].Value))]);

    /// <summary>Sends the preview's form to a handler: "Preview" (again) or "Import".</summary>
    public static Task<HttpResponseMessage> SendAsync(this ImportContext ctx, PreviewPage page, string handler, bool createMissing = false, Dictionary<int, string>? change = null, string? previewed = null) =>
        ctx.Client.PostAsync($"{ctx.Url}?handler={handler}", new FormUrlEncodedContent(page.Form(createMissing, change, previewed)));

    /// <summary>A client that calls the API with the tenant user's bearer token (no cookie).</summary>
    public static async Task<HttpClient> BearerClientAsync(this ImportContext ctx)
    {
        var client = ctx.App.NewClient();
        var token = await client.BearerTokenAsync(ctx.Tenant.Email, ctx.Tenant.Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>POSTs the file to the import API as multipart form data, with any extra fields.</summary>
    public static Task<HttpResponseMessage> PostXlsxAsync(this HttpClient client, string url, byte[]? file, Dictionary<string, string>? fields = null, string name = "aktivitetsplan.xlsx")
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields ?? [])
        {
            content.Add(new StringContent(value), key);
        }
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
            content.Add(part, "file", name);
        }
        return client.PostAsync(url, content);
    }

    /// <summary>The plan's activities in order, with the names they link to, read as the system.</summary>
    public static Task<List<StoredActivity>> ActivitiesAsync(this AppFactory app, int planId) => app.WithDbAsync(db =>
        db.PlanActivities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.PlanId == planId)
            .OrderBy(a => a.Order)
            .Select(a => new StoredActivity(a.Order, a.What, a.MessageText, a.TimingText, a.TimingKind, a.StartDate, a.EndDate, a.TimingProblem,
                a.PlannedHours, a.Status, a.Why, a.How,
                a.Stakeholders.OrderBy(s => s.Stakeholder.Order).Select(s => s.Stakeholder.Name).ToList(),
                a.Channels.OrderBy(c => c.Channel.Order).Select(c => c.Channel.Name).ToList(),
                a.Responsibles.OrderBy(r => r.Person.Name).Select(r => r.Person.Name).ToList()))
            .ToListAsync());

    public static Task<List<string>> TargetGroupsAsync(this AppFactory app, int planId) => app.WithDbAsync(db =>
        db.Stakeholders.IgnoreQueryFilters().Where(s => s.PlanId == planId).OrderBy(s => s.Order).Select(s => s.Name).ToListAsync());

    public static Task<List<string>> ChannelsAsync(this AppFactory app, int planId) => app.WithDbAsync(db =>
        db.Channels.IgnoreQueryFilters().Where(s => s.PlanId == planId).OrderBy(s => s.Order).Select(s => s.Name).ToListAsync());

    public static Task<List<string>> PeopleAsync(this AppFactory app, int organizationId) => app.WithDbAsync(db =>
        db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.OrganizationId == organizationId).OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
}

public sealed record StoredActivity(
    int Order, string What, string? MessageText, string? TimingText, TimingKind TimingKind, DateOnly? StartDate, DateOnly? EndDate, string? TimingProblem,
    decimal? PlannedHours, ActivityStatus Status, string? Why, string? How, List<string> TargetGroups, List<string> Channels, List<string> Responsible);
