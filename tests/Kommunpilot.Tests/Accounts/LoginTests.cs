using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Accounts;

public abstract class LoginTests(AppFactory app)
{
    [Fact]
    public async Task The_demo_administrator_signs_in_and_sees_every_demo_organisation()
    {
        var client = await app.SignedInClientAsync();
        var html = await client.HtmlAsync("/");
        Assert.Contains("Lunds kommun", html, StringComparison.Ordinal);
        Assert.Contains("Fyrbodals kommunalförbund", html, StringComparison.Ordinal);
        Assert.Contains("Lekebergs kommun", html, StringComparison.Ordinal);
        Assert.Contains("Åmåls kommun", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gives_a_swedish_message_and_no_session()
    {
        var client = app.NewClient();
        var response = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = AppFactory.AdminEmail, ["Input.Password"] = "fel-losenord" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fel e-postadress eller lösenord.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Missing_fields_are_named_in_swedish()
    {
        var response = await app.NewClient().PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = "", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ange din e-postadress.", html, StringComparison.Ordinal);
        Assert.Contains("Ange ditt lösenord.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account()
    {
        var tenant = await app.NewTenantAsync();
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = tenant.Email, ["Input.Password"] = "Fel-losenord-1" });
        }
        var response = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = tenant.Email, ["Input.Password"] = tenant.Password });
        Assert.Contains("tillfälligt spärrat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_gives_a_bearer_token_that_opens_the_api()
    {
        var client = app.NewClient();
        var token = await client.BearerTokenAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);
        Assert.False(string.IsNullOrEmpty(token));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewClient().PostAsJsonAsync("/api/auth/login", new { email = AppFactory.AdminEmail, password = "fel" })).StatusCode);
    }

    [Fact]
    public async Task Api_login_with_missing_fields_is_a_validation_problem()
    {
        var response = await app.NewClient().PostAsJsonAsync("/api/auth/login", new { email = "inte-en-adress" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ange en giltig e-postadress.", body, StringComparison.Ordinal);
        Assert.Contains("Ange lösenordet.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var client = await app.SignedInClientAsync();
        var response = await client.PostFormAsync("/", new(), action: "/konto/logga-ut");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LoginSqliteTests(SqliteApp app) : LoginTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LoginPostgresTests(PostgresApp app) : LoginTests(app);

[Collection(EmptyCollection.Name)]
public sealed class SetupTests(EmptySqliteApp app)
{
    [Fact]
    public async Task A_fresh_installation_sends_everyone_to_setup_until_the_first_administrator_exists()
    {
        var client = app.NewClient();
        var home = await client.GetAsync("/projekt");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/konto/installera", home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/projects")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.PostAsJsonAsync("/api/auth/login", new { email = "a@b.se", password = "x" })).StatusCode);

        var weak = await client.PostFormAsync("/konto/installera", new()
        {
            ["Input.OrganizationName"] = "Exempelkommun",
            ["Input.Kind"] = "Municipality",
            ["Input.DisplayName"] = "Första Admin",
            ["Input.Email"] = "forsta@exempel.se",
            ["Input.Password"] = "kort",
            ["Input.ConfirmPassword"] = "kort",
        });
        var weakHtml = await weak.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Lösenordet måste ha minst 12 tecken.", weakHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Exempelkommun\"", weakHtml, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/konto/installera", new()
        {
            ["Input.OrganizationName"] = "Exempelkommun",
            ["Input.Kind"] = "Municipality",
            ["Input.DisplayName"] = "Första Admin",
            ["Input.Email"] = "forsta@exempel.se",
            ["Input.Password"] = "Starkt-losen-2026",
            ["Input.ConfirmPassword"] = "Starkt-losen-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Exempelkommun", await client.HtmlAsync("/"), StringComparison.Ordinal);

        // Set-up is closed once an administrator exists.
        var again = await app.NewClient().GetAsync("/konto/installera");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }
}
