using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects;

public abstract class CreateProjectTests(AppFactory app)
{
    private static Dictionary<string, string> Form(int organizationId, string name, Action<Dictionary<string, string>>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.OrganizationId"] = organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Name"] = name,
            ["Input.Code"] = "",
            ["Input.Subtitle"] = "Pilotprojekt",
            ["Input.Status"] = "Planned",
            ["Input.StartDate"] = "2026-01-01",
            ["Input.EndDate"] = "2026-12-31",
            ["Input.ProgrammeId"] = "",
            ["Input.ProjectModelId"] = "",
        };
        change?.Invoke(fields);
        return fields;
    }

    private Task<int> CountAsync(string name) =>
        app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.Name == name));

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..Math.Min(name.Length + 9, 200)];

    [Fact]
    public async Task A_project_leader_creates_a_project_owned_by_the_lead_organisation_and_lands_on_its_page()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var programme = await app.AddProgrammeAsync(tenant.OrganizationId, "Välfärdsprogrammet");
        var model = await app.AddProjectModelAsync(tenant.OrganizationId);
        var client = await app.SignedInAsync(tenant);
        var name = Unique("Nytt testprojekt");

        var response = await client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name, f =>
        {
            f["Input.Code"] = "T-1";
            f["Input.ProgrammeId"] = programme.ToString(System.Globalization.CultureInfo.InvariantCulture);
            f["Input.ProjectModelId"] = model.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            f["Input.Status"] = "Ongoing";
        }));

        var id = response.RedirectedProjectId();
        var project = await app.ProjectAsync(id);
        Assert.Equal(name, project.Name);
        Assert.Equal("T-1", project.Code);
        Assert.Equal(tenant.OrganizationId, project.OrganizationId);
        Assert.Equal([tenant.OrganizationId], project.Owners.Select(o => o.OrganizationId));
        Assert.Equal(new DateOnly(2026, 12, 31), project.EndDate);
        Assert.Equal(programme, project.ProgrammeId);
        Assert.Equal(model.Id, project.ProjectModelId);
        Assert.False(project.IsDemo);

        var page = await client.HtmlAsync($"/projekt/{id}");
        Assert.Contains("Projektet är skapat.", page, StringComparison.Ordinal);
        Assert.Contains(name, page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Input.Name", "", "Ange projektets namn." },
        { "Input.Name", "   ", "Ange projektets namn." },
        { "Input.Name", new string('x', 201), "Namn får vara högst 200 tecken." },
        { "Input.Code", new string('K', 41), "Projektkod får vara högst 40 tecken." },
        { "Input.Subtitle", new string('u', 201), "Undertitel får vara högst 200 tecken." },
        { "Input.EndDate", "2025-06-30", "Slutdatum kan inte vara före startdatum." },
        { "Input.StartDate", "2026-02-30", "Värdet &#x27;2026-02-30&#x27; är inte giltigt för Startdatum." },
        { "Input.Status", "99", "Värdet &#x27;99&#x27; är inte giltigt." },
        { "Input.Status", "Okänd", "är inte giltigt för Status." },
        { "Input.ProgrammeId", "999999", "Välj ett program eller direktiv som hör till den ledande organisationen." },
        { "Input.ProgrammeId", "abc", "är inte giltigt för Program eller direktiv." },
        { "Input.ProjectModelId", "999999", "Välj en projektmodell som hör till den ledande organisationen." },
        { "Input.OrganizationId", "", "Välj vilken organisation som leder projektet." },
        { "Input.OrganizationId", "999999", "Välj en organisation där du är projektledare eller administratör." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_gives_a_swedish_message_keeps_what_was_typed_and_creates_nothing(string field, string value, string message)
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var client = await app.SignedInAsync(tenant);
        var name = Unique("Felaktigt projekt");
        var response = await client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name, f => f[field] = value));

        var html = await response.BodyAsync();
        Assert.Contains(message, System.Text.RegularExpressions.Regex.Replace(html, "&#x27;|&#39;", "&#x27;"), StringComparison.Ordinal);
        Assert.Contains("Formuläret innehåller fel", html, StringComparison.Ordinal);
        Assert.Contains(field == "Input.Name" ? "id=\"Input_Name\"" : $"value=\"{name}\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(field == "Input.Name" ? value : name));
    }

    [Fact]
    public async Task Another_tenants_organisation_or_programme_is_refused()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Administrator);
        var other = await app.NewTenantAsync(OrganizationRole.Administrator);
        var othersProgramme = await app.AddProgrammeAsync(other.OrganizationId, "Annans program");
        var client = await app.SignedInAsync(tenant);
        var name = Unique("Intrångsprojekt");

        var inOther = await client.PostFormAsync("/projekt/nytt", Form(other.OrganizationId, name));
        Assert.Contains("Välj en organisation där du är projektledare eller administratör.", await inOther.BodyAsync(), StringComparison.Ordinal);

        var withProgramme = await client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name,
            f => f["Input.ProgrammeId"] = othersProgramme.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("Välj ett program eller direktiv som hör till den ledande organisationen.", await withProgramme.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task A_code_is_unique_within_the_organisation()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        await app.NewProjectAsync(tenant.OrganizationId, "Första med kod", p => p.Code = "H044");
        var client = await app.SignedInAsync(tenant);
        var name = Unique("Andra med kod");

        var response = await client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name, f => f["Input.Code"] = " H044 "));
        Assert.Contains("Projektkoden H044 används redan av ett annat projekt i organisationen.", await response.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(name));

        // The same code in another organisation is fine (Fyrbodal's demo project has H044).
        var elsewhere = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var ok = await (await app.SignedInAsync(elsewhere)).PostFormAsync("/projekt/nytt", Form(elsewhere.OrganizationId, name, f => f["Input.Code"] = "H044"));
        ok.RedirectedProjectId();
    }

    [Fact]
    public async Task Sending_the_same_form_twice_creates_one_project()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var client = await app.SignedInAsync(tenant);
        var name = Unique("Dubbelklick");

        var first = await client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name));
        var id = first.RedirectedProjectId();
        var second = await client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name));

        var html = await second.BodyAsync();
        Assert.Contains($"Ett projekt med namnet {name} skapades nyss i organisationen.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{id}\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync(name));
    }

    [Fact]
    public async Task Two_simultaneous_submissions_create_one_project()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var client = await app.SignedInAsync(tenant);
        var name = Unique("Samtidigt");

        var responses = await Task.WhenAll(
            client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name)),
            client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name)),
            client.PostFormAsync("/projekt/nytt", Form(tenant.OrganizationId, name)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(1, await CountAsync(name));
    }

    [Fact]
    public async Task Readers_and_editors_may_not_create_projects()
    {
        foreach (var role in new[] { OrganizationRole.Reader, OrganizationRole.Editor })
        {
            var tenant = await app.NewTenantAsync(role);
            var client = await app.SignedInAsync(tenant);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/projekt/nytt")).StatusCode);
            var name = Unique("Förbjudet");
            var response = await client.PostFormAsync("/projekt", Form(tenant.OrganizationId, name), action: "/projekt/nytt");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal(0, await CountAsync(name));
        }
    }

    [Fact]
    public async Task The_form_offers_only_organisations_where_the_user_may_create()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var readOnly = await app.NewTenantAsync(OrganizationRole.Administrator);
        await app.AddMembershipAsync(tenant.UserId, readOnly.OrganizationId, OrganizationRole.Reader);
        var client = await app.SignedInAsync(tenant);

        var html = await client.HtmlAsync("/projekt/nytt");
        Assert.Contains(tenant.OrganizationName, html, StringComparison.Ordinal);
        Assert.DoesNotContain(readOnly.OrganizationName, html, StringComparison.Ordinal);

        var name = Unique("Läsarens projekt");
        var response = await client.PostFormAsync("/projekt/nytt", Form(readOnly.OrganizationId, name));
        Assert.Contains("Välj en organisation där du är projektledare eller administratör.", await response.BodyAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(name));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CreateProjectSqliteTests(SqliteApp app) : CreateProjectTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CreateProjectPostgresTests(PostgresApp app) : CreateProjectTests(app);
