using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Organizations;

/// <summary>The users page: roles, removing memberships, the last administrator, invitations.</summary>
public abstract partial class MembersTests(AppFactory app)
{
    private static string Page(TestTenant t) => $"/organisation/{t.OrganizationId}/anvandare";

    private Task<Membership> MembershipAsync(string userId, int organizationId) =>
        app.WithDbAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.UserId == userId && m.OrganizationId == organizationId));

    private Task<string?> StampAsync(string userId) =>
        app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    /// <summary>Makes a user of <paramref name="other"/> a member of <paramref name="tenant"/> too.</summary>
    private async Task<Membership> JoinAsync(TestTenant tenant, TestTenant other, OrganizationRole role) =>
        await app.AddAsync(new Membership { UserId = other.UserId, OrganizationId = tenant.OrganizationId, Role = role });

    [GeneratedRegex("id=\"activation-link\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex LinkRegex();

    /// <summary>The activation link the users page shows once after an invitation, or null.</summary>
    internal static string? ActivationLink(string html) =>
        LinkRegex().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [Fact]
    public async Task The_page_lists_members_with_role_and_status()
    {
        var (tenant, client) = await app.AdminAsync();
        var colleague = await app.NewTenantAsync();
        await JoinAsync(tenant, colleague, OrganizationRole.Editor);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == colleague.UserId);
            user.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10);
            return await db.SaveChangesAsync();
        });
        var html = await client.HtmlAsync(Page(tenant));
        Assert.Contains(tenant.Email, html, StringComparison.Ordinal);
        Assert.Contains(colleague.Email, html, StringComparison.Ordinal);
        Assert.Contains("Spärrad efter misslyckade inloggningar", html, StringComparison.Ordinal);
        Assert.Contains("2 medlemmar i", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Editor\" selected=\"selected\">redaktör</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_change_is_saved_and_the_users_cookie_is_told_to_refresh()
    {
        var (tenant, client) = await app.AdminAsync();
        var colleague = await app.NewTenantAsync();
        var membership = await JoinAsync(tenant, colleague, OrganizationRole.Reader);
        var stamp = await StampAsync(colleague.UserId);
        await client.PostRedirectsAsync(Page(tenant), new() { ["membershipId"] = $"{membership.Id}", ["role"] = "ProjectLeader", ["version"] = membership.Version.ToString() }, handler: "Role", location: Page(tenant));
        Assert.Equal(OrganizationRole.ProjectLeader, (await MembershipAsync(colleague.UserId, tenant.OrganizationId)).Role);
        Assert.NotEqual(stamp, await StampAsync(colleague.UserId));
        Assert.Contains("har nu rollen projektledare.", await client.HtmlAsync(Page(tenant)), StringComparison.Ordinal);

        // A fresh sign-in carries the new role: the colleague can now administer nothing here, but is a project leader.
        var theirs = await app.SignedInClientAsync(colleague.Email, colleague.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await theirs.GetAsync(Page(tenant))).StatusCode);
    }

    [Fact]
    public async Task A_stale_role_change_shows_a_conflict_and_changes_nothing()
    {
        var (tenant, client) = await app.AdminAsync();
        var colleague = await app.NewTenantAsync();
        var membership = await JoinAsync(tenant, colleague, OrganizationRole.Reader);
        await client.PostRedirectsAsync(Page(tenant), new() { ["membershipId"] = $"{membership.Id}", ["role"] = "Editor", ["version"] = membership.Version.ToString() }, handler: "Role");
        var html = await client.PostRefusedAsync(Page(tenant), new() { ["membershipId"] = $"{membership.Id}", ["role"] = "Administrator", ["version"] = membership.Version.ToString() }, handler: "Role");
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">administratör</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">redaktör</td>", html, StringComparison.Ordinal);
        Assert.Equal(OrganizationRole.Editor, (await MembershipAsync(colleague.UserId, tenant.OrganizationId)).Role);
    }

    [Fact]
    public async Task The_last_administrator_is_neither_demoted_nor_removed()
    {
        var (tenant, client) = await app.AdminAsync();
        var mine = await MembershipAsync(tenant.UserId, tenant.OrganizationId);
        var demote = await client.PostRefusedAsync(Page(tenant), new() { ["membershipId"] = $"{mine.Id}", ["role"] = "Reader", ["version"] = mine.Version.ToString() }, handler: "Role");
        Assert.Contains("är organisationens enda administratör. Utse en annan administratör först.", demote, StringComparison.Ordinal);
        var remove = await client.PostRefusedAsync(Page(tenant), new() { ["membershipId"] = $"{mine.Id}", ["version"] = mine.Version.ToString() }, handler: "Remove");
        Assert.Contains("är organisationens enda administratör och kan inte tas bort.", remove, StringComparison.Ordinal);
        Assert.Equal(OrganizationRole.Administrator, (await MembershipAsync(tenant.UserId, tenant.OrganizationId)).Role);
    }

    [Fact]
    public async Task With_a_second_administrator_one_may_step_down_and_loses_access_at_once()
    {
        var (tenant, client) = await app.AdminAsync();
        var colleague = await app.NewTenantAsync();
        await JoinAsync(tenant, colleague, OrganizationRole.Administrator);
        var mine = await MembershipAsync(tenant.UserId, tenant.OrganizationId);
        var response = await client.PostFormAsync(Page(tenant), new() { ["membershipId"] = $"{mine.Id}", ["role"] = "Editor", ["version"] = mine.Version.ToString() }, action: Page(tenant) + "?handler=Role");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(OrganizationRole.Editor, (await MembershipAsync(tenant.UserId, tenant.OrganizationId)).Role);
        // The administrator's own cookie was refreshed in the same request.
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Page(tenant))).StatusCode);
    }

    [Fact]
    public async Task A_membership_is_removed_and_the_user_keeps_their_account()
    {
        var (tenant, client) = await app.AdminAsync();
        var colleague = await app.NewTenantAsync();
        var membership = await JoinAsync(tenant, colleague, OrganizationRole.Editor);
        var stamp = await StampAsync(colleague.UserId);
        await client.PostRedirectsAsync(Page(tenant), new() { ["membershipId"] = $"{membership.Id}", ["version"] = membership.Version.ToString() }, handler: "Remove", location: Page(tenant));
        Assert.False(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.Id == membership.Id)));
        Assert.True(await app.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == colleague.UserId)));
        Assert.NotEqual(stamp, await StampAsync(colleague.UserId));
        Assert.Contains("är inte längre medlem i organisationen.", await client.HtmlAsync(Page(tenant)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenants_membership_ids_and_bad_roles_are_refused()
    {
        var (tenant, client) = await app.AdminAsync();
        var other = await app.NewTenantAsync();
        var theirs = await MembershipAsync(other.UserId, other.OrganizationId);
        var role = await client.PostFormAsync(Page(tenant), new() { ["membershipId"] = $"{theirs.Id}", ["role"] = "Reader", ["version"] = theirs.Version.ToString() }, action: Page(tenant) + "?handler=Role");
        Assert.Equal(HttpStatusCode.NotFound, role.StatusCode);
        var remove = await client.PostFormAsync(Page(tenant), new() { ["membershipId"] = $"{theirs.Id}", ["version"] = theirs.Version.ToString() }, action: Page(tenant) + "?handler=Remove");
        Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        Assert.Equal(OrganizationRole.Administrator, (await MembershipAsync(other.UserId, other.OrganizationId)).Role);

        var mine = await MembershipAsync(tenant.UserId, tenant.OrganizationId);
        foreach (var bad in new[] { "Superuser", "9", "" })
        {
            var html = await client.PostRefusedAsync(Page(tenant), new() { ["membershipId"] = $"{mine.Id}", ["role"] = bad, ["version"] = mine.Version.ToString() }, handler: "Role");
            Assert.Contains("Välj en av rollerna.", html, StringComparison.Ordinal);
        }
        Assert.Equal(OrganizationRole.Administrator, (await MembershipAsync(tenant.UserId, tenant.OrganizationId)).Role);
    }

    [Fact]
    public async Task Inviting_someone_who_already_has_an_account_adds_the_membership_without_a_link()
    {
        var (tenant, client) = await app.AdminAsync();
        var other = await app.NewTenantAsync();
        var stamp = await StampAsync(other.UserId);
        await client.PostRedirectsAsync(Page(tenant), new() { ["Invite.Email"] = other.Email.ToUpperInvariant(), ["Invite.Name"] = "Annat namn", ["Invite.Role"] = "Editor" }, handler: "Invite", location: Page(tenant));
        Assert.Equal(OrganizationRole.Editor, (await MembershipAsync(other.UserId, tenant.OrganizationId)).Role);
        Assert.NotEqual(stamp, await StampAsync(other.UserId));
        var html = await client.HtmlAsync(Page(tenant));
        Assert.Contains("hade redan ett konto och är nu medlem som redaktör.", html, StringComparison.Ordinal);
        Assert.Null(ActivationLink(html));

        var again = await client.PostRefusedAsync(Page(tenant), new() { ["Invite.Email"] = other.Email, ["Invite.Name"] = "Igen", ["Invite.Role"] = "Reader" }, handler: "Invite");
        Assert.Contains("är redan medlem i organisationen.", again, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.UserId == other.UserId && m.OrganizationId == tenant.OrganizationId)));
    }

    [Fact]
    public async Task Inviting_a_new_person_twice_gives_one_account_one_membership_and_a_link_each_time()
    {
        var (tenant, client) = await app.AdminAsync();
        var email = $"ny-{Guid.NewGuid():N}@exempel.se";
        var fields = new Dictionary<string, string> { ["Invite.Email"] = email, ["Invite.Name"] = "Nya Kollegan", ["Invite.Role"] = "ProjectLeader" };
        await client.PostRedirectsAsync(Page(tenant), new(fields), handler: "Invite", location: Page(tenant));
        var first = await client.HtmlAsync(Page(tenant));
        Assert.Contains("Skicka länken till personen. Kommunpilot skickar ingen e-post.", first, StringComparison.Ordinal);
        Assert.Contains("/konto/aktivera?uid=", ActivationLink(first), StringComparison.Ordinal);
        Assert.Contains("Inbjuden, ej aktiverad", first, StringComparison.Ordinal);
        // The link is shown once.
        Assert.Null(ActivationLink(await client.HtmlAsync(Page(tenant))));

        await client.PostRedirectsAsync(Page(tenant), new(fields), handler: "Invite", location: Page(tenant));
        var second = await client.HtmlAsync(Page(tenant));
        Assert.Contains("är redan inbjuden men har inte aktiverat sitt konto.", second, StringComparison.Ordinal);
        Assert.NotNull(ActivationLink(second));

        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Null(user.PasswordHash);
        Assert.Equal("Nya Kollegan", user.DisplayName);
        var membership = await MembershipAsync(user.Id, tenant.OrganizationId);
        Assert.Equal(OrganizationRole.ProjectLeader, membership.Role);

        // A new link on demand from the list, too.
        await client.PostRedirectsAsync(Page(tenant), new() { ["membershipId"] = $"{membership.Id}" }, handler: "Link", location: Page(tenant));
        Assert.NotNull(ActivationLink(await client.HtmlAsync(Page(tenant))));
    }

    [Fact]
    public async Task Bad_invitations_are_refused_in_swedish_and_create_nothing()
    {
        var (tenant, client) = await app.AdminAsync();
        async Task<string> Invite(string email, string name, string role = "Reader") =>
            await client.PostRefusedAsync(Page(tenant), new() { ["Invite.Email"] = email, ["Invite.Name"] = name, ["Invite.Role"] = role }, handler: "Invite");

        Assert.Contains("Ange personens e-postadress.", await Invite("", "Namn"), StringComparison.Ordinal);
        Assert.Contains("Ange en giltig e-postadress.", await Invite("inte-en-adress", "Namn"), StringComparison.Ordinal);
        Assert.Contains("E-postadressen är för lång.", await Invite(AdminTestData.Long(250) + "@exempel.se", "Namn"), StringComparison.Ordinal);
        Assert.Contains("Ange personens namn.", await Invite("namnlos@exempel.se", ""), StringComparison.Ordinal);
        Assert.Contains("Namnet får vara högst 200 tecken.", await Invite("lang@exempel.se", AdminTestData.Long(201)), StringComparison.Ordinal);
        var badRole = await Invite("roll@exempel.se", "Rollös", "Kung");
        Assert.Contains("Värdet &#x27;Kung&#x27; är inte giltigt för Roll.", badRole, StringComparison.Ordinal);
        Assert.Contains("value=\"roll@exempel.se\"", badRole, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "namnlos@exempel.se" || u.Email == "lang@exempel.se" || u.Email == "roll@exempel.se")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Memberships.CountAsync(m => m.OrganizationId == tenant.OrganizationId)));
    }

    [Fact]
    public async Task Changing_a_pending_invitees_role_keeps_their_activation_link_valid()
    {
        var (tenant, client) = await app.AdminAsync();
        var email = $"vantande-{Guid.NewGuid():N}@exempel.se";
        await client.PostRedirectsAsync(Page(tenant), new() { ["Invite.Email"] = email, ["Invite.Name"] = "Väntande", ["Invite.Role"] = "Reader" }, handler: "Invite");
        var link = ActivationLink(await client.HtmlAsync(Page(tenant)))!;
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        var membership = await MembershipAsync(user.Id, tenant.OrganizationId);
        await client.PostRedirectsAsync(Page(tenant), new() { ["membershipId"] = $"{membership.Id}", ["role"] = "Editor", ["version"] = membership.Version.ToString() }, handler: "Role");
        var activation = await app.NewClient().GetAsync(new Uri(link).PathAndQuery);
        Assert.Contains("Välj ett lösenord för kontot", await activation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MembersSqliteTests(SqliteApp app) : MembersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MembersPostgresTests(PostgresApp app) : MembersTests(app);
