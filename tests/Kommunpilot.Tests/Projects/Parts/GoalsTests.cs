using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

public abstract class GoalsTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string text = "Sju pilotverksamheter", string kind = "Project", string order = "") =>
        new() { ["Input.Kind"] = kind, ["Input.Text"] = text, ["Input.Order"] = order };

    private Task<List<Goal>> StoredAsync(int projectId) => app.WithDbAsync(db =>
        db.Goals.IgnoreQueryFilters().AsNoTracking().Where(g => g.ProjectId == projectId).OrderBy(g => g.Order).ToListAsync());

    [Fact]
    public async Task A_goal_without_an_order_goes_last_and_the_list_follows_the_order()
    {
        var ctx = await app.NewProjectAsync();
        await app.InsertAsync(new Goal { ProjectId = ctx.ProjectId, Kind = GoalKind.Vision, Text = "Målbilden", Order = 5 });
        await ctx.Client.SubmitAsync(ctx.Url("mal"), Form(text: "Sist", kind: "Effect"));
        await ctx.Client.SubmitAsync(ctx.Url("mal"), Form(text: "Först", order: "1"));

        Assert.Equal([("Först", 1), ("Målbilden", 5), ("Sist", 6)], (await StoredAsync(ctx.ProjectId)).Select(g => (g.Text, g.Order)));
        var html = await (await ctx.Client.GetAsync(ctx.Url("mal"))).TextAsync();
        Assert.True(html.IndexOf("Först", StringComparison.Ordinal) < html.IndexOf("Målbilden", StringComparison.Ordinal));
        Assert.Contains("Effektmål", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_with_an_empty_order_keeps_the_place()
    {
        var ctx = await app.NewProjectAsync();
        var id = await app.InsertAsync(new Goal { ProjectId = ctx.ProjectId, Kind = GoalKind.Vision, Text = "Målbilden", Order = 3 });
        var response = await ctx.Client.SubmitAsync(ctx.Url("mal", id), Form(text: "Ny målbild", kind: "Vision"));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("mal"), "Mål nr 3 är sparat.");
        Assert.Equal(("Ny målbild", 3), (await StoredAsync(ctx.ProjectId)).Select(g => (g.Text, g.Order)).Single());
    }

    [Fact]
    public async Task Missing_too_long_and_wrong_values_are_named_in_swedish()
    {
        var ctx = await app.NewProjectAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), Form(text: "  "))).AssertRejectedAsync("Skriv målet.");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), Form(text: new string('m', 20001)))).AssertRejectedAsync("Målet får vara högst 20 000 tecken.");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), Form(kind: "Huvudmål", order: "tre")))
            .AssertRejectedAsync("Värdet 'Huvudmål' är inte giltigt för Typ av mål.", "Värdet 'tre' är inte giltigt för Ordning.", "Sju pilotverksamheter");
        await (await ctx.Client.SubmitAsync(ctx.Url("mal"), Form(order: "-1"))).AssertRejectedAsync("Ordningen ska vara ett heltal från 0 till 9 999.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class GoalsSqliteTests(SqliteApp app) : GoalsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class GoalsPostgresTests(PostgresApp app) : GoalsTests(app);
