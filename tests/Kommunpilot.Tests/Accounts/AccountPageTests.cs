using System.Net;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Organizations;

namespace Kommunpilot.Tests.Accounts;

/// <summary>/konto: one's own organisations and roles, and changing one's own password.</summary>
public abstract class AccountPageTests(AppFactory app)
{
    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next, string? confirm = null) =>
        client.PostFormAsync("/konto", new() { ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = confirm ?? next });

    [Fact]
    public async Task The_page_lists_ones_organisations_and_roles()
    {
        var client = await app.SignedInClientAsync();
        var html = await client.HtmlAsync("/konto");
        Assert.Contains("Lunds kommun", html, StringComparison.Ordinal);
        Assert.Contains("Åmåls kommun", html, StringComparison.Ordinal);
        Assert.Contains("administratör", html, StringComparison.Ordinal);
        Assert.Contains(AppFactory.AdminEmail, html, StringComparison.Ordinal);
        Assert.Contains("href=\"/konto\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_password_is_changed_and_the_old_one_stops_working()
    {
        var tenant = await app.NewTenantAsync(Kommunpilot.Features.Organizations.OrganizationRole.Reader);
        var client = await app.SignedInClientAsync(tenant.Email, tenant.Password);
        var response = await ChangeAsync(client, tenant.Password, "Nytt-starkt-losen-9");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.HtmlAsync("/konto");
        Assert.Contains("Lösenordet är bytt.", html, StringComparison.Ordinal);
        Assert.Contains(tenant.OrganizationName, html, StringComparison.Ordinal);
        Assert.Contains("läsare", html, StringComparison.Ordinal);
        await app.SignedInClientAsync(tenant.Email, "Nytt-starkt-losen-9");
        var old = await app.NewClient().PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = tenant.Email, ["Input.Password"] = tenant.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Bad_password_changes_are_refused_in_swedish()
    {
        var tenant = await app.NewTenantAsync();
        var client = await app.SignedInClientAsync(tenant.Email, tenant.Password);
        Assert.Contains("Fel lösenord.", await (await ChangeAsync(client, "Fel-losenord-123", "Nytt-starkt-losen-9")).BodyAsync(HttpStatusCode.OK), StringComparison.Ordinal);
        var weak = await (await ChangeAsync(client, tenant.Password, "svagt")).BodyAsync(HttpStatusCode.OK);
        Assert.Contains("Lösenordet måste ha minst 12 tecken.", weak, StringComparison.Ordinal);
        Assert.Contains("Lösenorden stämmer inte överens.", await (await ChangeAsync(client, tenant.Password, "Nytt-starkt-losen-9", "Nytt-starkt-losen-8")).BodyAsync(HttpStatusCode.OK), StringComparison.Ordinal);
        var missing = await (await ChangeAsync(client, "", "")).BodyAsync(HttpStatusCode.OK);
        Assert.Contains("Ange ditt nuvarande lösenord.", missing, StringComparison.Ordinal);
        Assert.Contains("Välj ett nytt lösenord.", missing, StringComparison.Ordinal);
        Assert.DoesNotContain(tenant.Password, weak, StringComparison.Ordinal);
        await app.SignedInClientAsync(tenant.Email, tenant.Password);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await app.NewClient().GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/logga-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountPageSqliteTests(SqliteApp app) : AccountPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AccountPagePostgresTests(PostgresApp app) : AccountPageTests(app);
