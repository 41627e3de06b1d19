using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Communication.Documents;

public abstract class DocumentsPageTests(AppFactory app)
{
    [Fact]
    public async Task An_editor_sees_the_downloads_every_link_and_the_renew_buttons()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Editor);
        var leader = await app.PersonAsync(ctx.PlanId, "Projektledare");
        var communicator = await app.PersonAsync(ctx.PlanId, "Kommunikatör");
        var client = await app.SignedInClientAsync(ctx.Tenant.Email, ctx.Tenant.Password);

        var html = WebUtility.HtmlDecode(await client.HtmlAsync(ctx.DocumentsPage));

        Assert.Contains($"href=\"/api/communication-plans/{ctx.PlanId}/export/docx\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/communication-plans/{ctx.PlanId}/export/xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"https://localhost/api/communication-plans/{ctx.PlanId}/calendar.ics?token={await app.PlanTokenAsync(ctx.PlanId)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"https://localhost/api/communication-people/{leader.Id}/calendar.ics?token={leader.CalendarToken}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"https://localhost/api/communication-people/{communicator.Id}/calendar.ics?token={communicator.CalendarToken}\"", html, StringComparison.Ordinal);
        Assert.Contains("1 av planens 3 aktiviteter saknar datum", html, StringComparison.Ordinal);
        Assert.Contains("för planen</span>", html, StringComparison.Ordinal);
        Assert.Contains($"för {leader.Name}</span>", html, StringComparison.Ordinal);
        Assert.Contains($"för {communicator.Name}</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Dokument och kalender</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_other_tenants_plans_are_404_for_the_page_and_its_forms()
    {
        var ctx = await app.NewPlanContextAsync();
        var outsider = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await app.SignedInClientAsync(outsider.Email, outsider.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ctx.DocumentsPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/kommunikation/987654/dokument")).StatusCode);

        // The forms need a token from a page the outsider can open; the antiforgery token is per user, not per page.
        var own = await app.NewPlanAsync(outsider.OrganizationId);
        var token = await app.PlanTokenAsync(ctx.PlanId);
        var response = await client.PostFormAsync($"/kommunikation/{own}/dokument", new(), $"{ctx.DocumentsPage}?handler=RenewPlan");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(token, await app.PlanTokenAsync(ctx.PlanId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DocumentsPageSqliteTests(SqliteApp app) : DocumentsPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DocumentsPagePostgresTests(PostgresApp app) : DocumentsPageTests(app);
