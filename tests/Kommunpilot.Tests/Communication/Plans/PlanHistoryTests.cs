using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class PlanHistoryTests(AppFactory app)
{
    [Fact]
    public async Task The_history_names_records_and_fields_in_swedish_newest_first_and_paged()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/redigera";
        var fields = ProjectTestData.FormFields(await c.Client.HtmlAsync(url));
        fields["Input.Purpose"] = "Ett nytt syfte.";
        fields["Input.Budget"] = "1 500";
        (await c.Client.PostFormAsync(url, fields)).AssertRedirectTo($"/kommunikation/{c.PlanId}");

        var first = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}/historik");
        var edit = first.IndexOf("Ändrad: Kommunikationsplan", StringComparison.Ordinal);
        Assert.True(edit >= 0, "The edit is in the history");
        Assert.True(edit < first.IndexOf("Skapad:", StringComparison.Ordinal), "Newest first");
        Assert.Contains("Syftet med planen.", first, StringComparison.Ordinal);
        Assert.Contains("Ett nytt syfte.", first, StringComparison.Ordinal);
        Assert.Contains(">Syfte</th>", first, StringComparison.Ordinal);
        Assert.Contains(">Budget</th>", first, StringComparison.Ordinal);
        Assert.Contains("Testare ", first, StringComparison.Ordinal);
        Assert.Contains($"/kommunikation/{c.PlanId}/historik?sida=2", first, StringComparison.Ordinal);

        var second = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}/historik?sida=2");
        var all = first + second;
        Assert.Contains("Skapad: Målgrupp", all, StringComparison.Ordinal);
        Assert.Contains("Skapad: Aktivitet", all, StringComparison.Ordinal);
        Assert.Contains("Skapad: Kanal", all, StringComparison.Ordinal);
        Assert.Contains("Skapad: Aktivitetens målgrupp", all, StringComparison.Ordinal);
        Assert.Contains("Information till styrgruppen – Styrgruppen", all, StringComparison.Ordinal);
        Assert.Contains("Kärnintressent", all, StringComparison.Ordinal);
        Assert.DoesNotContain(">Core<", all, StringComparison.Ordinal);
        Assert.DoesNotContain(">PlanId</th>", all, StringComparison.Ordinal);

        // The calendar secret is in the trail but never on the page.
        var token = (await app.StoredPlanAsync(c.PlanId)).CalendarToken;
        Assert.DoesNotContain(token, all, StringComparison.Ordinal);
        Assert.Contains("Hemlig kalenderlänk", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_page_number_shows_the_first_page_and_says_so()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        var html = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}/historik?sida=abc");
        Assert.Contains("Sidnumret finns inte; första sidan visas.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenant_sees_no_history()
    {
        var c = await app.PlanCaseAsync();
        var stranger = await app.SignedInAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        Assert.Equal(HttpStatusCode.NotFound, await stranger.StatusOfAsync($"/kommunikation/{c.PlanId}/historik"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanHistorySqliteTests(SqliteApp app) : PlanHistoryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanHistoryPostgresTests(PostgresApp app) : PlanHistoryTests(app);
