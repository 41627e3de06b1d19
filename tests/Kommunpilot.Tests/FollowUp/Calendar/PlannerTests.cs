using System.Net;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.FollowUp.Calendar;

/// <summary>"Planera uppföljningsrapporter efter rapportkalendern" (<c>/projekt/{id}/rapporter/planera</c>).</summary>
public abstract class PlannerTests(AppFactory app)
{
    private static string Url(int projectId) => $"/projekt/{projectId}/rapporter/planera";

    private static string Fingerprint(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Fingerprint\" value=\"([^\"]*)\"");
        Assert.True(match.Success, "The form carries the preview's fingerprint");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task A_lund_like_project_gets_eight_follow_up_reports_from_the_standard_calendar()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var board = await app.AddDecisionBodyAsync(tenant.OrganizationId, "Servicenämnden");
        var projectId = await app.LundLikeProjectAsync(tenant.OrganizationId);

        var preview = await client.TextAsync(Url(projectId));
        Assert.Contains("Skapa 8 uppföljningsrapporter", preview, StringComparison.Ordinal);
        Assert.Contains("Uppföljningsrapport 8", preview, StringComparison.Ordinal);
        Assert.Contains("2024-02-28", preview, StringComparison.Ordinal);
        Assert.Empty(await app.ReportsAsync(projectId));

        var response = await client.PostFormAsync(Url(projectId), new()
        {
            ["Input.DecisionBodyIds[0]"] = board.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Names"] = "Serviceförvaltningens ledningsgrupp",
            ["Input.Fingerprint"] = Fingerprint(preview),
        });
        await response.AssertSavedAsync(client, $"/projekt/{projectId}/rapporter", "8 uppföljningsrapporter är planerade.");
        var reports = await app.ReportsAsync(projectId);
        var occasions = (await app.OccasionsAsync(tenant.OrganizationId)).ToDictionary(o => o.Id, o => o.Name);
        Assert.Equal(
        [
            (1, "Delårsrapport 1", "2022-04-30", "2022-05-31"),
            (2, "Delårsrapport 2", "2022-08-31", "2022-09-30"),
            (3, "Novemberprognos", "2022-10-31", "2022-11-30"),
            (4, "Årsanalys", "2022-12-31", "2023-02-28"),
            (5, "Delårsrapport 1", "2023-04-30", "2023-05-31"),
            (6, "Delårsrapport 2", "2023-08-31", "2023-09-30"),
            (7, "Novemberprognos", "2023-10-31", "2023-11-30"),
            (8, "Årsanalys", "2023-12-31", "2024-02-28"),
        ],
            reports.Select(r => (r.Number, occasions[r.ReportingOccasionId!.Value], $"{r.PeriodEnd:yyyy-MM-dd}", $"{r.DueDate:yyyy-MM-dd}")).ToList());
        Assert.All(reports, r =>
        {
            Assert.Equal((ReportKind.FollowUp, ReportStatus.Planned), (r.Kind, r.Status));
            Assert.Equal([$"{board}|", "|Serviceförvaltningens ledningsgrupp"], r.Recipients.OrderBy(x => x.Order).Select(x => $"{x.DecisionBodyId}|{x.Name}").ToList());
            Assert.All(r.Recipients, x => Assert.Equal(projectId, x.ProjectId));
        });

        var again = await client.TextAsync(Url(projectId));
        Assert.Contains("Alla tillfällen under projektets period har redan en rapport.", again, StringComparison.Ordinal);
        Assert.Contains("Årsanalys per 2023-12-31: finns redan som uppföljningsrapport 8.", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Occasions_already_covered_are_skipped_and_numbers_continue_from_the_existing_reports()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        // The sample has follow-up reports 1 (per 2022-04-30, on its own occasion) and 2 (per 2022-08-31), and an evaluation per 2022-12-31.
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var preview = await client.TextAsync(Url(ids.ProjectId));
        Assert.Contains("Delårsrapport 2 per 2022-08-31: finns redan som uppföljningsrapport 2.", preview, StringComparison.Ordinal);
        Assert.Contains("Delårsrapport 1 per 2022-04-30: finns redan som uppföljningsrapport 1.", preview, StringComparison.Ordinal);
        // The sample's own occasion and the standard Delårsrapport 1 are both per 30 april: 2023-04-30 gets one report.
        var response = await client.PostFormAsync(Url(ids.ProjectId), new() { ["Input.Fingerprint"] = Fingerprint(preview) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var followUps = (await app.ReportsAsync(ids.ProjectId)).Where(r => r.Kind == ReportKind.FollowUp).ToList();
        Assert.Equal(Enumerable.Range(1, followUps.Count), followUps.Select(r => r.Number));
        Assert.Single(followUps, r => r.PeriodEnd == new DateOnly(2022, 8, 31));
        Assert.Single(followUps, r => r.PeriodEnd == new DateOnly(2023, 4, 30));
        Assert.Equal(8, followUps.Count);
        Assert.Equal(new DateOnly(2022, 10, 31), followUps.Single(r => r.Number == 3).PeriodEnd);
        Assert.Equal(new DateOnly(2024, 2, 28), followUps.Single(r => r.PeriodEnd == new DateOnly(2023, 12, 31)).DueDate);
    }

    [Fact]
    public async Task A_plan_changed_since_the_preview_adds_nothing_and_shows_the_new_preview()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var projectId = await app.LundLikeProjectAsync(tenant.OrganizationId);
        var preview = await client.TextAsync(Url(projectId));
        await app.AddReportAsync(projectId, ReportKind.FollowUp, 1, new DateOnly(2022, 5, 31), per: new DateOnly(2022, 4, 30));

        var response = await client.PostFormAsync(Url(projectId), new() { ["Input.Fingerprint"] = Fingerprint(preview) });
        await response.AssertRejectedAsync("Rapporterna har ändrats sedan förhandsgranskningen.", "Skapa 7 uppföljningsrapporter");
        Assert.Single(await app.ReportsAsync(projectId));
    }

    [Fact]
    public async Task Without_a_period_or_a_calendar_the_page_says_what_is_missing()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var projectId = await app.LundLikeProjectAsync(tenant.OrganizationId);
        Assert.Contains("Den ledande organisationen har ingen rapportkalender ännu.", await client.TextAsync(Url(projectId)), StringComparison.Ordinal);
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var undated = await app.NewProjectAsync(tenant.OrganizationId, "Projekt utan period");
        Assert.Contains("Projektet saknar start- eller slutdatum.", await client.TextAsync(Url(undated)), StringComparison.Ordinal);
        var response = await client.PostFormAsync(Url(undated), new() { ["Input.Fingerprint"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await app.ReportsAsync(undated));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlannerSqliteTests(SqliteApp app) : PlannerTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlannerPostgresTests(PostgresApp app) : PlannerTests(app);
