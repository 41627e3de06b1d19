using System.Globalization;
using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Projects;

public abstract class EditProjectTests(AppFactory app)
{
    private async Task<(TestTenant Tenant, HttpClient Client, int Id)> ProjectAsync(OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var id = await app.NewProjectAsync(tenant.OrganizationId, "Redigeringsprojekt", p =>
        {
            p.Code = "R-1";
            p.Background = "Ursprunglig bakgrund.";
            p.StartDate = new DateOnly(2025, 1, 1);
        });
        return (tenant, await app.SignedInAsync(tenant), id);
    }

    [Fact]
    public async Task An_editor_changes_every_part_of_the_project_and_sees_it_saved()
    {
        var (tenant, client, id) = await ProjectAsync();
        var programme = await app.AddProgrammeAsync(tenant.OrganizationId, "Programmet");
        var model = await app.AddProjectModelAsync(tenant.OrganizationId);
        var url = $"/projekt/{id}/redigera";
        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        Assert.Equal("Redigeringsprojekt", fields["Input.Name"]);
        Assert.Equal("Ursprunglig bakgrund.", fields["Input.Background"]);

        fields["Input.Name"] = "Omdöpt projekt";
        fields["Input.Status"] = "Ongoing";
        fields["Input.EndDate"] = "2025-12-31";
        fields["Input.DocumentType"] = "Projektbeskrivning";
        fields["Input.DecisionBody"] = "Projektägaren";
        fields["Input.DecisionDate"] = "2024-11-25";
        fields["Input.RegistrationNumber"] = "SN 2024/0083";
        fields["Input.OtherReferences"] = "Tillväxtverket 20201234";
        fields["Input.DocumentOwner"] = "Projektledare";
        fields["Input.PreparedWith"] = "Projektgrupp";
        fields["Input.DocumentVersion"] = "1.2";
        fields["Input.LastRevised"] = "2024-11-19";
        fields["Input.Commissioner"] = "Servicenämnden";
        fields["Input.Owner"] = "Serviceförvaltningen";
        fields["Input.ProjectLeader"] = "Anna Andersson";
        fields["Input.Funder"] = "Regionen";
        fields["Input.Background"] = "Ny bakgrund.\r\n\r\nAndra stycket.";
        fields["Input.Purpose"] = "Syftet.";
        fields["Input.Description"] = "Beskrivningen.";
        fields["Input.FollowUp"] = "Uppföljningen.";
        fields["Input.ProgrammeId"] = programme.ToString(CultureInfo.InvariantCulture);
        fields["Input.ProjectModelId"] = model.Id.ToString(CultureInfo.InvariantCulture);

        var response = await client.PostFieldsAsync(url, fields);
        response.AssertRedirectTo($"/projekt/{id}");

        var p = await app.ProjectAsync(id);
        Assert.Equal("Omdöpt projekt", p.Name);
        Assert.Equal(new DateOnly(2025, 12, 31), p.EndDate);
        Assert.Equal("SN 2024/0083", p.Header.RegistrationNumber);
        Assert.Equal("Tillväxtverket 20201234", p.Header.OtherReferences);
        Assert.Equal(new DateOnly(2024, 11, 25), p.Header.DecisionDate);
        Assert.Equal("1.2", p.Header.DocumentVersion);
        Assert.Equal("Anna Andersson", p.ProjectLeader);
        Assert.Equal("Ny bakgrund.\n\nAndra stycket.", p.Background);
        Assert.Equal(programme, p.ProgrammeId);
        Assert.Equal(model.Id, p.ProjectModelId);

        var page = await client.HtmlAsync($"/projekt/{id}");
        Assert.Contains("Ändringarna är sparade.", page, StringComparison.Ordinal);
        Assert.Contains("SN 2024/0083", page, StringComparison.Ordinal);
        Assert.Contains("Programmet", page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Input.Name", "", "Ange projektets namn." },
        { "Input.Background", new string('b', 20001), "Bakgrund får vara högst 20000 tecken." },
        { "Input.FollowUp", new string('f', 20001), "Projektets uppföljning får vara högst 20000 tecken." },
        { "Input.RegistrationNumber", new string('d', 61), "Diarienummer får vara högst 60 tecken." },
        { "Input.Commissioner", new string('c', 201), "Beställare får vara högst 200 tecken." },
        { "Input.DocumentVersion", new string('v', 41), "Dokumentversion får vara högst 40 tecken." },
        { "Input.EndDate", "2024-12-31", "Slutdatum kan inte vara före startdatum." },
        { "Input.DecisionDate", "inte-ett-datum", "är inte giltigt för Beslutsdatum." },
        { "Input.ProjectModelId", "999999", "Välj en projektmodell som hör till den ledande organisationen." },
        { "Input.CoOwnerIds", "999999", "Du kan bara lägga till organisationer som du själv tillhör som ägare." },
        { "Input.Version", "inte-en-guid", "är inte giltigt" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_named_in_swedish_and_nothing_is_saved(string field, string value, string message)
    {
        var (_, client, id) = await ProjectAsync();
        var url = $"/projekt/{id}/redigera";
        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        fields["Input.Subtitle"] = "Behålls i formuläret";
        fields[field] = value;

        var html = await (await client.PostFieldsAsync(url, fields)).BodyAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Behålls i formuläret\"", html, StringComparison.Ordinal);
        var p = await app.ProjectAsync(id);
        Assert.Equal("Redigeringsprojekt", p.Name);
        Assert.Null(p.Subtitle);
        Assert.Single(p.Owners);
    }

    [Fact]
    public async Task A_reader_gets_403_on_the_form_and_on_saving()
    {
        var (_, client, id) = await ProjectAsync(OrganizationRole.Reader);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/projekt/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/projekt/{id}/redigera")).StatusCode);

        var response = await client.PostFormAsync($"/projekt/{id}", new() { ["Input.Name"] = "Läsarens namn" }, action: $"/projekt/{id}/redigera");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Redigeringsprojekt", (await app.ProjectAsync(id)).Name);
    }

    [Fact]
    public async Task Another_tenants_project_is_not_found()
    {
        var (_, client, _) = await ProjectAsync(OrganizationRole.Administrator);
        var lundPilot = await app.LundPilotIdAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/projekt/{lundPilot}/redigera")).StatusCode);
        var response = await client.PostFormAsync("/projekt", new() { ["Input.Name"] = "Kapat" }, action: $"/projekt/{lundPilot}/redigera");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(ProjectTestData.LundPilot, (await app.ProjectAsync(lundPilot)).Name);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/projekt/987654321/redigera")).StatusCode);
    }

    [Fact]
    public async Task Two_users_editing_at_once_the_second_sees_both_versions_and_nothing_is_overwritten()
    {
        var (tenant, first, id) = await ProjectAsync(OrganizationRole.Administrator);
        var colleague = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(colleague.UserId, tenant.OrganizationId, OrganizationRole.Editor);
        var second = await app.SignedInAsync(colleague);
        var url = $"/projekt/{id}/redigera";
        var mine = ProjectTestData.FormFields(await first.HtmlAsync(url));
        var theirs = ProjectTestData.FormFields(await second.HtmlAsync(url));

        mine["Input.Name"] = "Första användarens namn";
        mine["Input.Status"] = "Ongoing";
        (await first.PostFieldsAsync(url, mine)).AssertRedirectTo($"/projekt/{id}");

        theirs["Input.Name"] = "Andra användarens namn";
        theirs["Input.Background"] = "Andra användarens bakgrund.";
        var html = await (await second.PostFieldsAsync(url, theirs)).BodyAsync();

        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("Första användarens namn", html, StringComparison.Ordinal);
        Assert.Contains("Andra användarens namn", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Namn</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Status</th>", html, StringComparison.Ordinal);
        Assert.Contains("Pågående", html, StringComparison.Ordinal);
        // The second user's typing is kept in the form.
        Assert.Contains("Andra användarens bakgrund.", html, StringComparison.Ordinal);

        var stored = await app.ProjectAsync(id);
        Assert.Equal("Första användarens namn", stored.Name);
        Assert.Equal("Ursprunglig bakgrund.", stored.Background);

        // Saving again, having seen the other version, is a deliberate overwrite.
        var again = ProjectTestData.FormFields(html);
        Assert.Equal(stored.Version.ToString(), again["Input.Version"]);
        (await second.PostFieldsAsync(url, again)).AssertRedirectTo($"/projekt/{id}");
        Assert.Equal("Andra användarens namn", (await app.ProjectAsync(id)).Name);
    }

    [Fact]
    public async Task Co_owners_are_the_users_own_organisations_and_the_lead_always_stays()
    {
        var (tenant, _, id) = await ProjectAsync(OrganizationRole.Administrator);
        var second = await app.NewTenantAsync();
        var stranger = await app.NewTenantAsync();
        await app.AddMembershipAsync(tenant.UserId, second.OrganizationId, OrganizationRole.Reader);
        var client = await app.SignedInAsync(tenant);
        var url = $"/projekt/{id}/redigera";

        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        fields["Input.CoOwnerIds"] = $"{second.OrganizationId},{tenant.OrganizationId}";
        (await client.PostFieldsAsync(url, fields)).AssertRedirectTo($"/projekt/{id}");
        Assert.Equal([tenant.OrganizationId, second.OrganizationId], (await app.ProjectAsync(id)).Owners.Select(o => o.OrganizationId).Order());

        var page = await client.HtmlAsync($"/projekt/{id}");
        Assert.Contains(second.OrganizationName, page, StringComparison.Ordinal);

        // The stranger's organisation cannot be added, and unticking everything keeps the lead.
        fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        fields["Input.CoOwnerIds"] = stranger.OrganizationId.ToString(CultureInfo.InvariantCulture);
        Assert.Contains("Du kan bara lägga till organisationer", await (await client.PostFieldsAsync(url, fields)).BodyAsync(), StringComparison.Ordinal);
        fields["Input.CoOwnerIds"] = "";
        (await client.PostFieldsAsync(url, fields)).AssertRedirectTo($"/projekt/{id}");
        Assert.Equal([tenant.OrganizationId], (await app.ProjectAsync(id)).Owners.Select(o => o.OrganizationId));
    }

    [Fact]
    public async Task A_co_owner_outside_the_lead_organisation_keeps_the_owners_it_cannot_see()
    {
        var lead = await app.NewTenantAsync(OrganizationRole.Administrator);
        var partner = await app.NewTenantAsync(OrganizationRole.Editor);
        var programme = await app.AddProgrammeAsync(lead.OrganizationId, "Ledarens program");
        var id = await app.NewProjectAsync(lead.OrganizationId, "Samägt projekt", p =>
        {
            p.ProgrammeId = programme;
            p.Owners.Add(new Features.Projects.ProjectOwner { OrganizationId = partner.OrganizationId });
        });
        var client = await app.SignedInAsync(partner);
        var url = $"/projekt/{id}/redigera";

        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        fields["Input.Name"] = "Samägt projekt, omdöpt av partnern";
        (await client.PostFieldsAsync(url, fields)).AssertRedirectTo($"/projekt/{id}");

        var p = await app.ProjectAsync(id);
        Assert.Equal("Samägt projekt, omdöpt av partnern", p.Name);
        Assert.Equal(programme, p.ProgrammeId);
        Assert.Equal([lead.OrganizationId, partner.OrganizationId], p.Owners.Select(o => o.OrganizationId).Order());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EditProjectSqliteTests(SqliteApp app) : EditProjectTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EditProjectPostgresTests(PostgresApp app) : EditProjectTests(app);
