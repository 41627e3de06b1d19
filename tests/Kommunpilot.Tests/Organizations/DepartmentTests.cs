using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Organizations;

/// <summary>Departments (förvaltningar) and their units (verksamheter): add, rename, move, delete, and every refusal.</summary>
public abstract class DepartmentTests(AppFactory app)
{
    private static string List(TestTenant t) => $"/organisation/{t.OrganizationId}/forvaltningar";

    private Task<Department> DepartmentOfAsync(TestTenant t) =>
        app.WithDbAsync(db => db.Departments.IgnoreQueryFilters().AsNoTracking().FirstAsync(d => d.OrganizationId == t.OrganizationId));

    private Task<List<Department>> DepartmentsAsync(TestTenant t) =>
        app.WithDbAsync(db => db.Departments.IgnoreQueryFilters().AsNoTracking().Where(d => d.OrganizationId == t.OrganizationId).ToListAsync());

    [Fact]
    public async Task A_department_is_added_once_even_when_the_form_is_sent_twice()
    {
        var (tenant, client) = await app.AdminAsync();
        await client.PostRedirectsAsync(List(tenant), new() { ["New.Name"] = " Socialförvaltningen " }, location: List(tenant));
        Assert.Contains("Förvaltningen är tillagd.", await client.HtmlAsync(List(tenant)), StringComparison.Ordinal);
        var again = await client.PostRefusedAsync(List(tenant), new() { ["New.Name"] = "socialförvaltningen" });
        Assert.Contains("Det finns redan en förvaltning med det namnet.", again, StringComparison.Ordinal);
        var names = (await DepartmentsAsync(tenant)).Select(d => d.Name).Order().ToList();
        Assert.Equal(["Socialförvaltningen", "Testförvaltningen"], names);
        Assert.Contains("Testenheten", await client.HtmlAsync(List(tenant)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_too_long_department_names_are_refused_in_swedish()
    {
        var (tenant, client) = await app.AdminAsync();
        Assert.Contains("Ange ett namn.", await client.PostRefusedAsync(List(tenant), new() { ["New.Name"] = "" }), StringComparison.Ordinal);
        var tooLong = await client.PostRefusedAsync(List(tenant), new() { ["New.Name"] = AdminTestData.Long(201) });
        Assert.Contains("Namnet får vara högst 200 tecken.", tooLong, StringComparison.Ordinal);
        Assert.Contains($"value=\"{AdminTestData.Long(201)}\"", tooLong, StringComparison.Ordinal);
        Assert.Single(await DepartmentsAsync(tenant));
    }

    [Fact]
    public async Task A_department_is_renamed_and_a_stale_rename_shows_a_conflict()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        var page = $"{List(tenant)}/{department.Id}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Omsorgsförvaltningen", ["Input.Version"] = department.Version.ToString() }, location: page);

        var html = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Vårdförvaltningen", ["Input.Version"] = department.Version.ToString() });
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("Omsorgsförvaltningen", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Vårdförvaltningen\"", html, StringComparison.Ordinal);
        Assert.Equal("Omsorgsförvaltningen", (await app.FindAsync<Department>(department.Id))!.Name);
    }

    [Fact]
    public async Task Renaming_to_a_sibling_departments_name_is_refused()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        await app.AddAsync(new Department { OrganizationId = tenant.OrganizationId, Name = "Kulturförvaltningen" });
        var html = await client.PostRefusedAsync($"{List(tenant)}/{department.Id}", new() { ["Input.Name"] = "KULTURFÖRVALTNINGEN", ["Input.Version"] = department.Version.ToString() });
        Assert.Contains("Det finns redan en förvaltning med det namnet.", html, StringComparison.Ordinal);
        Assert.Equal("Testförvaltningen", (await app.FindAsync<Department>(department.Id))!.Name);
    }

    [Fact]
    public async Task A_department_with_units_is_not_deleted_and_an_empty_one_is()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        var page = $"{List(tenant)}/{department.Id}";
        var html = await client.PostRefusedAsync(page, new() { ["version"] = department.Version.ToString() }, handler: "Delete");
        Assert.Contains("Förvaltningen har 1 verksamheter och kan inte tas bort.", html, StringComparison.Ordinal);
        Assert.NotNull(await app.FindAsync<Department>(department.Id));

        var empty = await app.AddAsync(new Department { OrganizationId = tenant.OrganizationId, Name = "Tomma förvaltningen" });
        await client.PostRedirectsAsync($"{List(tenant)}/{empty.Id}", new() { ["version"] = empty.Version.ToString() }, handler: "Delete", location: List(tenant));
        Assert.Null(await app.FindAsync<Department>(empty.Id));
    }

    [Fact]
    public async Task A_stale_delete_is_refused_and_shows_the_current_record()
    {
        var (tenant, client) = await app.AdminAsync();
        var empty = await app.AddAsync(new Department { OrganizationId = tenant.OrganizationId, Name = "Gamla namnet" });
        var page = $"{List(tenant)}/{empty.Id}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Nya namnet", ["Input.Version"] = empty.Version.ToString() });
        var html = await client.PostRefusedAsync(page, new() { ["version"] = empty.Version.ToString() }, handler: "Delete");
        Assert.Contains("Någon annan har ändrat posten sedan du öppnade sidan, så den har inte tagits bort.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nya namnet\"", html, StringComparison.Ordinal);
        Assert.NotNull(await app.FindAsync<Department>(empty.Id));

        var garbage = await client.PostRefusedAsync(page, new() { ["version"] = "inte-en-version" }, handler: "Delete");
        Assert.Contains("Någon annan har ändrat posten", garbage, StringComparison.Ordinal);
        Assert.NotNull(await app.FindAsync<Department>(empty.Id));
    }

    [Fact]
    public async Task Units_are_unique_within_their_department_but_not_across_departments()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        var other = await app.AddAsync(new Department { OrganizationId = tenant.OrganizationId, Name = "Skolförvaltningen" });
        var page = $"{List(tenant)}/{department.Id}";

        var taken = await client.PostRefusedAsync(page, new() { ["NewUnit.Name"] = "testenheten" }, handler: "AddUnit");
        Assert.Contains("Det finns redan en verksamhet med det namnet i förvaltningen.", taken, StringComparison.Ordinal);
        Assert.Contains("Ange ett namn.", await client.PostRefusedAsync(page, new() { ["NewUnit.Name"] = "" }, handler: "AddUnit"), StringComparison.Ordinal);
        Assert.Contains("Namnet får vara högst 200 tecken.", await client.PostRefusedAsync(page, new() { ["NewUnit.Name"] = AdminTestData.Long(201) }, handler: "AddUnit"), StringComparison.Ordinal);

        await client.PostRedirectsAsync($"{List(tenant)}/{other.Id}", new() { ["NewUnit.Name"] = "Testenheten" }, handler: "AddUnit");
        await client.PostRedirectsAsync(page, new() { ["NewUnit.Name"] = "Vårdboendet Solgläntan" }, handler: "AddUnit", location: page);
        var units = await app.WithDbAsync(db => db.Units.IgnoreQueryFilters().Where(u => u.OrganizationId == tenant.OrganizationId).Select(u => new { u.DepartmentId, u.Name }).ToListAsync());
        Assert.Equal(3, units.Count);
        Assert.Equal(2, units.Count(u => u.DepartmentId == department.Id));
        Assert.Contains("Vårdboendet Solgläntan", await client.HtmlAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_is_renamed_and_moved_to_another_department_of_the_same_organisation_only()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        var target = await app.AddAsync(new Department { OrganizationId = tenant.OrganizationId, Name = "Kultur och fritid" });
        var foreign = await app.NewTenantAsync();
        var foreignDepartment = await DepartmentOfAsync(foreign);
        var unit = await app.FindAsync<Unit>(tenant.UnitId);
        var page = $"{List(tenant)}/{department.Id}/verksamheter/{tenant.UnitId}";

        var refused = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Biblioteket", ["Input.DepartmentId"] = foreignDepartment.Id.ToString(), ["Input.Version"] = unit!.Version.ToString() });
        Assert.Contains("Välj en av organisationens förvaltningar.", refused, StringComparison.Ordinal);
        var notANumber = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Biblioteket", ["Input.DepartmentId"] = "kultur", ["Input.Version"] = unit.Version.ToString() });
        Assert.Contains("Värdet &#x27;kultur&#x27; är inte giltigt för Förvaltning.", notANumber, StringComparison.Ordinal);
        Assert.Equal(department.Id, (await app.FindAsync<Unit>(tenant.UnitId))!.DepartmentId);

        var moved = $"{List(tenant)}/{target.Id}/verksamheter/{tenant.UnitId}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Biblioteket", ["Input.DepartmentId"] = target.Id.ToString(), ["Input.Version"] = unit.Version.ToString() }, location: moved);
        var stored = await app.FindAsync<Unit>(tenant.UnitId);
        Assert.Equal(("Biblioteket", target.Id), (stored!.Name, stored.DepartmentId));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        Assert.Contains("Verksamheten är sparad.", await client.HtmlAsync(moved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_unit_save_shows_a_conflict_naming_the_departments()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        var other = await app.AddAsync(new Department { OrganizationId = tenant.OrganizationId, Name = "Andra förvaltningen" });
        var unit = await app.FindAsync<Unit>(tenant.UnitId);
        var page = $"{List(tenant)}/{department.Id}/verksamheter/{tenant.UnitId}";
        await client.PostRedirectsAsync(page, new() { ["Input.Name"] = "Först", ["Input.DepartmentId"] = department.Id.ToString(), ["Input.Version"] = unit!.Version.ToString() });
        var html = await client.PostRefusedAsync(page, new() { ["Input.Name"] = "Sist", ["Input.DepartmentId"] = other.Id.ToString(), ["Input.Version"] = unit.Version.ToString() });
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Andra förvaltningen</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text-pre-line\">Testförvaltningen</td>", html, StringComparison.Ordinal);
        var stored = await app.FindAsync<Unit>(tenant.UnitId);
        Assert.Equal(("Först", department.Id), (stored!.Name, stored.DepartmentId));
    }

    [Fact]
    public async Task A_unit_that_is_a_pilot_site_is_not_deleted_and_an_unused_one_is()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        await app.AddProjectAsync(tenant.OrganizationId, p => p.PilotSites.Add(new PilotSite { UnitId = tenant.UnitId }));
        var unit = await app.FindAsync<Unit>(tenant.UnitId);
        var page = $"{List(tenant)}/{department.Id}/verksamheter/{tenant.UnitId}";
        var html = await client.PostRefusedAsync(page, new() { ["version"] = unit!.Version.ToString() }, handler: "Delete");
        Assert.Contains("Verksamheten är pilotverksamhet i 1 projekt och kan inte tas bort.", html, StringComparison.Ordinal);
        Assert.NotNull(await app.FindAsync<Unit>(tenant.UnitId));

        var spare = await app.AddAsync(new Unit { OrganizationId = tenant.OrganizationId, DepartmentId = department.Id, Name = "Reserven" });
        await client.PostRedirectsAsync($"{List(tenant)}/{department.Id}/verksamheter/{spare.Id}", new() { ["version"] = spare.Version.ToString() }, handler: "Delete", location: $"{List(tenant)}/{department.Id}");
        Assert.Null(await app.FindAsync<Unit>(spare.Id));
    }

    [Fact]
    public async Task A_unit_used_by_a_project_the_administrator_cannot_see_is_not_deleted_either()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        var stranger = await app.NewTenantAsync();
        // Another tenant's project uses this unit as a pilot site; the administrator cannot see that project.
        await app.AddProjectAsync(stranger.OrganizationId, p => p.PilotSites.Add(new PilotSite { UnitId = tenant.UnitId }));
        var unit = await app.FindAsync<Unit>(tenant.UnitId);
        var html = await client.PostRefusedAsync($"{List(tenant)}/{department.Id}/verksamheter/{tenant.UnitId}", new() { ["version"] = unit!.Version.ToString() }, handler: "Delete");
        Assert.Contains("Posten används och kan inte tas bort.", html, StringComparison.Ordinal);
        Assert.NotNull(await app.FindAsync<Unit>(tenant.UnitId));
    }

    [Fact]
    public async Task Unknown_department_and_unit_ids_are_not_found()
    {
        var (tenant, client) = await app.AdminAsync();
        var department = await DepartmentOfAsync(tenant);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"{List(tenant)}/999999")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"{List(tenant)}/{department.Id}/verksamheter/999999")).StatusCode);
        var post = await client.PostFormAsync(List(tenant), new() { ["NewUnit.Name"] = "Spöket" }, action: $"{List(tenant)}/999999?handler=AddUnit");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, post.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DepartmentSqliteTests(SqliteApp app) : DepartmentTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DepartmentPostgresTests(PostgresApp app) : DepartmentTests(app);
