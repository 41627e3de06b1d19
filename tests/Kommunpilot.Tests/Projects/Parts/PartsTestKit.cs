using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

/// <summary>A project of a fresh tenant, with a user signed in, and two of the tenant's units (one spare for adding a pilot site).</summary>
public sealed record PartContext(TestTenant Tenant, HttpClient Client, int ProjectId, int UnitId, int OtherUnitId)
{
    public string Url(string slug, int? itemId = null) => itemId is null ? $"/projekt/{ProjectId}/{slug}" : $"/projekt/{ProjectId}/{slug}/{itemId}";
}

/// <summary>A form as loaded by a browser: the antiforgery token and the version it carries.</summary>
public sealed record LoadedForm(string Url, string Token, string? Version);

public static partial class PartsTestKit
{
    [GeneratedRegex("name=\"Input.Version\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex VersionField();

    /// <summary>A new tenant whose user holds <paramref name="role"/>, signed in, with a project owned by the tenant.</summary>
    public static async Task<PartContext> NewProjectAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Testprojekt " + Guid.NewGuid().ToString("N")[..6]);
        var otherUnitId = await app.WithDbAsync(async db =>
        {
            var department = await db.Departments.IgnoreQueryFilters().SingleAsync(d => d.OrganizationId == tenant.OrganizationId);
            var unit = new Unit { Name = "Andra enheten", OrganizationId = tenant.OrganizationId, DepartmentId = department.Id };
            db.Add(unit);
            await db.SaveChangesAsync();
            return unit.Id;
        });
        var client = await app.SignedInClientAsync(tenant.Email, tenant.Password);
        return new PartContext(tenant, client, projectId, tenant.UnitId, otherUnitId);
    }

    /// <summary>Another project of the same tenant.</summary>
    public static Task<int> NewSiblingProjectAsync(this AppFactory app, PartContext ctx) =>
        app.NewProjectAsync(ctx.Tenant.OrganizationId, "Syskonprojekt");

    /// <summary>Stores an entity directly (as the system) and gives its id.</summary>
    public static Task<int> InsertAsync(this AppFactory app, object entity) => app.WithDbAsync(async db =>
    {
        db.Add(entity);
        await db.SaveChangesAsync();
        return (int)db.Entry(entity).Property("Id").CurrentValue!;
    });

    /// <summary>GETs a page with a form, as a browser would, keeping its token and version.</summary>
    public static async Task<LoadedForm> LoadFormAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}");
        var version = VersionField().Match(html);
        return new LoadedForm(url, Http.AntiforgeryToken(html), version.Success ? version.Groups[1].Value : null);
    }

    /// <summary>Posts the fields with the form's token and, unless the fields name one, its version.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, LoadedForm form, Dictionary<string, string> fields, string? handler = null)
    {
        var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = form.Token };
        if (form.Version is not null)
        {
            all.TryAdd("Input.Version", form.Version);
        }
        var url = handler is null ? form.Url : $"{form.Url}?handler={handler}";
        return client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Loads the form at <paramref name="url"/> and posts the fields to it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? handler = null) =>
        await client.SubmitAsync(await client.LoadFormAsync(url), fields, handler);

    /// <summary>The page's text with character references decoded, for asserting on messages.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A form that is shown again with its errors (200, not a redirect), and its text.</summary>
    public static async Task<string> AssertRejectedAsync(this HttpResponseMessage response, params string[] messages)
    {
        var text = await response.TextAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected the form again, got {(int)response.StatusCode} {response.Headers.Location}");
        foreach (var message in messages)
        {
            Assert.True(text.Contains(message, StringComparison.Ordinal), $"\"{message}\" not in the page:\n{MainOf(text)}");
        }
        return text;
    }

    /// <summary>The page's main content, for failure messages.</summary>
    public static string MainOf(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return start >= 0 && end > start ? html[start..end] : html;
    }

    /// <summary>A successful change: Post/Redirect/Get to the list, which shows <paramref name="message"/>.</summary>
    public static async Task AssertRedirectedWithAsync(this HttpResponseMessage response, HttpClient client, string listUrl, string message)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {await response.TextAsync()}");
        Assert.Equal(listUrl + "#main", response.Headers.Location!.OriginalString);
        var list = await client.GetAsync(listUrl);
        Assert.Contains(message, await list.TextAsync(), StringComparison.Ordinal);
    }
}
