using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

public abstract class PilotSitesTests(AppFactory app)
{
    private static Dictionary<string, string> Form(int unit, string start = "2022-02-01", bool preliminary = true, string status = "QuoteInPreparation", string explanation = "") =>
        new()
        {
            ["Input.UnitId"] = $"{unit}",
            ["Input.PlannedStart"] = start,
            ["Input.StartIsPreliminary"] = preliminary ? "true" : "false",
            ["Input.AgreementStatus"] = status,
            ["Input.Explanation"] = explanation,
        };

    private static Dictionary<string, string> Form(string unit, string start = "", string status = "Signed", string explanation = "") =>
        new() { ["Input.UnitId"] = unit, ["Input.PlannedStart"] = start, ["Input.StartIsPreliminary"] = "false", ["Input.AgreementStatus"] = status, ["Input.Explanation"] = explanation };

    private Task<List<PilotSite>> StoredAsync(int projectId) => app.WithDbAsync(db =>
        db.PilotSites.IgnoreQueryFilters().AsNoTracking().Where(s => s.ProjectId == projectId).OrderBy(s => s.Id).ToListAsync());

    [Fact]
    public async Task A_site_is_stored_and_listed_with_its_department_start_and_agreement()
    {
        var ctx = await app.NewProjectAsync();
        var response = await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form(ctx.UnitId, explanation: "Offert och lösningsförslag tas fram."));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("pilotverksamheter"), "Pilotverksamheten är tillagd.");

        var stored = (await StoredAsync(ctx.ProjectId)).Single();
        Assert.Equal((ctx.UnitId, new DateOnly(2022, 2, 1), true, AgreementStatus.QuoteInPreparation, "Offert och lösningsförslag tas fram."),
            (stored.UnitId, stored.PlannedStart, stored.StartIsPreliminary, stored.AgreementStatus, stored.Explanation));
        var html = await (await ctx.Client.GetAsync(ctx.Url("pilotverksamheter"))).TextAsync();
        foreach (var text in new[] { "<th scope=\"row\">Testenheten</th>", "Testförvaltningen", "2022-02-01", "(preliminärt)", "Offert under framtagande" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_form_offers_the_projects_units_by_department_except_those_already_sites()
    {
        var ctx = await app.NewProjectAsync();
        var html = await (await ctx.Client.GetAsync(ctx.Url("pilotverksamheter"))).TextAsync();
        Assert.Contains("<optgroup label=\"Testförvaltningen\">", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{ctx.UnitId}\">Testenheten</option>", html, StringComparison.Ordinal);

        var siteId = await app.InsertAsync(new PilotSite { ProjectId = ctx.ProjectId, UnitId = ctx.UnitId });
        html = await (await ctx.Client.GetAsync(ctx.Url("pilotverksamheter"))).TextAsync();
        var addForm = html[html.IndexOf("id=\"add-heading\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain($"<option value=\"{ctx.UnitId}\">", addForm, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{ctx.OtherUnitId}\">Andra enheten</option>", addForm, StringComparison.Ordinal);
        // On its own edit page the site's unit is offered, and chosen.
        var edit = await (await ctx.Client.GetAsync(ctx.Url("pilotverksamheter", siteId))).TextAsync();
        Assert.Contains($"<option value=\"{ctx.UnitId}\" selected=\"selected\">Testenheten</option>", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_can_be_a_site_only_once_per_project()
    {
        var ctx = await app.NewProjectAsync();
        await app.InsertAsync(new PilotSite { ProjectId = ctx.ProjectId, UnitId = ctx.UnitId, Explanation = "Först" });
        var other = await app.InsertAsync(new PilotSite { ProjectId = ctx.ProjectId, UnitId = ctx.OtherUnitId });

        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form(ctx.UnitId, explanation: "Igen")))
            .AssertRejectedAsync("Testenheten är redan pilotverksamhet i projektet.", "Igen");
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter", other), Form(ctx.UnitId)))
            .AssertRejectedAsync("Testenheten är redan pilotverksamhet i projektet.");
        Assert.Equal([ctx.UnitId, ctx.OtherUnitId], (await StoredAsync(ctx.ProjectId)).Select(s => s.UnitId));
    }

    [Fact]
    public async Task A_unit_of_another_tenant_or_none_at_all_is_refused_in_swedish()
    {
        var ctx = await app.NewProjectAsync();
        var stranger = await app.NewTenantAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form(stranger.UnitId)))
            .AssertRejectedAsync("Välj en verksamhet i projektets organisation.");
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form(999_999_999)))
            .AssertRejectedAsync("Välj en verksamhet i projektets organisation.");
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form("")))
            .AssertRejectedAsync("Välj en verksamhet.");
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form("sju")))
            .AssertRejectedAsync("Värdet 'sju' är inte giltigt för Verksamhet.");
        var site = await app.InsertAsync(new PilotSite { ProjectId = ctx.ProjectId, UnitId = ctx.UnitId });
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter", site), Form(stranger.UnitId)))
            .AssertRejectedAsync("Välj en verksamhet i projektets organisation.");
        Assert.Equal([ctx.UnitId], (await StoredAsync(ctx.ProjectId)).Select(s => s.UnitId));
    }

    [Fact]
    public async Task Wrong_dates_statuses_and_too_long_explanations_are_named_in_swedish()
    {
        var ctx = await app.NewProjectAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form($"{ctx.UnitId}", start: "1 februari (prel.)", status: "Klart")))
            .AssertRejectedAsync("Värdet '1 februari (prel.)' är inte ett datum för Planerad start.", "Värdet 'Klart' är inte giltigt för Avtalsstatus.");
        await (await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter"), Form($"{ctx.UnitId}", explanation: new string('f', 2001))))
            .AssertRejectedAsync("Förklaringen får vara högst 2 000 tecken.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
    }

    [Fact]
    public async Task A_site_at_a_co_owners_unit_is_listed_and_can_be_edited_by_an_editor_of_the_other_owner()
    {
        var ctx = await app.NewProjectAsync();
        var coOwner = await app.NewTenantAsync();
        await app.WithDbAsync(async db =>
        {
            db.ProjectOwners.Add(new ProjectOwner { ProjectId = ctx.ProjectId, OrganizationId = coOwner.OrganizationId });
            return await db.SaveChangesAsync();
        });
        var site = await app.InsertAsync(new PilotSite { ProjectId = ctx.ProjectId, UnitId = coOwner.UnitId, Explanation = "Delägarens verksamhet" });

        var html = await (await ctx.Client.GetAsync(ctx.Url("pilotverksamheter"))).TextAsync();
        Assert.Contains("<th scope=\"row\">Testenheten</th>", html, StringComparison.Ordinal);
        Assert.Contains("Delägarens verksamhet", html, StringComparison.Ordinal);
        // The co-owner's other units are not offered: only its units that are sites of the project are visible.
        var addForm = html[html.IndexOf("id=\"add-heading\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain($"value=\"{coOwner.UnitId}\"", addForm, StringComparison.Ordinal);
        var response = await ctx.Client.SubmitAsync(ctx.Url("pilotverksamheter", site), Form(coOwner.UnitId, explanation: "Ändrad av den andra ägaren"));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("pilotverksamheter"), "Pilotverksamheten är sparad.");
        Assert.Equal((coOwner.UnitId, "Ändrad av den andra ägaren"), (await StoredAsync(ctx.ProjectId)).Select(s => (s.UnitId, s.Explanation)).Single());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PilotSitesSqliteTests(SqliteApp app) : PilotSitesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PilotSitesPostgresTests(PostgresApp app) : PilotSitesTests(app);
