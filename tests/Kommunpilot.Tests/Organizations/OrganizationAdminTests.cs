using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Organizations;

/// <summary>Who gets into the administration, the list of organisations, and the organisation's own name and kind.</summary>
public abstract class OrganizationAdminTests(AppFactory app)
{
    /// <summary>Every page of the administration, for the organisation with the given ids.</summary>
    private static string[] Pages(int org, int department, int unit, int body, int programme, int model, int phase, int point) =>
    [
        $"/organisation/{org}",
        $"/organisation/{org}/forvaltningar",
        $"/organisation/{org}/forvaltningar/{department}",
        $"/organisation/{org}/forvaltningar/{department}/verksamheter/{unit}",
        $"/organisation/{org}/beslutsorgan",
        $"/organisation/{org}/beslutsorgan/{body}",
        $"/organisation/{org}/program",
        $"/organisation/{org}/program/{programme}",
        $"/organisation/{org}/projektmodeller",
        $"/organisation/{org}/projektmodeller/{model}",
        $"/organisation/{org}/projektmodeller/{model}/faser/{phase}",
        $"/organisation/{org}/projektmodeller/{model}/beslutspunkter/{point}",
        $"/organisation/{org}/anvandare",
    ];

    private async Task<string[]> PagesOfAsync(TestTenant tenant)
    {
        var department = await app.WithDbAsync(db => db.Departments.IgnoreQueryFilters().Where(d => d.OrganizationId == tenant.OrganizationId).Select(d => d.Id).FirstAsync());
        var body = await app.AddAsync(new DecisionBody { OrganizationId = tenant.OrganizationId, Name = "Styrgruppen" });
        var programme = await app.AddAsync(new Programme { OrganizationId = tenant.OrganizationId, Name = "Digitaliseringsprogrammet" });
        var model = new ProjectModel { OrganizationId = tenant.OrganizationId, Name = "Modellen" };
        model.Phases.Add(new ProjectPhase { Name = "Start", Order = 1 });
        model.DecisionPoints.Add(new DecisionPoint { Code = "B1", Name = "Start", Order = 1 });
        await app.AddAsync(model);
        return Pages(tenant.OrganizationId, department, tenant.UnitId, body.Id, programme.Id, model.Id, model.Phases[0].Id, model.DecisionPoints[0].Id);
    }

    [Fact]
    public async Task Every_page_opens_for_the_organisations_administrator()
    {
        var (tenant, client) = await app.AdminAsync();
        foreach (var page in await PagesOfAsync(tenant))
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
            Assert.Contains(tenant.OrganizationName, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(OrganizationRole.Reader)]
    [InlineData(OrganizationRole.Editor)]
    [InlineData(OrganizationRole.ProjectLeader)]
    public async Task Members_who_are_not_administrators_get_403_on_every_page_and_form(OrganizationRole role)
    {
        var tenant = await app.NewTenantAsync(role);
        var client = await app.SignedInClientAsync(tenant.Email, tenant.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/organisation")).StatusCode);
        foreach (var page in await PagesOfAsync(tenant))
        {
            Assert.True((await client.GetAsync(page)).StatusCode == HttpStatusCode.Forbidden, page);
            var post = await client.PostFormAsync("/", new() { ["Input.Name"] = "Försök", ["New.Name"] = "Försök" }, action: page);
            Assert.True(post.StatusCode == HttpStatusCode.Forbidden, $"POST {page}: {post.StatusCode}");
        }
        var org = await app.FindAsync<Organization>(tenant.OrganizationId);
        Assert.Equal(tenant.OrganizationName, org!.Name);
    }

    [Fact]
    public async Task Another_tenants_organisation_and_records_are_not_found()
    {
        var (_, client) = await app.AdminAsync();
        var other = await app.NewTenantAsync();
        foreach (var page in await PagesOfAsync(other))
        {
            Assert.True((await client.GetAsync(page)).StatusCode == HttpStatusCode.NotFound, page);
            var post = await client.PostFormAsync("/", new() { ["Input.Name"] = "Kapat", ["New.Name"] = "Kapat" }, action: page);
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {page}: {post.StatusCode}");
        }
        Assert.Equal(other.OrganizationName, (await app.FindAsync<Organization>(other.OrganizationId))!.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/organisation/999999")).StatusCode);
    }

    [Fact]
    public async Task Another_tenants_records_are_not_found_under_ones_own_organisation()
    {
        var (mine, client) = await app.AdminAsync();
        var other = await app.NewTenantAsync();
        var theirs = await PagesOfAsync(other);
        foreach (var page in theirs.Skip(1))
        {
            // The other tenant's record ids, asked for under my organisation.
            var crossed = page.Replace($"/organisation/{other.OrganizationId}/", $"/organisation/{mine.OrganizationId}/", StringComparison.Ordinal);
            if (crossed.Count(c => c == '/') <= 3)
            {
                continue; // a list page: it is my own
            }
            Assert.True((await client.GetAsync(crossed)).StatusCode == HttpStatusCode.NotFound, crossed);
            var post = await client.PostFormAsync("/", new() { ["version"] = Guid.NewGuid().ToString() }, action: crossed + "?handler=Delete");
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {crossed}: {post.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisation/{mine.OrganizationId}/forvaltningar")).StatusCode);
        Assert.NotNull(await app.FindAsync<Unit>(other.UnitId));
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await app.NewClient().GetAsync("/organisation");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/logga-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_groups_a_kommunalforbunds_member_municipalities_under_it()
    {
        var client = await app.SignedInClientAsync();
        var html = await client.HtmlAsync("/organisation");
        var ids = await app.WithDbAsync(db => db.Organizations.IgnoreQueryFilters()
            .Where(o => o.Name == "Fyrbodals kommunalförbund" || o.Name == "Åmåls kommun" || o.Name == "Lunds kommun")
            .ToDictionaryAsync(o => o.Name, o => o.Id));
        var fyrbodal = html.IndexOf($"href=\"/organisation/{ids["Fyrbodals kommunalförbund"]}\"", StringComparison.Ordinal);
        var members = html.IndexOf($"id=\"members-{ids["Fyrbodals kommunalförbund"]}\"", StringComparison.Ordinal);
        var amal = html.IndexOf($"href=\"/organisation/{ids["Åmåls kommun"]}\"", StringComparison.Ordinal);
        Assert.True(fyrbodal >= 0 && members > fyrbodal && amal > members, "Åmål should be listed under Fyrbodal's member heading");
        Assert.Contains($"href=\"/organisation/{ids["Lunds kommun"]}\"", html, StringComparison.Ordinal);
        Assert.Contains("Medlemskommuner (14)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_only_organisations_the_user_administers()
    {
        var (tenant, client) = await app.AdminAsync();
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.AddAsync(new Membership { UserId = tenant.UserId, OrganizationId = reader.OrganizationId, Role = OrganizationRole.Reader });
        client = await app.SignedInClientAsync(tenant.Email, tenant.Password);
        var html = await client.HtmlAsync("/organisation");
        Assert.Contains(tenant.OrganizationName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(reader.OrganizationName, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lunds kommun", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organisations_name_and_kind_are_saved()
    {
        var (tenant, client) = await app.AdminAsync();
        var page = $"/organisation/{tenant.OrganizationId}";
        var version = await app.VersionAsync<Organization>(tenant.OrganizationId);
        var name = $"Regionen {Guid.NewGuid():N}"[..20];
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = $"  {name} ", ["Input.Kind"] = "Region", ["Input.Version"] = version.ToString() }, location: page);
        var org = await app.FindAsync<Organization>(tenant.OrganizationId);
        Assert.Equal(name, org!.Name);
        Assert.Equal(OrganizationKind.Region, org.Kind);
        Assert.NotEqual(version, org.Version);
        var html = await client.HtmlAsync(page);
        Assert.Contains("Organisationens uppgifter är sparade.", html, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.EntityType == "Organization" && a.EntityId == tenant.OrganizationId.ToString())));
    }

    [Fact]
    public async Task Bad_organisation_input_is_refused_in_swedish_and_nothing_changes()
    {
        var (tenant, client) = await app.AdminAsync();
        var other = await app.NewTenantAsync();
        var page = $"/organisation/{tenant.OrganizationId}";
        var version = (await app.VersionAsync<Organization>(tenant.OrganizationId)).ToString();

        var missing = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "  ", ["Input.Kind"] = "Municipality", ["Input.Version"] = version });
        Assert.Contains("Ange organisationens namn.", missing, StringComparison.Ordinal);

        var tooLong = await client.PostRefusedAsync(page, new() { ["Input.Name"] = AdminTestData.Long(201), ["Input.Kind"] = "Municipality", ["Input.Version"] = version });
        Assert.Contains("Namnet får vara högst 200 tecken.", tooLong, StringComparison.Ordinal);
        Assert.Contains(AdminTestData.Long(201), tooLong, StringComparison.Ordinal);

        // Another tenant's name: the database's unique index refuses it.
        var taken = await client.PostRefusedAsync(page, new() { ["Input.Name"] = other.OrganizationName, ["Input.Kind"] = "Municipality", ["Input.Version"] = version });
        Assert.Contains("Det finns redan en organisation med det namnet.", taken, StringComparison.Ordinal);

        var wrongKind = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Något", ["Input.Kind"] = "Planet", ["Input.Version"] = version });
        Assert.Contains("Värdet &#x27;Planet&#x27; är inte giltigt för Typ av organisation.", wrongKind, StringComparison.Ordinal);

        Assert.Equal(tenant.OrganizationName, (await app.FindAsync<Organization>(tenant.OrganizationId))!.Name);
    }

    [Fact]
    public async Task Two_administrators_saving_the_organisation_see_a_conflict_and_nothing_is_overwritten()
    {
        var (tenant, client) = await app.AdminAsync();
        var page = $"/organisation/{tenant.OrganizationId}";
        var loaded = (await app.VersionAsync<Organization>(tenant.OrganizationId)).ToString();
        var first = $"Först {Guid.NewGuid():N}"[..20];
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = first, ["Input.Kind"] = "Municipality", ["Input.Version"] = loaded });

        var html = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Sist in", ["Input.Kind"] = "Region", ["Input.Version"] = loaded });
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains(first, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sist in\"", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Region</td>", html, StringComparison.Ordinal);
        var stored = await app.FindAsync<Organization>(tenant.OrganizationId);
        Assert.Equal(first, stored!.Name);
        Assert.Equal(OrganizationKind.Municipality, stored.Kind);
        // The form now carries the stored version: saving again is a deliberate overwrite.
        Assert.Contains($"value=\"{stored.Version}\"", html, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganizationAdminSqliteTests(SqliteApp app) : OrganizationAdminTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OrganizationAdminPostgresTests(PostgresApp app) : OrganizationAdminTests(app);
