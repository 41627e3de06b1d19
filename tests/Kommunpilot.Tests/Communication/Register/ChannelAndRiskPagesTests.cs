using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Register;

/// <summary>The plan's channels (/kanaler) and risks (/risker): the list, adding, editing, moving and deleting.</summary>
public abstract class ChannelAndRiskPagesTests(AppFactory app)
{
    private static Dictionary<string, string> Channel(string name = "Intranätet", string role = "Kommunikatör", string description = "Nyhetsuppdateringar på intranätet.") =>
        new() { ["Input.Name"] = name, ["Input.Description"] = description, ["Input.Audience"] = "Internal", ["Input.ResponsibleRole"] = role };

    private static Dictionary<string, string> Risk(string description = "Budskapen når inte ut i tid.", string likelihood = "High", string consequence = "Medium", string mitigation = "Planera i god tid.") =>
        new() { ["Input.Description"] = description, ["Input.Likelihood"] = likelihood, ["Input.Consequence"] = consequence, ["Input.Mitigation"] = mitigation };

    private Task<List<string>> ChannelNamesAsync(int planId) => app.WithDbAsync(db =>
        db.Channels.IgnoreQueryFilters().Where(c => c.PlanId == planId).OrderBy(c => c.Order).ThenBy(c => c.Id).Select(c => c.Name).ToListAsync());

    [Fact]
    public async Task Channels_are_listed_with_their_use_added_moved_and_edited()
    {
        var ctx = await app.NewPlanContextAsync();
        var list = await (await ctx.Client.GetAsync(ctx.Url("kanaler"))).TextAsync();
        Assert.Contains("Fysiskt möte", list, StringComparison.Ordinal);
        Assert.Contains("1 aktivitet", list, StringComparison.Ordinal);
        Assert.Contains("Projektledare", list, StringComparison.Ordinal);

        await (await ctx.Client.SubmitAsync(ctx.Url("kanaler"), Channel())).AssertRedirectedWithAsync(ctx.Client, ctx.Url("kanaler"), "Kanalen Intranätet är tillagd.");
        var id = await app.ChannelIdAsync(ctx.PlanId, "Intranätet");
        await ctx.Client.SubmitAsync(ctx.Url("kanaler"), new() { ["itemId"] = $"{id}", ["direction"] = "upp" }, handler: "Move");
        Assert.Equal(["Fysiskt möte", "Intranätet", "Nyhetsbrev"], await ChannelNamesAsync(ctx.PlanId));

        await (await ctx.Client.SubmitAsync(ctx.Url("kanaler", id), Channel(name: "Kommunens intranät", role: "Projektledare")))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("kanaler"), "Kanalen Kommunens intranät är sparad.");
        var stored = await app.WithDbAsync(db => db.Channels.IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(("Kommunens intranät", "Projektledare", Audience.Internal, 2), (stored.Name, stored.ResponsibleRole, stored.Audience!.Value, stored.Order));
    }

    [Fact]
    public async Task A_channel_needs_a_name_of_its_own_of_reasonable_length()
    {
        var ctx = await app.NewPlanContextAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("kanaler"), Channel(name: ""))).AssertRejectedAsync("Ange kanalens namn.", "Nyhetsuppdateringar på intranätet.");
        await (await ctx.Client.SubmitAsync(ctx.Url("kanaler"), Channel(name: "NYHETSBREV"))).AssertRejectedAsync("Det finns redan en kanal som heter NYHETSBREV i planen.");
        await (await ctx.Client.SubmitAsync(ctx.Url("kanaler"), Channel(role: new string('r', 201), description: new string('d', 2001))))
            .AssertRejectedAsync("Den ansvariga rollen får vara högst 200 tecken.", "Beskrivningen får vara högst 2 000 tecken.");
        Assert.Equal(["Fysiskt möte", "Nyhetsbrev"], await ChannelNamesAsync(ctx.PlanId));
    }

    [Fact]
    public async Task Deleting_a_channel_says_how_many_activities_use_it_and_keeps_them()
    {
        var ctx = await app.NewPlanContextAsync();
        var id = await app.ChannelIdAsync(ctx.PlanId, "Nyhetsbrev");
        var question = await (await ctx.Client.GetAsync(ctx.Url("kanaler", id) + "?ta-bort=true")).TextAsync();
        Assert.Contains("Kanalen används i 1 aktivitet. Kopplingarna tas bort tillsammans med kanalen; aktiviteterna finns kvar.", question, StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(ctx.Url("kanaler", id), Channel(name: "Nyhetsbrev"), handler: "Delete"))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("kanaler"), "Kanalen Nyhetsbrev är borttagen.");
        var (activities, links) = await app.WithDbAsync(async db => (
            await db.PlanActivities.IgnoreQueryFilters().CountAsync(a => a.PlanId == ctx.PlanId),
            await db.ActivityChannels.CountAsync(a => a.ChannelId == id)));
        Assert.Equal((3, 0), (activities, links));
        Assert.Equal(["Fysiskt möte"], await ChannelNamesAsync(ctx.PlanId));
    }

    [Fact]
    public async Task Risks_show_their_level_and_are_added_edited_and_deleted()
    {
        var ctx = await app.NewPlanContextAsync();
        var list = await (await ctx.Client.GetAsync(ctx.Url("risker"))).TextAsync();
        Assert.Contains("Information i fel tid skapar oro.", list, StringComparison.Ordinal);
        Assert.Contains("Hög (6)", list, StringComparison.Ordinal); // medium likelihood, high consequence

        await (await ctx.Client.SubmitAsync(ctx.Url("risker"), Risk(likelihood: "Low", consequence: "Medium"))).AssertRedirectedWithAsync(ctx.Client, ctx.Url("risker"), "Risken är tillagd.");
        Assert.Contains("Låg (2)", await (await ctx.Client.GetAsync(ctx.Url("risker"))).TextAsync(), StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(ctx.Url("risker"), Risk(description: "Okänd risk", likelihood: "", consequence: ""))).AssertRedirectedWithAsync(ctx.Client, ctx.Url("risker"), "Risken är tillagd.");
        Assert.Contains("Ej bedömd", await (await ctx.Client.GetAsync(ctx.Url("risker"))).TextAsync(), StringComparison.Ordinal);

        var id = await app.RiskIdAsync(ctx.PlanId);
        await (await ctx.Client.SubmitAsync(ctx.Url("risker", id), Risk(description: "Information i fel tid skapar oro.", likelihood: "Medium", consequence: "Medium")))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("risker"), "Risken är sparad.");
        Assert.Contains("Medel (4)", await (await ctx.Client.GetAsync(ctx.Url("risker"))).TextAsync(), StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(ctx.Url("risker", id), Risk(), handler: "Delete"))
            .AssertRedirectedWithAsync(ctx.Client, ctx.Url("risker"), "Risken ”Information i fel tid skapar oro.” är borttagen.");
        Assert.Equal(2, await app.WithDbAsync(db => db.PlanRisks.IgnoreQueryFilters().CountAsync(r => r.PlanId == ctx.PlanId)));
    }

    [Fact]
    public async Task A_risk_needs_a_description_known_levels_and_reasonable_lengths()
    {
        var ctx = await app.NewPlanContextAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("risker"), Risk(description: " "))).AssertRejectedAsync("Beskriv risken.", "Planera i god tid.");
        await (await ctx.Client.SubmitAsync(ctx.Url("risker"), Risk(mitigation: new string('m', 2001)))).AssertRejectedAsync("Åtgärden får vara högst 2 000 tecken.");
        await (await ctx.Client.SubmitAsync(ctx.Url("risker"), Risk(likelihood: "Extrem"))).AssertRejectedAsync("Värdet 'Extrem' är inte giltigt för Sannolikhet.");
        Assert.Equal(1, await app.WithDbAsync(db => db.PlanRisks.IgnoreQueryFilters().CountAsync(r => r.PlanId == ctx.PlanId)));
    }

    [Fact]
    public async Task A_risk_saved_by_someone_else_meanwhile_shows_both_versions()
    {
        var ctx = await app.NewPlanContextAsync();
        var id = await app.RiskIdAsync(ctx.PlanId);
        var mine = await ctx.Client.LoadFormAsync(ctx.Url("risker", id));
        await ctx.Client.SubmitAsync(ctx.Url("risker", id), Risk(description: "Information i fel tid skapar oro.", likelihood: "Low", consequence: "High"));
        await (await ctx.Client.SubmitAsync(mine, Risk(description: "Information i fel tid skapar oro.", likelihood: "High", consequence: "High")))
            .AssertRejectedAsync("Ändrad av någon annan", "Sannolikhet", "Hög", "Låg");
        Assert.Equal(Level.Low, await app.WithDbAsync(db => db.PlanRisks.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Likelihood).SingleAsync()));
    }

    [Fact]
    public async Task Readers_and_other_tenants_cannot_change_channels_or_risks()
    {
        var reader = await app.NewPlanContextAsync(OrganizationRole.Reader);
        foreach (var slug in new[] { "kanaler", "risker" })
        {
            var html = await (await reader.Client.GetAsync(reader.Url(slug))).TextAsync();
            Assert.DoesNotContain("novalidate", html, StringComparison.Ordinal);
        }
        var channel = await app.ChannelIdAsync(reader.PlanId, "Nyhetsbrev");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.GetAsync(reader.Url("kanaler", channel))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.GetAsync(reader.Url("risker", await app.RiskIdAsync(reader.PlanId)))).StatusCode);

        var other = await app.NewPlanContextAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(reader.Url("kanaler"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(reader.Url("risker"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(other.Url("kanaler", channel))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ChannelAndRiskPagesSqliteTests(SqliteApp app) : ChannelAndRiskPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ChannelAndRiskPagesPostgresTests(PostgresApp app) : ChannelAndRiskPagesTests(app);
