using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Register;

/// <summary>The stakeholder register (/kommunikation/{id}/malgrupper): grouped by priority, added, edited, moved and deleted with its links.</summary>
public abstract class TargetGroupPagesTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string name = "Kontaktcenter", string priority = "Primary", bool decided = false, string condition = "",
        bool passesOn = true, string passesOnTo = "Medborgare", string description = "Svarar på frågor från medborgare.") => new()
    {
        ["Input.Name"] = name,
        ["Input.Audience"] = "Internal",
        ["Input.Priority"] = priority,
        ["Input.PrioritisedIfDecided"] = decided ? "true" : "false",
        ["Input.Condition"] = condition,
        ["Input.Description"] = description,
        ["Input.Why"] = "För att de ska kunna svara på frågor.",
        ["Input.Influence"] = "Low",
        ["Input.Interest"] = "Medium",
        ["Input.PassesOn"] = passesOn ? "true" : "false",
        ["Input.PassesOnTo"] = passesOnTo,
    };

    [Fact]
    public async Task The_register_is_grouped_by_priority_under_the_plans_definitions_and_a_new_group_keeps_every_field()
    {
        var ctx = await app.NewPlanContextAsync(projectPlan: true);
        await app.WithDbAsync(async db =>
        {
            var plan = await db.CommunicationPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == ctx.PlanId);
            plan.CoreDefinition = "Intressenter som beslutar i Lekeberg.";
            return await db.SaveChangesAsync();
        });

        var response = await ctx.Client.SubmitAsync(ctx.Url("malgrupper"), Form(name: "Näringslivsavdelningen", priority: "", decided: true,
            condition: "vid beslut om ny avdelning, Näringsliv och utvecklingsavdelning (NLU)", passesOn: false, passesOnTo: ""));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("malgrupper"), "Målgruppen Näringslivsavdelningen är tillagd.");

        var stored = await app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.PlanId == ctx.PlanId && s.Name == "Näringslivsavdelningen"));
        Assert.Equal((Audience.Internal, (StakeholderPriority?)null, true, Level.Low, Level.Medium, false, 4),
            (stored.Audience!.Value, stored.Priority, stored.PrioritisedIfDecided, stored.Influence!.Value, stored.Interest!.Value, stored.PassesOn, stored.Order));
        Assert.Equal("vid beslut om ny avdelning, Näringsliv och utvecklingsavdelning (NLU)", stored.Condition);

        var html = await (await ctx.Client.GetAsync(ctx.Url("malgrupper"))).TextAsync();
        Assert.Contains("Intressenter som beslutar i Lekeberg.", html, StringComparison.Ordinal);
        Assert.Contains(CommunicationLabels.DefaultPrimaryDefinition, html, StringComparison.Ordinal);
        int At(string text) => html.IndexOf(text, StringComparison.Ordinal);
        Assert.True(At(">Styrgruppen<") < At(">Medarbetare<") && At(">Medarbetare<") < At(">Allmänheten<") && At(">Allmänheten<") < At(">Näringslivsavdelningen<"),
            "core, primary, secondary, then without a priority");
        Assert.True(At("Utan prioritet") < At(">Näringslivsavdelningen<") && At("Utan prioritet") > At(">Allmänheten<"));
        Assert.Contains("vid beslut om ny avdelning", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_duplicate_too_long_and_contradictory_values_are_named_in_swedish_and_the_input_is_kept()
    {
        var ctx = await app.NewPlanContextAsync();
        var url = ctx.Url("malgrupper");
        await (await ctx.Client.SubmitAsync(url, Form(name: "  "))).AssertRejectedAsync("Ange målgruppens namn.", "Svarar på frågor från medborgare.");
        await (await ctx.Client.SubmitAsync(url, Form(name: "styrgruppen "))).AssertRejectedAsync("Det finns redan en målgrupp som heter styrgruppen i planen.", "value=\"styrgruppen \"");
        await (await ctx.Client.SubmitAsync(url, Form(name: new string('n', 201), description: new string('b', 2001))))
            .AssertRejectedAsync("Namnet får vara högst 200 tecken.", "Beskrivningen får vara högst 2 000 tecken.");
        await (await ctx.Client.SubmitAsync(url, Form(decided: true, condition: ""))).AssertRejectedAsync("Skriv vilket beslut prioriteringen hänger på");
        await (await ctx.Client.SubmitAsync(url, Form(condition: "vid beslut"))).AssertRejectedAsync("Ett villkor gäller bara en målgrupp som är prioriterad vid beslut.");
        await (await ctx.Client.SubmitAsync(url, Form(passesOn: false))).AssertRejectedAsync("Kryssa i att målgruppen för budskapen vidare, eller töm fältet Till vem.");
        var wrong = Form();
        wrong["Input.Priority"] = "Viktig";
        wrong["Input.Influence"] = "7";
        await (await ctx.Client.SubmitAsync(url, wrong)).AssertRejectedAsync("Värdet 'Viktig' är inte giltigt för Prioritet.", "Värdet '7' är inte giltigt.");
        Assert.Equal(["Styrgruppen", "Medarbetare", "Allmänheten"], await app.StakeholderNamesAsync(ctx.PlanId));
    }

    [Fact]
    public async Task A_group_is_edited_and_moved_within_its_priority()
    {
        var ctx = await app.NewPlanContextAsync();
        await ctx.Client.SubmitAsync(ctx.Url("malgrupper"), Form(name: "Kontaktcenter"));
        var id = await app.StakeholderIdAsync(ctx.PlanId, "Kontaktcenter");

        // Kontaktcenter (primary, last in the plan) moves up past the secondary group to the other primary one.
        var move = await ctx.Client.SubmitAsync(ctx.Url("malgrupper"), new() { ["itemId"] = $"{id}", ["direction"] = "upp" }, handler: "Move");
        await move.AssertRedirectedWithAsync(ctx.Client, ctx.Url("malgrupper"), "Kontaktcenter är flyttad.");
        Assert.Equal(["Styrgruppen", "Kontaktcenter", "Medarbetare", "Allmänheten"], await app.StakeholderNamesAsync(ctx.PlanId));
        await ctx.Client.SubmitAsync(ctx.Url("malgrupper"), new() { ["itemId"] = $"{id}", ["direction"] = "upp" }, handler: "Move");
        Assert.Equal(["Styrgruppen", "Kontaktcenter", "Medarbetare", "Allmänheten"], await app.StakeholderNamesAsync(ctx.PlanId));
        await ctx.Client.SubmitAsync(ctx.Url("malgrupper"), new() { ["itemId"] = $"{id}", ["direction"] = "ned" }, handler: "Move");
        Assert.Equal(["Styrgruppen", "Medarbetare", "Kontaktcenter", "Allmänheten"], await app.StakeholderNamesAsync(ctx.PlanId));

        var edit = await ctx.Client.SubmitAsync(ctx.Url("malgrupper", id), Form(name: "Kontaktcenter Lekeberg", priority: "Core", passesOnTo: "Medborgare som ringer"));
        await edit.AssertRedirectedWithAsync(ctx.Client, ctx.Url("malgrupper"), "Målgruppen Kontaktcenter Lekeberg är sparad.");
        var stored = await app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(("Kontaktcenter Lekeberg", StakeholderPriority.Core, "Medborgare som ringer"), (stored.Name, stored.Priority!.Value, stored.PassesOnTo));

        // Keeping its own name is not a duplicate; taking another's is.
        await (await ctx.Client.SubmitAsync(ctx.Url("malgrupper", id), Form(name: "Kontaktcenter Lekeberg"))).AssertRedirectedWithAsync(ctx.Client, ctx.Url("malgrupper"), "är sparad.");
        await (await ctx.Client.SubmitAsync(ctx.Url("malgrupper", id), Form(name: "Medarbetare"))).AssertRejectedAsync("Det finns redan en målgrupp som heter Medarbetare i planen.");
    }

    [Fact]
    public async Task Deleting_a_group_says_what_refers_to_it_and_removes_its_links_and_goals_but_not_the_activities()
    {
        var ctx = await app.NewPlanContextAsync();
        var id = await app.StakeholderIdAsync(ctx.PlanId, "Medarbetare");
        var question = await (await ctx.Client.GetAsync(ctx.Url("malgrupper", id) + "?ta-bort=true")).TextAsync();
        Assert.Contains("Vill du ta bort målgruppen Medarbetare?", question, StringComparison.Ordinal);
        Assert.Contains("Målgruppen används i 2 aktiviteter. Kopplingarna tas bort tillsammans med målgruppen; aktiviteterna och budskapen finns kvar.", question, StringComparison.Ordinal);
        Assert.Contains("Målgruppens 1 eget mål (veta, känna, göra) tas också bort.", question, StringComparison.Ordinal);

        var core = await app.StakeholderIdAsync(ctx.PlanId, "Styrgruppen");
        var coreQuestion = await (await ctx.Client.GetAsync(ctx.Url("malgrupper", core) + "?ta-bort=true")).TextAsync();
        Assert.Contains("Målgruppen används i 1 aktivitet och 1 budskap.", coreQuestion, StringComparison.Ordinal);

        var response = await ctx.Client.SubmitAsync(ctx.Url("malgrupper", id), Form(name: "Medarbetare"), handler: "Delete");
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("malgrupper"), "Målgruppen Medarbetare är borttagen.");
        var (activities, links, goals, history) = await app.WithDbAsync(async db => (
            await db.PlanActivities.IgnoreQueryFilters().CountAsync(a => a.PlanId == ctx.PlanId),
            await db.ActivityStakeholders.CountAsync(a => a.StakeholderId == id),
            await db.CommunicationGoals.IgnoreQueryFilters().CountAsync(g => g.PlanId == ctx.PlanId),
            await db.AuditEntries.IgnoreQueryFilters().Where(a => a.PlanId == ctx.PlanId && a.Action == "Deleted").Select(a => a.EntityType).ToListAsync()));
        Assert.Equal((3, 0, 2), (activities, links, goals));
        Assert.Contains("Stakeholder", history);
        Assert.Equal(2, history.Count(h => h == "ActivityStakeholder"));
        Assert.Contains("CommunicationGoal", history);
    }

    [Fact]
    public async Task Two_editors_saving_the_same_group_see_both_versions_and_nothing_is_overwritten()
    {
        var ctx = await app.NewPlanContextAsync();
        var id = await app.StakeholderIdAsync(ctx.PlanId, "Allmänheten");
        var mine = await ctx.Client.LoadFormAsync(ctx.Url("malgrupper", id));
        var theirs = await ctx.Client.LoadFormAsync(ctx.Url("malgrupper", id));
        await (await ctx.Client.SubmitAsync(theirs, Form(name: "Allmänheten", priority: "Secondary", description: "Kommunens invånare."))).AssertRedirectedWithAsync(ctx.Client, ctx.Url("malgrupper"), "är sparad.");

        var conflict = await (await ctx.Client.SubmitAsync(mine, Form(name: "Allmänheten", priority: "Secondary", description: "Alla som bor i kommunen.")))
            .AssertRejectedAsync("Ändrad av någon annan", "Alla som bor i kommunen.", "Kommunens invånare.", "Beskrivning");
        Assert.DoesNotContain(">Priority<", conflict, StringComparison.Ordinal);
        Assert.Equal("Kommunens invånare.", await app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.Description).SingleAsync()));

        // Deleting with the stale version is refused too; the stored group stays.
        await (await ctx.Client.SubmitAsync(mine, Form(name: "Allmänheten"), handler: "Delete")).AssertRejectedAsync("Ändrad av någon annan");
        Assert.Contains("Allmänheten", await app.StakeholderNamesAsync(ctx.PlanId));

        // Deleted by the other meanwhile: saving says so and keeps what was typed.
        await ctx.Client.SubmitAsync(ctx.Url("malgrupper", id), Form(name: "Allmänheten"), handler: "Delete");
        await (await ctx.Client.SubmitAsync(mine, Form(name: "Allmänheten", description: "Min text"))).AssertRejectedAsync("Posten har tagits bort av någon annan", "Min text");
    }

    [Fact]
    public async Task A_reader_sees_the_register_without_forms_and_cannot_write()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var html = await (await ctx.Client.GetAsync(ctx.Url("malgrupper"))).TextAsync();
        Assert.Contains("Styrgruppen", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till målgrupp", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Flytta upp", html, StringComparison.Ordinal);
        var id = await app.StakeholderIdAsync(ctx.PlanId, "Styrgruppen");
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync(ctx.Url("malgrupper", id))).StatusCode);

        var token = Http.AntiforgeryToken(await (await ctx.Client.GetAsync("/konto")).Content.ReadAsStringAsync());
        var fields = Form(name: "Smygande tillägg");
        fields["__RequestVerificationToken"] = token;
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostAsync(ctx.Url("malgrupper"), new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.PostAsync(ctx.Url("malgrupper") + "?handler=Move",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["itemId"] = $"{id}", ["direction"] = "ned", ["__RequestVerificationToken"] = token }))).StatusCode);
        Assert.Equal(["Styrgruppen", "Medarbetare", "Allmänheten"], await app.StakeholderNamesAsync(ctx.PlanId));
    }

    [Fact]
    public async Task Another_tenants_plan_and_groups_are_not_found()
    {
        var owner = await app.NewPlanContextAsync();
        var other = await app.NewPlanContextAsync();
        var id = await app.StakeholderIdAsync(owner.PlanId, "Styrgruppen");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(owner.Url("malgrupper"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(owner.Url("malgrupper", id))).StatusCode);
        // Their own plan with the other plan's group id: not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(other.Url("malgrupper", id))).StatusCode);
        var form = await other.Client.LoadFormAsync(other.Url("malgrupper"));
        var post = await other.Client.PostAsync(owner.Url("malgrupper"), new FormUrlEncodedContent(new Dictionary<string, string>(Form()) { ["__RequestVerificationToken"] = form.Token }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(3, (await app.StakeholderNamesAsync(owner.PlanId)).Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TargetGroupPagesSqliteTests(SqliteApp app) : TargetGroupPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TargetGroupPagesPostgresTests(PostgresApp app) : TargetGroupPagesTests(app);
