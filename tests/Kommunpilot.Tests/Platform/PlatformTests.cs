using System.Net;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Platform;

public abstract class PlatformTests(AppFactory app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_is_reachable()
    {
        var response = await app.NewClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        var response = await app.NewClient().GetAsync("/konto/logga-in");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Pages_need_a_signed_in_user()
    {
        var response = await app.NewClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/konto/logga-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_client_gets_a_real_404_for_an_unknown_api_route_and_401_without_a_token()
    {
        var client = app.NewClient();
        var token = await client.BearerTokenAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/finns-inte")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/projects")).StatusCode);
        var anonymous = await app.NewClient().GetAsync("/api/projects");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var broken = app.NewClient();
        broken.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "inte-en-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await broken.GetAsync("/api/projects")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_served()
    {
        var response = await app.NewClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_gives_a_swedish_404_page()
    {
        var client = await app.SignedInClientAsync();
        var response = await client.GetAsync("/finns-inte");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Sidan finns inte", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_turns_the_ui_english_and_back()
    {
        var client = await app.SignedInClientAsync();
        Assert.Contains("Välkommen till Kommunpilot", await client.HtmlAsync("/"), StringComparison.Ordinal);
        var switched = await client.PostFormAsync("/", new() { ["culture"] = "en", ["returnUrl"] = "/" }, action: "/sprak");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await client.HtmlAsync("/");
        Assert.Contains("Welcome to Kommunpilot", english, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", english, StringComparison.Ordinal);
        await client.PostFormAsync("/", new() { ["culture"] = "sv-SE", ["returnUrl"] = "/" }, action: "/sprak");
        Assert.Contains("Välkommen till Kommunpilot", await client.HtmlAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_over_https_are_secure_and_http_only()
    {
        var client = app.NewClient();
        var page = await client.GetAsync("/konto/logga-in");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kp.af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        var html = await page.Content.ReadAsStringAsync();
        var login = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AppFactory.AdminEmail,
            ["Input.Password"] = AppFactory.AdminPassword,
            ["__RequestVerificationToken"] = Http.AntiforgeryToken(html),
        }));
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kp.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_post_without_antiforgery_token_is_refused()
    {
        var client = app.NewClient();
        var response = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = AppFactory.AdminEmail,
            ["Input.Password"] = AppFactory.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformSqliteTests(SqliteApp app) : PlatformTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlatformPostgresTests(PostgresApp app) : PlatformTests(app);
