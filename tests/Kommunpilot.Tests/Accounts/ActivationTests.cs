using System.Net;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Accounts;

/// <summary>An invitation's activation link: choose a password, be signed in, see the organisation; the link works once.</summary>
public abstract class ActivationTests(AppFactory app)
{
    private async Task<(TestTenant Tenant, string Email, string Link)> InviteAsync()
    {
        var (tenant, admin) = await app.AdminAsync();
        var email = $"inbjuden-{Guid.NewGuid():N}@exempel.se";
        var page = $"/organisation/{tenant.OrganizationId}/anvandare";
        await admin.PostRedirectsAsync(page, new() { ["Invite.Email"] = email, ["Invite.Name"] = "Inbjudna Irma", ["Invite.Role"] = "Editor" }, handler: "Invite");
        var link = MembersTests.ActivationLink(await admin.HtmlAsync(page));
        Assert.NotNull(link);
        return (tenant, email, new Uri(link).PathAndQuery);
    }

    private static Task<HttpResponseMessage> ActivateAsync(HttpClient client, string link, string password, string? confirm = null) =>
        client.PostFormAsync(link, new() { ["Input.Password"] = password, ["Input.ConfirmPassword"] = confirm ?? password }, action: link);

    [Fact]
    public async Task The_invitee_sets_a_password_is_signed_in_and_sees_the_organisation()
    {
        var (tenant, email, link) = await InviteAsync();
        var client = app.NewClient();
        var form = await client.HtmlAsync(link);
        Assert.Contains(email, form, StringComparison.Ordinal);

        var weak = await ActivateAsync(client, link, "kort");
        var weakHtml = await weak.BodyAsync(HttpStatusCode.OK);
        Assert.Contains("Lösenordet måste ha minst 12 tecken.", weakHtml, StringComparison.Ordinal);
        Assert.Contains("Lösenordet måste innehålla minst en siffra.", weakHtml, StringComparison.Ordinal);

        var mismatch = await ActivateAsync(client, link, "Starkt-losen-2026", "Starkt-losen-2027");
        Assert.Contains("Lösenorden stämmer inte överens.", await mismatch.BodyAsync(HttpStatusCode.OK), StringComparison.Ordinal);

        var done = await ActivateAsync(client, link, "Starkt-losen-2026");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains(tenant.OrganizationName, await client.HtmlAsync("/"), StringComparison.Ordinal);
        Assert.Contains("redaktör", await client.HtmlAsync("/konto"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.EmailConfirmed)));

        // The password works for signing in, and the link is used up.
        await app.SignedInClientAsync(email, "Starkt-losen-2026");
        var again = await app.NewClient().HtmlAsync(link);
        Assert.Contains("Länken är ogiltig, har gått ut eller har redan använts.", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", again, StringComparison.Ordinal);
        var replay = await app.NewClient().PostFormAsync("/konto/logga-in", new() { ["Input.Password"] = "Annat-losen-2026", ["Input.ConfirmPassword"] = "Annat-losen-2026", ["Uid"] = Query(link, "uid"), ["Token"] = Query(link, "token") }, action: "/konto/aktivera");
        Assert.Contains("Länken är ogiltig", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.SignedInClientAsync(email, "Starkt-losen-2026");
    }

    [Theory]
    [InlineData("/konto/aktivera")]
    [InlineData("/konto/aktivera?uid=okand&token=abc")]
    [InlineData("/konto/aktivera?uid={uid}&token=inte-base64-%%%")]
    [InlineData("/konto/aktivera?uid={uid}&token=QUJD")]
    public async Task An_invalid_link_says_so_in_swedish(string link)
    {
        var (_, email, valid) = await InviteAsync();
        var html = await app.NewClient().HtmlAsync(link.Replace("{uid}", Query(valid, "uid"), StringComparison.Ordinal));
        Assert.Contains("Länken är ogiltig, har gått ut eller har redan använts. Be administratören i din organisation om en ny länk.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posting_with_a_forged_token_sets_no_password()
    {
        var (_, email, valid) = await InviteAsync();
        var client = app.NewClient();
        var response = await client.PostFormAsync(valid, new() { ["Input.Password"] = "Starkt-losen-2026", ["Input.ConfirmPassword"] = "Starkt-losen-2026", ["Token"] = "QUJD" }, action: valid);
        Assert.Contains("Länken är ogiltig", await response.BodyAsync(HttpStatusCode.OK), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email && u.PasswordHash == null)));
    }

    [Fact]
    public async Task A_user_removed_before_activating_can_still_activate_but_sees_no_organisation()
    {
        var (tenant, email, link) = await InviteAsync();
        await app.WithDbAsync(async db =>
        {
            db.Memberships.RemoveRange(db.Memberships.Where(m => m.OrganizationId == tenant.OrganizationId && m.User.Email == email));
            return await db.SaveChangesAsync();
        });
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await ActivateAsync(client, link, "Starkt-losen-2026")).StatusCode);
        var html = await client.HtmlAsync("/konto");
        Assert.Contains("Du är inte medlem i någon organisation ännu.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/organisation")).StatusCode);
    }

    private static string Query(string link, string key) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("https://x" + link).Query)[key].ToString();
}

[Collection(SqliteCollection.Name)]
public sealed class ActivationSqliteTests(SqliteApp app) : ActivationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivationPostgresTests(PostgresApp app) : ActivationTests(app);
