using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class PlanOverviewTests(AppFactory app)
{
    [Fact]
    public async Task The_overview_reads_like_the_plan_with_a_summary_of_each_section()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        var html = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}");

        // Header and texts.
        Assert.Contains("Planprojekt", html, StringComparison.Ordinal);
        Assert.Contains(c.Tenant.OrganizationName, html, StringComparison.Ordinal);
        Assert.Contains("2023-01-01 – 2023-12-31", html, StringComparison.Ordinal);
        Assert.Contains("Utkast", html, StringComparison.Ordinal);
        Assert.Contains(">Bakgrund</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Bakgrunden till planen.", html, StringComparison.Ordinal);
        Assert.Contains(">Syfte</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Nuläge</h2>", html, StringComparison.Ordinal);

        // The sections: counts and links.
        Assert.Contains("3 målgrupper", html, StringComparison.Ordinal);
        Assert.Contains("Kärnintressenter: 1", html, StringComparison.Ordinal);
        Assert.Contains("Sekundärintressenter: 1", html, StringComparison.Ordinal);
        Assert.Contains("varav 1 för enskilda målgrupper", html, StringComparison.Ordinal);
        Assert.Contains("1 av 2 konferenser", html, StringComparison.Ordinal);
        Assert.Contains("<progress", html, StringComparison.Ordinal);
        Assert.Contains("Inte uppnått ännu", html, StringComparison.Ordinal);
        Assert.Contains("2 budskap", html, StringComparison.Ordinal);
        Assert.Contains("2 kanaler", html, StringComparison.Ordinal);
        Assert.Contains("1 risk<", html, StringComparison.Ordinal);
        Assert.Contains("3 aktiviteter", html, StringComparison.Ordinal);
        Assert.Contains("1 genomförd<", html, StringComparison.Ordinal);
        Assert.Contains("1 försenad<", html, StringComparison.Ordinal);
        Assert.Contains("1 med en tidpunkt som inte kunde tolkas", html, StringComparison.Ordinal);
        Assert.Contains("Ingen särskild budget", html, StringComparison.Ordinal);
        Assert.Contains("Ingen särskild budget har avsatts.", html, StringComparison.Ordinal);
        foreach (var section in new[] { "malgrupper", "mal", "maluppfyllelse", "budskap", "kanaler", "risker", "aktiviteter", "forsenade" })
        {
            Assert.Contains($"href=\"/kommunikation/{c.PlanId}/{section}\"", html, StringComparison.Ordinal);
        }
        Assert.Contains("Planen har inte fastställts och har inga tidigare versioner.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_budget_and_revisions_show_as_written()
    {
        var c = await app.PlanCaseAsync();
        await app.WithDbAsync(async db =>
        {
            var plan = await db.CommunicationPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == c.PlanId);
            plan.BudgetAmount = 25000m;
            plan.Situation = "Nuläget i korthet.";
            plan.Revisions.Add(new PlanRevision { DocumentVersion = "1.0", At = new DateTime(2023, 2, 28, 9, 0, 0, DateTimeKind.Utc), By = "Anna", Note = "Fastställd av Styrgruppen 2023-02-28" });
            return await db.SaveChangesAsync();
        });
        var html = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}");
        Assert.Contains("25\u00a0000\u00a0kr", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("Ingen särskild budget<", html, StringComparison.Ordinal);
        Assert.Contains(">Nuläge</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Fastställd av Styrgruppen 2023-02-28", html, StringComparison.Ordinal);
        Assert.Contains("2023-02-28 10:00", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{c.PlanId}/redigera\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_plan_is_not_found()
    {
        var c = await app.PlanCaseAsync();
        Assert.Equal(HttpStatusCode.NotFound, await c.Client.StatusOfAsync("/kommunikation/999999"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanOverviewSqliteTests(SqliteApp app) : PlanOverviewTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanOverviewPostgresTests(PostgresApp app) : PlanOverviewTests(app);
