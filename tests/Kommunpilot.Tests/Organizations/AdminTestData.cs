using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Organizations;

/// <summary>Test data builders and helpers for the organisation administration's tests.</summary>
internal static partial class AdminTestData
{
    /// <summary>A tenant whose administrator is signed in.</summary>
    public static async Task<(TestTenant Tenant, HttpClient Client)> AdminAsync(this AppFactory app)
    {
        var tenant = await app.NewTenantAsync();
        return (tenant, await app.SignedInClientAsync(tenant.Email, tenant.Password));
    }

    /// <summary>A project led and owned by the organisation, shaped by <paramref name="configure"/>.</summary>
    public static Task<int> AddProjectAsync(this AppFactory app, int organizationId, Action<Project>? configure = null) =>
        app.WithDbAsync(async db =>
        {
            var project = new Project { OrganizationId = organizationId, Name = $"Testprojekt {Guid.NewGuid():N}"[..24] };
            project.Owners.Add(new ProjectOwner { OrganizationId = organizationId });
            configure?.Invoke(project);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

    /// <summary>Adds a record straight to the database (as the system) and returns it with its id.</summary>
    public static Task<T> AddAsync<T>(this AppFactory app, T entity)
        where T : class =>
        app.WithDbAsync(async db =>
        {
            db.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });

    public static Task<T?> FindAsync<T>(this AppFactory app, int id)
        where T : class =>
        app.WithDbAsync(db => db.Set<T>().IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(e => EF.Property<int>(e, "Id") == id));

    public static async Task<Guid> VersionAsync<T>(this AppFactory app, int id)
        where T : class, IVersioned =>
        (await app.FindAsync<T>(id))!.Version;

    public static async Task<string> BodyAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    /// <summary>Posts a form and expects Post/Redirect/Get to <paramref name="location"/> (or anywhere when null).</summary>
    public static async Task PostRedirectsAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? handler = null, string? location = null)
    {
        var response = await client.PostFormAsync(page, fields, handler is null ? null : $"{page}?handler={handler}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {response.StatusCode}: {FormErrors(body)}");
        if (location is not null)
        {
            Assert.Equal(location, response.Headers.Location!.OriginalString.Split('#')[0]);
        }
    }

    /// <summary>Posts a form that should be refused and returns the page shown instead.</summary>
    public static async Task<string> PostRefusedAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? handler = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostFormAsync(page, fields, handler is null ? null : $"{page}?handler={handler}");
        return await response.BodyAsync(expected);
    }

    public static string Long(int length) => new('x', length);

    [GeneratedRegex("""<div class="alert alert-danger"[^>]*>(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex ErrorBox();

    private static string FormErrors(string html) => ErrorBox().Match(html) is { Success: true } m ? m.Groups[1].Value : html[..Math.Min(html.Length, 500)];
}
