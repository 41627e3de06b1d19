using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract partial class PlanStatusTests(AppFactory app)
{
    [GeneratedRegex("name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();

    private static async Task<string> VersionAsync(HttpClient client, string url) =>
        VersionField().Match(await client.HtmlAsync(url)).Groups[1].Value;

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Adopting_sets_who_and_when_and_adds_a_revision_by_the_user()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/status";
        var response = await c.Client.PostFormAsync(url, new()
        {
            ["version"] = await VersionAsync(c.Client, url),
            ["Adopt.AdoptedBy"] = " Styrgruppen ",
            ["Adopt.AdoptedOn"] = "2023-02-28",
            ["Adopt.DocumentVersion"] = "1.0",
        }, action: url + "?handler=Adopt");
        response.AssertRedirectTo($"/kommunikation/{c.PlanId}");

        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal(PlanStatus.Adopted, plan.Status);
        Assert.Equal("Styrgruppen", plan.AdoptedBy);
        Assert.Equal(new DateOnly(2023, 2, 28), plan.AdoptedOn);
        Assert.Equal("1.0", plan.DocumentVersion);
        var revision = Assert.Single(plan.Revisions);
        Assert.Equal("1.0", revision.DocumentVersion);
        Assert.StartsWith("Fastställd av Styrgruppen", revision.Note, StringComparison.Ordinal);
        Assert.StartsWith("Testare ", revision.By, StringComparison.Ordinal);

        var overview = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}");
        Assert.Contains("Planen är fastställd av Styrgruppen.", overview, StringComparison.Ordinal);
        Assert.Contains("Fastställd av Styrgruppen", overview, StringComparison.Ordinal);
        Assert.Contains("2023-02-28", overview, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadAdoptions => new()
    {
        { "Adopt.AdoptedBy", "", "Ange vem som fastställde planen, till exempel Styrgruppen." },
        { "Adopt.AdoptedOn", "", "Ange datumet då planen fastställdes." },
        { "Adopt.AdoptedOn", "2999-01-01", "Datumet då planen fastställdes kan inte vara i framtiden." },
        { "Adopt.AdoptedOn", "igår", "Värdet &#x27;igår&#x27; är inte giltigt för Fastställd den." },
        { "Adopt.AdoptedBy", new string('s', 201), "Fastställd av får vara högst 200 tecken." },
        { "Adopt.DocumentVersion", "", "Ange dokumentversionen, till exempel 1.0." },
    };

    [Theory]
    [MemberData(nameof(BadAdoptions))]
    public async Task Adopting_without_who_or_a_valid_date_is_refused_in_swedish(string field, string value, string message)
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/status";
        var fields = new Dictionary<string, string>
        {
            ["version"] = await VersionAsync(c.Client, url),
            ["Adopt.AdoptedBy"] = "Styrgruppen",
            ["Adopt.AdoptedOn"] = "2023-02-28",
            ["Adopt.DocumentVersion"] = "1.0",
        };
        fields[field] = value;
        var html = await (await c.Client.PostFormAsync(url, fields, action: url + "?handler=Adopt")).BodyAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Empty(plan.Revisions);
    }

    [Fact]
    public async Task Today_is_not_the_future()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/status";
        var response = await c.Client.PostFormAsync(url, new()
        {
            ["version"] = await VersionAsync(c.Client, url),
            ["Adopt.AdoptedBy"] = "Servicenämnden",
            ["Adopt.AdoptedOn"] = Today,
            ["Adopt.DocumentVersion"] = "1.0",
        }, action: url + "?handler=Adopt");
        response.AssertRedirectTo($"/kommunikation/{c.PlanId}");
    }

    [Fact]
    public async Task A_new_version_is_recorded_with_its_note_and_the_status_is_kept()
    {
        var c = await app.PlanCaseAsync(status: PlanStatus.Adopted);
        var url = $"/kommunikation/{c.PlanId}/status";
        var response = await c.Client.PostFormAsync(url, new()
        {
            ["version"] = await VersionAsync(c.Client, url),
            ["Revision.DocumentVersion"] = "2.0",
            ["Revision.Note"] = "Nya aktiviteter inför hösten.",
        }, action: url + "?handler=Revision");
        response.AssertRedirectTo($"/kommunikation/{c.PlanId}");
        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal("2.0", plan.DocumentVersion);
        Assert.Equal(PlanStatus.Adopted, plan.Status);
        var revision = Assert.Single(plan.Revisions);
        Assert.Equal("Nya aktiviteter inför hösten.", revision.Note);
        Assert.Contains("Nya aktiviteter inför hösten.", await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_version_needs_its_number_and_a_note()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/status";
        var html = await (await c.Client.PostFormAsync(url, new()
        {
            ["version"] = await VersionAsync(c.Client, url),
            ["Revision.DocumentVersion"] = "",
            ["Revision.Note"] = " ",
        }, action: url + "?handler=Revision")).BodyAsync();
        Assert.Contains("Ange dokumentversionen, till exempel 1.0.", html, StringComparison.Ordinal);
        Assert.Contains("Beskriv vad som är nytt i den här versionen.", html, StringComparison.Ordinal);
        // The other form is not validated.
        Assert.DoesNotContain("Ange vem som fastställde planen, till exempel Styrgruppen.", html, StringComparison.Ordinal);
        Assert.Empty((await app.StoredPlanAsync(c.PlanId)).Revisions);
    }

    [Fact]
    public async Task An_adopted_plan_returns_to_draft_and_is_archived()
    {
        var c = await app.PlanCaseAsync();
        await app.UpdatePlanAsync(c.PlanId, p => { p.Status = PlanStatus.Adopted; p.AdoptedBy = "Styrgruppen"; p.AdoptedOn = new DateOnly(2023, 3, 1); });
        var url = $"/kommunikation/{c.PlanId}/status";
        (await c.Client.PostFormAsync(url, new() { ["version"] = await VersionAsync(c.Client, url) }, action: url + "?handler=Draft"))
            .AssertRedirectTo($"/kommunikation/{c.PlanId}");
        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Null(plan.AdoptedBy);
        Assert.Null(plan.AdoptedOn);

        (await c.Client.PostFormAsync(url, new() { ["version"] = await VersionAsync(c.Client, url) }, action: url + "?handler=Archive"))
            .AssertRedirectTo($"/kommunikation/{c.PlanId}");
        Assert.Equal(PlanStatus.Archived, (await app.StoredPlanAsync(c.PlanId)).Status);
        Assert.Contains("Planen är arkiverad.", await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_change_on_a_plan_changed_meanwhile_shows_the_conflict_and_writes_nothing()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/status";
        var stale = await VersionAsync(c.Client, url);
        await app.UpdatePlanAsync(c.PlanId, p => p.Title = "Ändrad av någon annan");

        var html = await (await c.Client.PostFormAsync(url, new()
        {
            ["version"] = stale,
            ["Adopt.AdoptedBy"] = "Styrgruppen",
            ["Adopt.AdoptedOn"] = "2023-02-28",
            ["Adopt.DocumentVersion"] = "1.0",
        }, action: url + "?handler=Adopt")).BodyAsync();
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("id=\"conflict\"", html, StringComparison.Ordinal);
        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Empty(plan.Revisions);

        // The page now carries the stored version: adopting again works.
        var fresh = VersionField().Match(html).Groups[1].Value;
        Assert.NotEqual(stale, fresh);
        (await c.Client.PostFormAsync(url, new()
        {
            ["version"] = fresh,
            ["Adopt.AdoptedBy"] = "Styrgruppen",
            ["Adopt.AdoptedOn"] = "2023-02-28",
            ["Adopt.DocumentVersion"] = "1.0",
        }, action: url + "?handler=Adopt")).AssertRedirectTo($"/kommunikation/{c.PlanId}");
    }

    [Fact]
    public async Task A_reader_cannot_change_the_status()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        var url = $"/kommunikation/{c.PlanId}/status";
        Assert.Equal(HttpStatusCode.Forbidden, await c.Client.StatusOfAsync(url));
        var response = await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}", new()
        {
            ["version"] = Guid.NewGuid().ToString(),
            ["Adopt.AdoptedBy"] = "Läsaren",
            ["Adopt.AdoptedOn"] = "2023-02-28",
            ["Adopt.DocumentVersion"] = "1.0",
        }, action: url + "?handler=Adopt");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(PlanStatus.Draft, (await app.StoredPlanAsync(c.PlanId)).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlanStatusSqliteTests(SqliteApp app) : PlanStatusTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlanStatusPostgresTests(PostgresApp app) : PlanStatusTests(app);
