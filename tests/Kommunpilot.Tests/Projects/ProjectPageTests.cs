using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Projects;

public abstract class ProjectPageTests(AppFactory app)
{
    [Fact]
    public async Task The_lund_pilot_reads_like_its_project_description()
    {
        var id = await app.LundPilotIdAsync();
        var html = await (await app.SignedInClientAsync()).HtmlAsync($"/projekt/{id}");

        string[] expected =
        [
            "<h1 class=\"mb-1\">Samordnade servicetjänster</h1>", "Pilotprojekt", "Demodata",
            "Dokumenttyp", "Projektbeskrivning", "Beslutsinstans", "Projektägaren", "2021-11-25", "SN 2021/0083",
            "Dokumentansvarig", "Framtagen med", "Projektgrupp", "Senast reviderad", "2021-11-19",
            "Servicenämnden, genom servicedirektör Pål Svensson", "Serviceförvaltningen", "Lunds kommun",
            "1. Bakgrund och beställare", "2. Mål", "3. Projektbeskrivning, leveransförteckning", "4. Projektorganisation",
            "Effektmål", "Projektmål", "Avgränsningar", "Mobilitetsservice inom Markentreprenad",
            "I väntan på beslut gällande Samlad måltidsorganisation.", "Projektets uppföljning",
            "Pilotverksamhet 7", "Kultur- och fritidsförvaltningen", "2022-02-01 (prel.)", "Externt avtal med uppsägningstid",
            "Leveransförteckning", ">L8<", "Löpande under hela pilotprojektet", "2024-01-30",
            "Milstolpar", "Fastställda nyckeltal och uppföljningsmetoder", "Kommunfullmäktige",
            "Styrgrupp", "Kontaktperson", "Pål Svensson",
            $"href=\"/api/projects/{id}/export/docx\"", "Ladda ner som Word", $"href=\"/projekt/{id}/historik\"",
        ];
        foreach (var text in expected)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("2022-01-01 (prel.)", html, StringComparison.Ordinal);
        // Headings in order, one h1.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<h1[ >]"));
    }

    [Fact]
    public async Task Editors_get_an_edit_link_for_each_section_and_readers_none()
    {
        var id = await app.LundPilotIdAsync();
        var admin = await (await app.SignedInClientAsync()).HtmlAsync($"/projekt/{id}");
        foreach (var part in new[] { "redigera", "mal", "avgransningar", "pilotverksamheter", "leveranser", "milstolpar", "organisation" })
        {
            Assert.Contains($"href=\"/projekt/{id}/{part}\"", admin, StringComparison.Ordinal);
        }

        var tenant = await app.NewTenantAsync(OrganizationRole.Reader);
        var own = await app.NewProjectAsync(tenant.OrganizationId, "Läsarens projekt");
        var reader = await (await app.SignedInAsync(tenant)).HtmlAsync($"/projekt/{own}");
        Assert.DoesNotContain($"/projekt/{own}/redigera", reader, StringComparison.Ordinal);
        Assert.DoesNotContain($"/projekt/{own}/mal", reader, StringComparison.Ordinal);
        Assert.Contains("Ladda ner som Word", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_sections_say_so()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var id = await app.NewProjectAsync(tenant.OrganizationId, "Tomt projekt");
        var html = await (await app.SignedInAsync(tenant)).HtmlAsync($"/projekt/{id}");
        foreach (var text in new[]
                 {
                     "Ingen bakgrund är skriven ännu.", "Inga mål är registrerade.", "Inga avgränsningar är registrerade.",
                     "Ingen uppföljning är beskriven ännu.", "Ingen projektbeskrivning är skriven ännu.",
                     "Inga pilotverksamheter är registrerade.", "Inga leveranser är registrerade.",
                     "Inga milstolpar är registrerade.", "Ingen projektorganisation är registrerad.",
                     "Projektet följer ingen projektmodell ännu.",
                 })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_tenants_or_an_unknown_project_is_a_404_page()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await app.SignedInAsync(tenant);
        var lund = await app.LundPilotIdAsync();
        foreach (var url in new[] { $"/projekt/{lund}", "/projekt/987654321", $"/projekt/{lund}/historik", "/projekt/99999999999" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Sidan finns inte", html, StringComparison.Ordinal);
            Assert.DoesNotContain(ProjectTestData.LundPilot, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_co_owning_organisations_member_reads_the_project()
    {
        var lead = await app.NewTenantAsync(OrganizationRole.Administrator);
        var partner = await app.NewTenantAsync(OrganizationRole.Reader);
        var id = await app.NewProjectAsync(lead.OrganizationId, "Gemensamt projekt",
            p => p.Owners.Add(new Features.Projects.ProjectOwner { OrganizationId = partner.OrganizationId }));
        var html = await (await app.SignedInAsync(partner)).HtmlAsync($"/projekt/{id}");
        Assert.Contains("Gemensamt projekt", html, StringComparison.Ordinal);
        Assert.DoesNotContain(lead.OrganizationName, html, StringComparison.Ordinal);

        // Each sees the other organisation unnamed: organisations are tenants.
        Assert.Contains(partner.OrganizationName, html, StringComparison.Ordinal);
        Assert.Matches("Ledande organisation</dt>\\s*<dd[^>]*>annan organisation</dd>", html);
        var leaders = await (await app.SignedInAsync(lead)).HtmlAsync($"/projekt/{id}");
        Assert.Contains("Organisationer som du inte tillhör: 1 st.", leaders, StringComparison.Ordinal);
        Assert.DoesNotContain(partner.OrganizationName, leaders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_co_owning_organisations_member_sees_the_lead_organisations_pilot_sites_but_not_its_other_units()
    {
        var lead = await app.NewTenantAsync(OrganizationRole.Administrator);
        var partner = await app.NewTenantAsync(OrganizationRole.Reader);
        var id = await app.NewProjectAsync(lead.OrganizationId, "Gemensam pilot", p =>
        {
            p.Owners.Add(new Features.Projects.ProjectOwner { OrganizationId = partner.OrganizationId });
            p.PilotSites.Add(new Features.Projects.PilotSite { UnitId = lead.UnitId, Explanation = "Ledarens pilotverksamhet" });
        });
        var client = await app.SignedInAsync(partner);
        var html = await client.HtmlAsync($"/projekt/{id}");
        Assert.Contains("Ledarens pilotverksamhet", html, StringComparison.Ordinal);
        Assert.Contains("Testenheten", html, StringComparison.Ordinal);
        Assert.Contains("Testförvaltningen", html, StringComparison.Ordinal);
        var json = await client.GetStringAsync($"/api/projects/{id}");
        Assert.Contains("Ledarens pilotverksamhet", json, StringComparison.Ordinal);

        // The partner's own unit choices for its projects stay its own.
        var other = await app.NewTenantAsync(OrganizationRole.Reader);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await (await app.SignedInAsync(other)).GetAsync($"/projekt/{id}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectPageSqliteTests(SqliteApp app) : ProjectPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectPagePostgresTests(PostgresApp app) : ProjectPageTests(app);
