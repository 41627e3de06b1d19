using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class PlanListTests(AppFactory app)
{
    private Task<List<int>> BarePlansAsync(int organizationId, int count, string prefix, PlanStatus status = PlanStatus.Draft, int? projectId = null) =>
        app.WithDbAsync(async db =>
        {
            var plans = Enumerable.Range(1, count).Select(n => new CommunicationPlan
            {
                OrganizationId = organizationId,
                ProjectId = projectId,
                Title = $"{prefix} {n:00}",
                Status = status,
                CalendarToken = CommunicationAccess.NewCalendarToken(),
            }).ToList();
            db.CommunicationPlans.AddRange(plans);
            await db.SaveChangesAsync();
            return plans.Select(p => p.Id).ToList();
        });

    [Fact]
    public async Task The_list_shows_project_and_standing_plans_of_the_callers_organisations_only()
    {
        var c = await app.PlanCaseAsync();
        var standing = (await BarePlansAsync(c.Tenant.OrganizationId, 1, "Kommunstyrelsens plan", PlanStatus.Adopted)).Single();
        var other = await app.NewTenantAsync();
        await BarePlansAsync(other.OrganizationId, 1, "Annan kommuns plan");

        var html = await c.Client.HtmlAsync("/kommunikation");
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{standing}\"", html, StringComparison.Ordinal);
        Assert.Contains("Stående plan", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{c.ProjectId}/kommunikation\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Annan kommuns plan", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kommunikation/ny\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kommunikation\" aria-current=\"page\"", html, StringComparison.Ordinal);

        var onlyStanding = await c.Client.HtmlAsync("/kommunikation?typ=staende");
        Assert.Contains($"href=\"/kommunikation/{standing}\"", onlyStanding, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/kommunikation/{c.PlanId}\"", onlyStanding, StringComparison.Ordinal);

        var onlyProjects = await c.Client.HtmlAsync("/kommunikation?typ=projekt");
        Assert.DoesNotContain($"href=\"/kommunikation/{standing}\"", onlyProjects, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", onlyProjects, StringComparison.Ordinal);

        var adopted = await c.Client.HtmlAsync("/kommunikation?status=Adopted");
        Assert.Contains($"href=\"/kommunikation/{standing}\"", adopted, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/kommunikation/{c.PlanId}\"", adopted, StringComparison.Ordinal);

        var searched = await c.Client.HtmlAsync("/kommunikation?q=KOMMUNSTYRELSENS");
        Assert.Contains($"href=\"/kommunikation/{standing}\"", searched, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/kommunikation/{c.PlanId}\"", searched, StringComparison.Ordinal);

        var byProject = await c.Client.HtmlAsync("/kommunikation?q=planprojekt");
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", byProject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nonsense_filters_are_ignored_and_said_so()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        var html = await c.Client.HtmlAsync("/kommunikation?typ=x&status=Klar&organisation=999999&sida=noll");
        Assert.Contains("Typen x finns inte; filtret används inte.", html, StringComparison.Ordinal);
        Assert.Contains("Statusen Klar finns inte; filtret används inte.", html, StringComparison.Ordinal);
        Assert.Contains("Organisationen finns inte bland dina organisationer; filtret används inte.", html, StringComparison.Ordinal);
        Assert.Contains("Sidnumret noll finns inte; första sidan visas.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", html, StringComparison.Ordinal);
        // A reader may not start a standing plan.
        Assert.DoesNotContain("href=\"/kommunikation/ny\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_list_is_paged()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Reader);
        var ids = await BarePlansAsync(tenant.OrganizationId, 27, "Sidplan");
        var client = await app.SignedInAsync(tenant);
        var first = await client.HtmlAsync("/kommunikation");
        Assert.Contains("27 planer", first, StringComparison.Ordinal);
        Assert.Contains("Sidplan 25", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Sidplan 26", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/kommunikation?sida=2\"", first, StringComparison.Ordinal);
        var second = await client.HtmlAsync("/kommunikation?sida=2");
        Assert.Contains("Sidplan 27", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Sidplan 01", second, StringComparison.Ordinal);
        Assert.Equal(27, ids.Count);
    }

    [Fact]
    public async Task The_projects_plans_page_and_the_project_page_list_the_plans()
    {
        var c = await app.PlanCaseAsync();
        await app.UpdatePlanAsync(c.PlanId, p => { p.Status = PlanStatus.Adopted; p.AdoptedBy = "Styrgruppen"; p.AdoptedOn = new DateOnly(2023, 2, 1); p.DocumentVersion = "1.0"; });
        var html = await c.Client.HtmlAsync($"/projekt/{c.ProjectId}/kommunikation");
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", html, StringComparison.Ordinal);
        Assert.Contains("Styrgruppen", html, StringComparison.Ordinal);
        Assert.Contains("2023-02-01", html, StringComparison.Ordinal);
        Assert.Contains("Fastställd", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/ny?projectId={c.ProjectId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}/ny-fran\"", html, StringComparison.Ordinal);

        var project = await c.Client.HtmlAsync($"/projekt/{c.ProjectId}");
        Assert.Contains("Kommunikationsplaner", project, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", project, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{c.ProjectId}/kommunikation\"", project, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sees_the_projects_plans_without_the_new_plan_button()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        var html = await c.Client.HtmlAsync($"/projekt/{c.ProjectId}/kommunikation");
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/kommunikation/ny", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/ny-fran", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/kommunikation/ny", await c.Client.HtmlAsync($"/projekt/{c.ProjectId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_without_plans_says_so()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Utan planer");
        var client = await app.SignedInAsync(tenant);
        Assert.Contains("Projektet har inga kommunikationsplaner ännu.", await client.HtmlAsync($"/projekt/{projectId}/kommunikation"), StringComparison.Ordinal);
        Assert.Contains("Projektet har inga kommunikationsplaner ännu.", await client.HtmlAsync($"/projekt/{projectId}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync("/projekt/999999/kommunikation"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanListSqliteTests(SqliteApp app) : PlanListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanListPostgresTests(PostgresApp app) : PlanListTests(app);
