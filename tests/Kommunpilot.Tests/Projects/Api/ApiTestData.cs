using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kommunpilot.Features.Projects;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Api;

/// <summary>Test data builders and small helpers for the project API tests.</summary>
internal static class ApiTestData
{
    public const string LundPilot = "Samordnade servicetjänster";

    /// <summary>A client that carries a bearer token from POST /api/auth/login (no cookie).</summary>
    public static async Task<HttpClient> BearerClientAsync(this AppFactory app, string email = AppFactory.AdminEmail, string password = AppFactory.AdminPassword)
    {
        var client = app.NewClient();
        var token = await client.BearerTokenAsync(email, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Task<HttpClient> BearerClientAsync(this AppFactory app, TestTenant tenant) => app.BearerClientAsync(tenant.Email, tenant.Password);

    public static Task<int> OrganizationIdAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Organizations.IgnoreQueryFilters().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> LundIdAsync(this AppFactory app) => app.OrganizationIdAsync("Lunds kommun");

    public static Task<int> LundPilotIdAsync(this AppFactory app) =>
        app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().Where(p => p.Name == LundPilot).Select(p => p.Id).SingleAsync());

    /// <summary>A project stored directly (as the system), for tenants whose users may not create one.</summary>
    public static Task<int> SeedProjectAsync(this AppFactory app, int organizationId, string? name = null, Action<Project>? configure = null) =>
        app.WithDbAsync(async db =>
        {
            var project = new Project { Name = name ?? $"Seedat projekt {Guid.NewGuid():N}", OrganizationId = organizationId, Status = ProjectStatus.Planned };
            project.Owners.Add(new ProjectOwner { OrganizationId = organizationId });
            configure?.Invoke(project);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

    public static Task<Project> StoredAsync(this AppFactory app, int projectId) =>
        app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == projectId));

    public static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Creates a project through the API and returns it.</summary>
    public static async Task<ProjectDetails> CreateAsync(this HttpClient client, int organizationId, string? name = null, string? code = null)
    {
        var response = await client.PostAsJsonAsync("/api/projects", new { organizationId, name = name ?? Unique("API-projekt"), code, status = "Planned" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProjectDetails>())!;
    }

    public static async Task<ProjectDetails> DetailsAsync(this HttpClient client, int id)
    {
        var response = await client.GetAsync($"/api/projects/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProjectDetails>())!;
    }

    /// <summary>Asserts a Swedish ProblemDetails answer with the status and returns its JSON.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        return json;
    }

    /// <summary>The messages of one field in a 400 validation problem.</summary>
    public static async Task<string[]> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }
}
