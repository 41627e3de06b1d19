using System.Globalization;
using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Communication;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects;

public abstract class HistoryTests(AppFactory app)
{
    [Fact]
    public async Task The_history_shows_who_changed_which_field_from_what_to_what_newest_first()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.ProjectLeader);
        var client = await app.SignedInAsync(tenant);
        var created = await client.PostFormAsync("/projekt/nytt", new()
        {
            ["Input.OrganizationId"] = tenant.OrganizationId.ToString(CultureInfo.InvariantCulture),
            ["Input.Name"] = "Historikprojekt",
            ["Input.Status"] = "Planned",
        });
        var id = created.RedirectedProjectId();
        var url = $"/projekt/{id}/redigera";
        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        fields["Input.Name"] = "Historikprojekt, omdöpt";
        fields["Input.Status"] = "Ongoing";
        fields["Input.RegistrationNumber"] = "KS 2025/0001";
        (await client.PostFieldsAsync(url, fields)).AssertRedirectTo($"/projekt/{id}");

        var html = await client.HtmlAsync($"/projekt/{id}/historik");
        var displayName = await app.WithDbAsync(db => db.Users.Where(u => u.Id == tenant.UserId).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains(displayName!, html, StringComparison.Ordinal);
        Assert.Contains("Ändrad: Projekt", html, StringComparison.Ordinal);
        Assert.Contains("Skapad: Projekt", html, StringComparison.Ordinal);
        Assert.Contains("Skapad: Ägande organisation", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\" class=\"fw-normal\">Diarienummer</th>", html, StringComparison.Ordinal);
        Assert.Contains("KS 2025/0001", html, StringComparison.Ordinal);
        Assert.Contains("Planerat", html, StringComparison.Ordinal);
        Assert.Contains("Pågående", html, StringComparison.Ordinal);
        Assert.Contains(tenant.OrganizationName, html, StringComparison.Ordinal);
        // Newest first: the rename comes before the creation.
        Assert.True(html.IndexOf("Ändrad: Projekt", StringComparison.Ordinal) < html.IndexOf("Skapad: Projekt", StringComparison.Ordinal));
        var renamed = html[html.IndexOf("Ändrad: Projekt", StringComparison.Ordinal)..html.IndexOf("Skapad: Projekt", StringComparison.Ordinal)];
        Assert.Matches("Namn</th>\\s*<td>\\s*<span class=\"text-pre-line\">Historikprojekt</span>\\s*</td>\\s*<td>\\s*<span class=\"text-pre-line\">Historikprojekt, omdöpt</span>", renamed);
    }

    [Fact]
    public async Task Changes_to_the_projects_parts_show_in_its_history_and_long_lists_are_paged()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var id = await app.NewProjectAsync(tenant.OrganizationId, "Projekt med delar");
        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 30; i++)
            {
                db.Deliverables.Add(new Deliverable { ProjectId = id, Code = $"L{i}", Description = $"Leverans nummer {i}" });
            }
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(tenant);

        var first = await client.HtmlAsync($"/projekt/{id}/historik");
        Assert.Contains("Skapad: Leverans", first, StringComparison.Ordinal);
        Assert.Contains("Leverans nummer", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{id}/historik?sida=2\"", first, StringComparison.Ordinal);
        var second = await client.HtmlAsync($"/projekt/{id}/historik?sida=2");
        Assert.Contains("Skapad: Projekt", second, StringComparison.Ordinal);

        var bad = await client.HtmlAsync($"/projekt/{id}/historik?sida=-1");
        Assert.Contains("Sidnumret finns inte; första sidan visas.", bad, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_co_owner_outside_the_lead_organisation_sees_the_history_and_a_stranger_does_not()
    {
        var lead = await app.NewTenantAsync(OrganizationRole.Administrator);
        var partner = await app.NewTenantAsync(OrganizationRole.Reader);
        var id = await app.NewProjectAsync(lead.OrganizationId, "Samägd historik",
            p => p.Owners.Add(new ProjectOwner { OrganizationId = partner.OrganizationId }));

        var html = await (await app.SignedInAsync(partner)).HtmlAsync($"/projekt/{id}/historik");
        Assert.Contains("Skapad: Projekt", html, StringComparison.Ordinal);
        Assert.Contains("Samägd historik", html, StringComparison.Ordinal);

        var stranger = await app.SignedInAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/projekt/{id}/historik")).StatusCode);
    }

    [Fact]
    public async Task A_communication_plans_changes_stay_out_of_the_project_history_and_are_audited_with_real_keys()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var id = await app.NewProjectAsync(tenant.OrganizationId, "Projekt med kommunikationsplan");
        var planId = await app.NewPlanAsync(tenant.OrganizationId, id);

        var html = await (await app.SignedInAsync(tenant)).HtmlAsync($"/projekt/{id}/historik");
        Assert.Contains("Skapad: Projekt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Stakeholder", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{id}/kommunikation\"", html, StringComparison.Ordinal);

        // The target groups were added together with their plan: their audit rows name the plan's
        // real id (not EF's temporary one) and carry the plan and project.
        var audited = await app.WithDbAsync(db => db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.PlanId == planId && a.EntityType == "Stakeholder").ToListAsync());
        Assert.Equal(3, audited.Count);
        Assert.All(audited, a =>
        {
            Assert.Equal(id, a.ProjectId);
            Assert.Equal(tenant.OrganizationId, a.OrganizationId);
            Assert.Contains($"{{\"P\":\"PlanId\",\"O\":null,\"N\":\"{planId}\"}}", a.Changes, StringComparison.Ordinal);
            Assert.DoesNotContain("-21474", a.Changes, StringComparison.Ordinal);
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class HistorySqliteTests(SqliteApp app) : HistoryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class HistoryPostgresTests(PostgresApp app) : HistoryTests(app);
