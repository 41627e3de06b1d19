using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Api;

public abstract class ProjectsApiWriteTests(AppFactory app)
{
    [Fact]
    public async Task Create_answers_201_with_location_and_stores_the_project_with_its_header()
    {
        var client = await app.BearerClientAsync();
        var lund = await app.LundIdAsync();
        var name = ApiTestData.Unique("Nytt projekt");
        var response = await client.PostAsJsonAsync("/api/projects", new
        {
            organizationId = lund,
            name = "  " + name + "  ",
            code = ApiTestData.Unique("K"),
            status = "Planned",
            startDate = "2025-01-01",
            endDate = "2025-12-31",
            header = new { documentType = "Projektbeskrivning", registrationNumber = "KS 2025/0001", decisionDate = "2024-12-10" },
            owner = "Kommunkontoret",
            background = "Första stycket.\nAndra stycket.",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<ProjectDetails>())!;
        Assert.Equal($"/api/projects/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(name, created.Name);
        Assert.Equal("Lunds kommun", created.Organization.Name);

        var stored = await app.StoredAsync(created.Id);
        Assert.Equal(name, stored.Name);
        Assert.Equal(ProjectStatus.Planned, stored.Status);
        Assert.Equal(new DateOnly(2025, 12, 31), stored.EndDate);
        Assert.Equal("KS 2025/0001", stored.Header.RegistrationNumber);
        Assert.Equal(new DateOnly(2024, 12, 10), stored.Header.DecisionDate);
        Assert.False(stored.IsDemo);
        var owners = await app.WithDbAsync(db => db.ProjectOwners.Where(o => o.ProjectId == created.Id).Select(o => o.OrganizationId).ToListAsync());
        Assert.Equal([lund], owners);
        var audited = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AnyAsync(a => a.ProjectId == created.Id && a.EntityType == "Project" && a.Action == "Added"));
        Assert.True(audited);
    }

    [Fact]
    public async Task A_project_without_status_starts_as_an_idea()
    {
        var client = await app.BearerClientAsync();
        var response = await client.PostAsJsonAsync("/api/projects", new { organizationId = await app.LundIdAsync(), name = ApiTestData.Unique("Idé") });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(ProjectStatus.Idea, (await response.Content.ReadFromJsonAsync<ProjectDetails>())!.Status);
    }

    [Theory]
    [InlineData(OrganizationRole.Reader)]
    [InlineData(OrganizationRole.Editor)]
    public async Task Only_project_leaders_and_administrators_create(OrganizationRole role)
    {
        var tenant = await app.NewTenantAsync(role);
        var client = await app.BearerClientAsync(tenant);
        var name = ApiTestData.Unique("Får inte skapas");
        var refused = await client.PostAsJsonAsync("/api/projects", new { organizationId = tenant.OrganizationId, name });
        await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Name == name)));

        var leader = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var created = await (await app.BearerClientAsync(leader)).CreateAsync(leader.OrganizationId);
        Assert.Equal(leader.OrganizationId, created.Organization.Id);
    }

    [Fact]
    public async Task Creating_in_another_tenants_organisation_is_refused_as_unknown()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await app.BearerClientAsync(tenant);
        var name = ApiTestData.Unique("Intrång");
        var response = await client.PostAsJsonAsync("/api/projects", new { organizationId = await app.LundIdAsync(), name });
        Assert.Equal("Okänd organisation: du är inte medlem i den.", Assert.Single(await response.FieldErrorsAsync("organizationId")));
        Assert.False(await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AnyAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task Programme_model_and_phase_must_belong_to_the_organisation()
    {
        var lund = await app.LundIdAsync();
        var (programme, model, lundPhase) = await app.WithDbAsync(async db =>
        {
            var p = new Programme { OrganizationId = lund, Name = ApiTestData.Unique("Program") };
            db.Programmes.Add(p);
            await db.SaveChangesAsync();
            var m = await db.ProjectModels.IgnoreQueryFilters().Where(x => x.OrganizationId == lund).Select(x => x.Id).FirstAsync();
            var phase = await db.ProjectPhases.IgnoreQueryFilters().Where(x => x.ProjectModelId == m).Select(x => x.Id).FirstAsync();
            return (p.Id, m, phase);
        });
        var tenant = await app.NewTenantAsync();
        var client = await app.BearerClientAsync(tenant);

        var foreign = await client.PostAsJsonAsync("/api/projects", new { organizationId = tenant.OrganizationId, name = "x", programmeId = programme, projectModelId = model });
        Assert.NotEmpty(await foreign.FieldErrorsAsync("programmeId"));
        Assert.NotEmpty(await foreign.FieldErrorsAsync("projectModelId"));

        // In Lund itself they are fine, but a phase needs its model.
        var admin = await app.BearerClientAsync();
        var noModel = await admin.PostAsJsonAsync("/api/projects", new { organizationId = lund, name = "x", currentPhaseId = lundPhase });
        Assert.Equal("Välj en projektmodell för att kunna ange fas.", Assert.Single(await noModel.FieldErrorsAsync("currentPhaseId")));
        var fyrbodalPhase = await app.WithDbAsync(db => db.ProjectPhases.IgnoreQueryFilters().Where(x => x.ProjectModel.Name == "Projektmodell med sex faser").Select(x => x.Id).FirstAsync());
        var wrongPhase = await admin.PostAsJsonAsync("/api/projects", new { organizationId = lund, name = "x", projectModelId = model, currentPhaseId = fyrbodalPhase });
        Assert.NotEmpty(await wrongPhase.FieldErrorsAsync("currentPhaseId"));

        var ok = await admin.PostAsJsonAsync("/api/projects", new { organizationId = lund, name = ApiTestData.Unique("Med modell"), programmeId = programme, projectModelId = model, currentPhaseId = lundPhase });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var created = (await ok.Content.ReadFromJsonAsync<ProjectDetails>())!;
        Assert.Equal(programme, created.Programme!.Id);
        Assert.Equal(lundPhase, created.CurrentPhase!.Id);
    }

    [Fact]
    public async Task The_code_is_unique_within_an_organisation_so_a_replayed_create_makes_no_duplicate()
    {
        var client = await app.BearerClientAsync();
        var lund = await app.LundIdAsync();
        var code = ApiTestData.Unique("D");
        var body = new { organizationId = lund, name = ApiTestData.Unique("Dubblett"), code };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/projects", body)).StatusCode);
        var again = await client.PostAsJsonAsync("/api/projects", body);
        Assert.Equal($"Projektkoden {code} används redan av ett annat projekt i organisationen.", Assert.Single(await again.FieldErrorsAsync("code")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.Code == code)));

        // Another organisation may use the same code.
        var tenant = await app.NewTenantAsync();
        await (await app.BearerClientAsync(tenant)).CreateAsync(tenant.OrganizationId, code: code);
    }

    [Fact]
    public async Task Update_changes_the_own_fields_and_header_and_gives_a_new_version()
    {
        var client = await app.BearerClientAsync();
        var created = await client.CreateAsync(await app.LundIdAsync());
        var response = await client.PutAsJsonAsync($"/api/projects/{created.Id}", new
        {
            name = "Omdöpt projekt",
            status = "Ongoing",
            code = created.Code,
            startDate = "2025-02-01",
            header = new { registrationNumber = "SN 2025/0042", lastRevised = "2025-03-01", documentVersion = "1.1" },
            purpose = "Syftet.",
            version = created.Version,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = (await response.Content.ReadFromJsonAsync<ProjectDetails>())!;
        Assert.NotEqual(created.Version, updated.Version);
        Assert.Equal("Omdöpt projekt", updated.Name);
        var stored = await app.StoredAsync(created.Id);
        Assert.Equal("Omdöpt projekt", stored.Name);
        Assert.Equal(ProjectStatus.Ongoing, stored.Status);
        Assert.Equal("SN 2025/0042", stored.Header.RegistrationNumber);
        Assert.Equal("1.1", stored.Header.DocumentVersion);
        Assert.Equal("Syftet.", stored.Purpose);
        Assert.Equal(updated.Version, stored.Version);
        var audit = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.ProjectId == created.Id && a.Action == "Modified").Select(a => a.Changes).ToListAsync());
        Assert.Contains(audit, c => c.Contains("\"Purpose\"", StringComparison.Ordinal) && c.Contains("Syftet.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_stale_version_gives_409_with_the_stored_values_and_overwrites_nothing()
    {
        var alice = await app.BearerClientAsync();
        var bob = await app.BearerClientAsync();
        var created = await alice.CreateAsync(await app.LundIdAsync());

        var first = await alice.PutAsJsonAsync($"/api/projects/{created.Id}", new { name = "Alices namn", status = "Ongoing", version = created.Version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var afterAlice = (await first.Content.ReadFromJsonAsync<ProjectDetails>())!;

        var second = await bob.PutAsJsonAsync($"/api/projects/{created.Id}", new { name = "Bobs namn", status = "Paused", version = created.Version });
        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Projektet har ändrats av någon annan.", problem.GetProperty("title").GetString());
        var conflict = problem.Deserialize<ProjectConflictProblem>(JsonSerializerOptions.Web)!;
        Assert.Equal(afterAlice.Version, conflict.CurrentVersion);
        Assert.Equal("Alices namn", conflict.Current.Name);
        Assert.Equal(ProjectStatus.Ongoing, conflict.Current.Status);
        Assert.Contains(conflict.Changes, c => c is { Field: "name", Sent: "Bobs namn", Stored: "Alices namn" });
        Assert.Contains(conflict.Changes, c => c is { Field: "status", Sent: "Paused", Stored: "Ongoing" });

        var stored = await app.StoredAsync(created.Id);
        Assert.Equal("Alices namn", stored.Name);
        Assert.Equal(afterAlice.Version, stored.Version);

        // Sending the same values with the current version is a deliberate overwrite.
        var again = await bob.PutAsJsonAsync($"/api/projects/{created.Id}", new { name = "Bobs namn", status = "Paused", version = conflict.CurrentVersion });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Bobs namn", (await app.StoredAsync(created.Id)).Name);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_even_when_nothing_differs()
    {
        var client = await app.BearerClientAsync();
        var created = await client.CreateAsync(await app.LundIdAsync());
        var body = new { name = created.Name, code = created.Code, status = "Planned", version = created.Version };
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/projects/{created.Id}", body with { status = "Ongoing" })).StatusCode);
        await (await client.PutAsJsonAsync($"/api/projects/{created.Id}", body with { status = "Ongoing" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_reader_reads_but_gets_403_on_update()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Reader);
        var id = await app.SeedProjectAsync(tenant.OrganizationId, "Läsarens projekt");
        var client = await app.BearerClientAsync(tenant);

        var project = await client.DetailsAsync(id);
        var response = await client.PutAsJsonAsync($"/api/projects/{id}", new { name = "Ändrat av läsare", status = "Ongoing", version = project.Version });
        await response.ProblemAsync(HttpStatusCode.Forbidden);
        var stored = await app.StoredAsync(id);
        Assert.Equal("Läsarens projekt", stored.Name);
        Assert.Equal(project.Version, stored.Version);
    }

    [Fact]
    public async Task An_editor_may_update()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var id = await app.SeedProjectAsync(tenant.OrganizationId);
        var client = await app.BearerClientAsync(tenant);
        var project = await client.DetailsAsync(id);
        var response = await client.PutAsJsonAsync($"/api/projects/{id}", new { name = "Redaktörens namn", status = "Ongoing", version = project.Version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Redaktörens namn", (await app.StoredAsync(id)).Name);
    }

    [Fact]
    public async Task Updating_another_tenants_project_is_404_and_changes_nothing()
    {
        var lundPilot = await app.LundPilotIdAsync();
        var before = await app.StoredAsync(lundPilot);
        var tenant = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await app.BearerClientAsync(tenant);

        var response = await client.PutAsJsonAsync($"/api/projects/{lundPilot}", new { name = "Kapat", status = "Cancelled", version = before.Version });
        await response.ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync("/api/projects/987654", new { name = "x", status = "Idea", version = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        var after = await app.StoredAsync(lundPilot);
        Assert.Equal(before.Name, after.Name);
        Assert.Equal(before.Version, after.Version);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectsApiWriteSqliteTests(SqliteApp app) : ProjectsApiWriteTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectsApiWritePostgresTests(PostgresApp app) : ProjectsApiWriteTests(app);
