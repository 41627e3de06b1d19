using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Goals;

/// <summary>The messages page (/kommunikation/{id}/budskap): 002's numbered messages per priority class and 004's why/what/feeling/how.</summary>
public abstract class MessagePagesTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string number = "", string priority = "", string text = "", string why = "", string clarification = "", params int[] groups)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Number"] = number, ["Input.Priority"] = priority, ["Input.Text"] = text, ["Input.Why"] = why,
            ["Input.What"] = "", ["Input.Feeling"] = "", ["Input.How"] = "", ["Input.Clarification"] = clarification, ["Input.ExpectedEffect"] = "",
        };
        for (var i = 0; i < groups.Length; i++)
        {
            // A form posts a checked box per value; the dictionary needs distinct keys, so the index form is used.
            form[$"Input.StakeholderIds[{i}]"] = groups[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return form;
    }

    private Task<PlanMessage> MessageAsync(int id) => app.WithDbAsync(db =>
        db.PlanMessages.IgnoreQueryFilters().AsNoTracking().Include(m => m.Stakeholders).SingleAsync(m => m.Id == id));

    private Task<int> CountAsync(int planId) => app.WithDbAsync(db => db.PlanMessages.IgnoreQueryFilters().CountAsync(m => m.PlanId == planId));

    [Fact]
    public async Task Messages_are_grouped_by_priority_class_with_clarifications_framework_and_the_activities_carrying_them()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        await app.WithDbAsync(async db =>
        {
            var activity = await db.PlanActivities.IgnoreQueryFilters().SingleAsync(a => a.Id == ids.DoneActivity);
            activity.MessageId = ids.NumberedMessage;
            await db.SaveChangesAsync();
            return true;
        });
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form("10", "Primary", "Förändringen ger goda effekter.", clarification: "För verksamheten är goda effekter en bättre arbetsmiljö.")))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("budskap"), "Budskap nr 10 är tillagt.");

        var html = await (await ctx.Client.GetAsync(ctx.Url("budskap"))).TextAsync();
        int At(string s) => html.IndexOf(s, StringComparison.Ordinal);
        Assert.True(At("Kärnintressenter") < At("Budskap 1") && At("Budskap 1") < At("Primärintressenter")
            && At("Primärintressenter") < At("Budskap 10") && At("Budskap 10") < At("Förtydligande") && At("Förtydligande") < At("Sekundärintressenter"),
            PartsTestKit.MainOf(html));
        Assert.Contains("1 aktivitet bär budskapet.", html, StringComparison.Ordinal);
        Assert.Contains("Målgrupper:</strong> Styrgruppen", html, StringComparison.Ordinal);
        Assert.Contains("Budskap till alla målgrupper", html, StringComparison.Ordinal);
        Assert.Contains("Varför – så att jag förstår", html, StringComparison.Ordinal);
        Assert.Contains("För att klara välfärdsutmaningen.", html, StringComparison.Ordinal);
        Assert.Contains("Din känsla – så att jag tror på dig", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_for_named_target_groups_is_added_edited_and_deleted()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form(why: "För att klara välfärdsutmaningen.", groups: [ids.Primary, ids.Secondary])))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("budskap"), "Budskapet är tillagt.");
        var id = await app.WithDbAsync(db => db.PlanMessages.IgnoreQueryFilters().Where(m => m.PlanId == ctx.PlanId).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());
        var added = await MessageAsync(id);
        Assert.Equal([ids.Primary, ids.Secondary], added.Stakeholders.Select(s => s.StakeholderId).Order());
        Assert.Equal((null, null, 3), (added.Number, added.Text, added.Order));
        Assert.Contains("Budskap till namngivna målgrupper", await ctx.Client.GetStringAsync(ctx.Url("budskap")), StringComparison.Ordinal);

        var saved = await ctx.Client.SubmitAsync(ctx.Url("budskap", id), Form("2", "Secondary", "Projektet ligger i linje med framtiden.", groups: [ids.Secondary]));
        await saved.AssertRedirectedWithAsync(ctx.Client, ctx.Url("budskap"), "Budskap nr 2 är sparat.");
        var stored = await MessageAsync(id);
        Assert.Equal((2, StakeholderPriority.Secondary, "Projektet ligger i linje med framtiden.", (string?)null), (stored.Number!.Value, stored.Priority!.Value, stored.Text, stored.Why));
        Assert.Equal([ids.Secondary], stored.Stakeholders.Select(s => s.StakeholderId));

        Assert.Contains("Vill du ta bort budskap nr 2?", await ctx.Client.GetStringAsync(ctx.Url("budskap", id) + "?ta-bort=true"), StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap", id), [], handler: "Delete"))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("budskap"), "Budskap nr 2 är borttaget.");
        Assert.False(await app.ExistsAsync<PlanMessage>(id));
    }

    [Fact]
    public async Task An_empty_message_a_taken_number_and_a_target_group_of_another_plan_are_refused()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var foreign = (await app.IdsAsync(await app.NewPlanAsync(ctx.Tenant.OrganizationId, ctx.ProjectId))).Core;

        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form("5", "Core", clarification: "Bara ett förtydligande")))
            .AssertRejectedAsync("Skriv budskapet, eller minst en av delarna varför, vad, känsla och hur.", "Bara ett förtydligande");
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form("1", "Core", "Ett annat budskap")))
            .AssertRejectedAsync("Nummer 1 används redan av ett annat budskap i planen.", "Ett annat budskap");
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form(text: "Till fel målgrupp", groups: [ids.Core, foreign])))
            .AssertRejectedAsync("En eller flera av målgrupperna finns inte i planen.");
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form("noll", text: "Text"))).AssertRejectedAsync("Värdet 'noll' är inte giltigt för Nummer.");
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap"), Form("0", text: "Text"))).AssertRejectedAsync("Numret ska vara ett heltal från 1 till 9 999.");
        Assert.Equal(2, await CountAsync(ctx.PlanId));

        // Editing: keeping its own number is fine, taking another's is not.
        await app.WithDbAsync(async db =>
        {
            (await db.PlanMessages.IgnoreQueryFilters().SingleAsync(m => m.Id == ids.FrameworkMessage)).Number = 2;
            await db.SaveChangesAsync();
            return true;
        });
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap", ids.FrameworkMessage), Form("1", text: "Krockar")))
            .AssertRejectedAsync("Nummer 1 används redan av ett annat budskap i planen.");
        await (await ctx.Client.SubmitAsync(ctx.Url("budskap", ids.NumberedMessage), Form("1", "Core", "Samma nummer som förut")))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("budskap"), "Budskap nr 1 är sparat.");
    }

    [Fact]
    public async Task Saving_a_message_someone_else_changed_shows_both_versions()
    {
        var ctx = await app.NewPlanContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var form = await ctx.Client.LoadFormAsync(ctx.Url("budskap", ids.NumberedMessage));
        await app.ChangeAsync<PlanMessage>(ids.NumberedMessage, m => m.Text = "Deras text");

        await (await ctx.Client.SubmitAsync(form, Form("1", "Core", "Min text")))
            .AssertRejectedAsync("Ändrad av någon annan", "Deras text", "Min text");
        Assert.Equal("Deras text", (await MessageAsync(ids.NumberedMessage)).Text);

        // A change of target groups only is still checked against the version.
        var stale = await ctx.Client.LoadFormAsync(ctx.Url("budskap", ids.NumberedMessage));
        await app.ChangeAsync<PlanMessage>(ids.NumberedMessage, m => m.ExpectedEffect = "Ny effekt");
        await (await ctx.Client.SubmitAsync(stale, Form("1", "Core", "Deras text", groups: [ids.Core, ids.Primary])))
            .AssertRejectedAsync("Ändrad av någon annan");
        Assert.Equal([ids.Core], (await MessageAsync(ids.NumberedMessage)).Stakeholders.Select(s => s.StakeholderId));
    }

    [Fact]
    public async Task A_reader_cannot_add_or_change_messages()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var ids = await app.IdsAsync(ctx.PlanId);
        var list = await ctx.Client.LoadFormAsync(ctx.Url("budskap"));
        Assert.DoesNotContain("Input.", await ctx.Client.GetStringAsync(ctx.Url("budskap")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(list, Form(text: "Läsarens budskap"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync(ctx.Url("budskap", ids.NumberedMessage))).StatusCode);
        Assert.Equal(2, await CountAsync(ctx.PlanId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MessagePagesSqliteTests(SqliteApp app) : MessagePagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MessagePagesPostgresTests(PostgresApp app) : MessagePagesTests(app);
