using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Projects;

public abstract partial class ProjectListTests(AppFactory app)
{
    [GeneratedRegex("<th scope=\"row\" class=\"fw-normal\">\\s*<a href=\"/projekt/\\d+\"")]
    private static partial Regex ProjectRow();

    private static int Rows(string html) => ProjectRow().Matches(html).Count;

    /// <summary>A tenant with 30 numbered projects, one with a code and a diarienummer, one ongoing.</summary>
    private async Task<TestTenant> TenantWithProjectsAsync(OrganizationRole role = OrganizationRole.Administrator)
    {
        var tenant = await app.NewTenantAsync(role);
        for (var i = 1; i <= 30; i++)
        {
            var n = i;
            await app.NewProjectAsync(tenant.OrganizationId, $"Listprojekt {n:00}", p =>
            {
                p.Status = n == 7 ? ProjectStatus.Ongoing : ProjectStatus.Planned;
                if (n == 12)
                {
                    p.Code = "X-123";
                    p.Header.RegistrationNumber = "KS 2024/0042";
                }
            });
        }
        return tenant;
    }

    [Fact]
    public async Task The_list_pages_25_at_a_time_with_page_links()
    {
        var tenant = await TenantWithProjectsAsync();
        var client = await app.SignedInAsync(tenant);

        var first = await client.HtmlAsync("/projekt");
        Assert.Equal(25, Rows(first));
        Assert.Contains("30 projekt", first, StringComparison.Ordinal);
        Assert.Contains("Listprojekt 01", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Listprojekt 26", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/projekt?sida=2\"", first, StringComparison.Ordinal);

        var second = await client.HtmlAsync("/projekt?sida=2");
        Assert.Equal(5, Rows(second));
        Assert.Contains("Listprojekt 30", second, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_by_name_code_and_diarienummer()
    {
        var tenant = await TenantWithProjectsAsync();
        var client = await app.SignedInAsync(tenant);

        var byCode = await client.HtmlAsync("/projekt?q=x-123");
        Assert.Equal(1, Rows(byCode));
        Assert.Contains("Listprojekt 12", byCode, StringComparison.Ordinal);

        var byNumber = await client.HtmlAsync("/projekt?q=" + Uri.EscapeDataString("KS 2024/0042"));
        Assert.Equal(1, Rows(byNumber));
        Assert.Contains("Listprojekt 12", byNumber, StringComparison.Ordinal);

        var byName = await client.HtmlAsync("/projekt?q=listprojekt%202");
        Assert.Equal(10, Rows(byName));

        var none = await client.HtmlAsync("/projekt?q=finns-inte");
        Assert.Contains("Inga projekt matchar sökningen.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_status_organisation_and_programme()
    {
        var tenant = await TenantWithProjectsAsync();
        var programme = await app.AddProgrammeAsync(tenant.OrganizationId, "Digitaliseringsprogrammet");
        await app.NewProjectAsync(tenant.OrganizationId, "Programprojektet", p => p.ProgrammeId = programme);
        var client = await app.SignedInAsync(tenant);

        var ongoing = await client.HtmlAsync("/projekt?status=Ongoing");
        Assert.Equal(1, Rows(ongoing));
        Assert.Contains("Listprojekt 07", ongoing, StringComparison.Ordinal);

        var inProgramme = await client.HtmlAsync($"/projekt?program={programme}");
        Assert.Equal(1, Rows(inProgramme));
        Assert.Contains("Programprojektet", inProgramme, StringComparison.Ordinal);

        var byOrganisation = await client.HtmlAsync($"/projekt?organisation={tenant.OrganizationId}&sort=uppdaterad");
        Assert.Equal(25, Rows(byOrganisation));
        // Newest first: the last one created leads.
        Assert.True(byOrganisation.IndexOf("Programprojektet", StringComparison.Ordinal) < byOrganisation.IndexOf("Listprojekt 30", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sida=-1", "Sidnumret -1 finns inte")]
    [InlineData("sida=abc", "Sidnumret abc finns inte")]
    [InlineData("status=foo", "Statusen foo finns inte")]
    [InlineData("status=99", "Statusen 99 finns inte")]
    [InlineData("organisation=abc", "Organisationen finns inte bland dina organisationer")]
    [InlineData("program=-5", "Programmet finns inte")]
    [InlineData("sort=pris", "Sorteringen pris finns inte")]
    public async Task Bad_query_values_are_ignored_with_a_message(string query, string message)
    {
        var tenant = await TenantWithProjectsAsync();
        var client = await app.SignedInAsync(tenant);
        var html = await client.HtmlAsync("/projekt?" + query);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Equal(25, Rows(html));
    }

    [Fact]
    public async Task A_page_past_the_last_shows_the_last()
    {
        var tenant = await TenantWithProjectsAsync();
        var client = await app.SignedInAsync(tenant);
        var html = await client.HtmlAsync("/projekt?sida=99999999");
        Assert.Equal(5, Rows(html));
    }

    [Fact]
    public async Task Another_tenants_organisation_and_projects_stay_out_of_sight()
    {
        var tenant = await TenantWithProjectsAsync();
        var lund = await app.OrganizationIdAsync("Lunds kommun");
        var client = await app.SignedInAsync(tenant);

        var html = await client.HtmlAsync($"/projekt?organisation={lund}");
        Assert.Contains("Organisationen finns inte bland dina organisationer", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ProjectTestData.LundPilot, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lunds kommun", html, StringComparison.Ordinal);

        var search = await client.HtmlAsync("/projekt?q=" + Uri.EscapeDataString(ProjectTestData.LundPilot));
        Assert.Equal(0, Rows(search));
    }

    [Fact]
    public async Task Demo_projects_carry_the_demo_badge_and_show_organisation_status_period_and_sites()
    {
        var client = await app.SignedInClientAsync();
        var html = await client.HtmlAsync("/projekt?q=" + Uri.EscapeDataString(ProjectTestData.LundPilot));
        Assert.Equal(1, Rows(html));
        Assert.Contains("Demodata", html, StringComparison.Ordinal);
        Assert.Contains("Lunds kommun", html, StringComparison.Ordinal);
        Assert.Contains("Avslutat", html, StringComparison.Ordinal);
        Assert.Contains("2022-01-01 – 2023-12-31", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"text-end\">7</td>", html);

        var h044 = await client.HtmlAsync("/projekt?q=h044");
        Assert.Contains("Digitala processer för socialtjänst i Fyrbodal", h044, StringComparison.Ordinal);
        Assert.Contains("från 2020-04-20", h044, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_those_who_may_create_see_the_new_project_link()
    {
        var leader = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        Assert.Contains("href=\"/projekt/nytt\"", await (await app.SignedInAsync(leader)).HtmlAsync("/projekt"), StringComparison.Ordinal);

        var editor = await app.NewTenantAsync(OrganizationRole.Editor);
        var client = await app.SignedInAsync(editor);
        Assert.DoesNotContain("href=\"/projekt/nytt\"", await client.HtmlAsync("/projekt"), StringComparison.Ordinal);
        Assert.Contains("Det finns inga projekt ännu.", await client.HtmlAsync("/projekt"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/projekt/nytt")).StatusCode);
    }

    [Fact]
    public async Task The_pages_speak_english_when_asked()
    {
        var client = await app.SignedInClientAsync();
        var id = await app.LundPilotIdAsync();
        var list = await client.HtmlAsync("/projekt?culture=en");
        Assert.Contains("Project register", list, StringComparison.Ordinal);
        Assert.Contains("New project", list, StringComparison.Ordinal);
        Assert.Contains("Completed", list, StringComparison.Ordinal);
        var page = await client.HtmlAsync($"/projekt/{id}?culture=en");
        Assert.Contains("1. Background and commissioner", page, StringComparison.Ordinal);
        Assert.Contains("Download as Word", page, StringComparison.Ordinal);
        Assert.Contains("2022-02-01 (prelim.)", page, StringComparison.Ordinal);
        Assert.Contains("Registration number", await client.HtmlAsync($"/projekt/{id}/redigera?culture=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await app.NewClient().GetAsync("/projekt");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/logga-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectListSqliteTests(SqliteApp app) : ProjectListTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectListPostgresTests(PostgresApp app) : ProjectListTests(app);
