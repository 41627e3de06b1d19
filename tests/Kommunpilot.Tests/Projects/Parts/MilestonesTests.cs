using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

public abstract class MilestonesTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string decision = "Fastställda nyckeltal", string body = "Styrgrupp", string date = "", string status = "NotStarted", string order = "") =>
        new() { ["Input.Decision"] = decision, ["Input.DecisionBody"] = body, ["Input.Date"] = date, ["Input.Status"] = status, ["Input.Order"] = order };

    private Task<List<Milestone>> StoredAsync(int projectId) => app.WithDbAsync(db =>
        db.Milestones.IgnoreQueryFilters().AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Order).ToListAsync());

    [Fact]
    public async Task A_milestone_is_stored_and_the_decision_bodies_are_offered()
    {
        var ctx = await app.NewProjectAsync();
        await app.InsertAsync(new DecisionBody { OrganizationId = ctx.Tenant.OrganizationId, Name = "Servicenämnden" });
        var response = await ctx.Client.SubmitAsync(ctx.Url("milstolpar"), Form(body: " Kommunfullmäktige ", date: "2023-10-02", status: "Done"));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("milstolpar"), "Milstolpen är tillagd.");

        var stored = (await StoredAsync(ctx.ProjectId)).Single();
        Assert.Equal(("Fastställda nyckeltal", "Kommunfullmäktige", new DateOnly(2023, 10, 2), WorkStatus.Done, 1),
            (stored.Decision, stored.DecisionBody, stored.Date, stored.Status, stored.Order));
        var html = await (await ctx.Client.GetAsync(ctx.Url("milstolpar"))).TextAsync();
        Assert.Contains("<datalist id=\"decision-bodies\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Servicenämnden\"></option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Kommunfullmäktige\"></option>", html, StringComparison.Ordinal);
        Assert.Contains("2023-10-02", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_too_long_and_wrong_values_are_named_in_swedish()
    {
        var ctx = await app.NewProjectAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("milstolpar"), Form(decision: ""))).AssertRejectedAsync("Beskriv beslutet.");
        await (await ctx.Client.SubmitAsync(ctx.Url("milstolpar"), Form(decision: new string('b', 2001), body: new string('s', 201))))
            .AssertRejectedAsync("Beslutet får vara högst 2 000 tecken.", "Beslutsinstansen får vara högst 200 tecken.");
        await (await ctx.Client.SubmitAsync(ctx.Url("milstolpar"), Form(date: "hösten 2023", status: "Snart")))
            .AssertRejectedAsync("Värdet 'hösten 2023' är inte ett datum för Datum.", "Värdet 'Snart' är inte giltigt för Status.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MilestonesSqliteTests(SqliteApp app) : MilestonesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MilestonesPostgresTests(PostgresApp app) : MilestonesTests(app);
