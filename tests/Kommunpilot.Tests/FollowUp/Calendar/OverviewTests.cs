using System.Net;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Calendar;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.FollowUp.Calendar;

/// <summary>The cross-project overview (<c>/uppfoljning</c>) and the follow-up section of the project page.</summary>
public abstract class OverviewTests(AppFactory app)
{
    [Fact]
    public async Task The_overview_lists_late_and_soon_due_reports_of_the_callers_projects_by_due_date()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var today = CalendarTestKit.Today;
        var soon = await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 3, today.AddDays(5), title: "Snart klar");
        await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 4, today.AddDays(45), title: "Långt fram");
        await app.AddReportAsync(ids.ProjectId, ReportKind.Final, 1, today.AddDays(-10), ReportStatus.Adopted, title: "Redan fastställd");
        var (other, _) = await app.SignedInTenantAsync();
        var otherIds = await app.NewFollowUpAsync(other.OrganizationId);

        var html = await client.TextAsync("/uppfoljning");
        Assert.Contains($"href=\"/rapporter/{ids.FollowUpReport1}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rapporter/{soon}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{ids.ProjectId}/rapporter\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Långt fram", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Redan fastställd", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/rapporter/{otherIds.FollowUpReport1}\"", html, StringComparison.Ordinal);
        // Sorted by due date: 2022's reports before the one due in five days.
        Assert.True(html.IndexOf($"/rapporter/{ids.FollowUpReport1}\"", StringComparison.Ordinal) < html.IndexOf($"/rapporter/{soon}\"", StringComparison.Ordinal));
        Assert.Contains("om 5 dagar", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/organisation/{tenant.OrganizationId}/rapportkalender\"", html, StringComparison.Ordinal);

        var late = await client.TextAsync("/uppfoljning?visa=forsenade");
        Assert.DoesNotContain("Snart klar", late, StringComparison.Ordinal);
        Assert.Contains($"/rapporter/{ids.Evaluation1}\"", late, StringComparison.Ordinal);
        var within = await client.TextAsync("/uppfoljning?visa=snart&dagar=60");
        Assert.Contains("Långt fram", within, StringComparison.Ordinal);
        Assert.DoesNotContain($"/rapporter/{ids.FollowUpReport1}\"", within, StringComparison.Ordinal);
        var coming = await client.TextAsync("/uppfoljning?visa=kommande");
        Assert.Contains("Långt fram", coming, StringComparison.Ordinal);
        var evaluations = await client.TextAsync("/uppfoljning?typ=Evaluation");
        Assert.Contains($"/rapporter/{ids.Evaluation1}\"", evaluations, StringComparison.Ordinal);
        Assert.DoesNotContain($"/rapporter/{ids.FollowUpReport1}\"", evaluations, StringComparison.Ordinal);
        var byOrg = await client.TextAsync($"/uppfoljning?organisation={tenant.OrganizationId}");
        Assert.Contains($"/rapporter/{ids.FollowUpReport1}\"", byOrg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_that_make_no_sense_are_ignored_and_said_so()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var (other, _) = await app.SignedInTenantAsync();
        var html = await client.TextAsync($"/uppfoljning?organisation={other.OrganizationId}&typ=Delår&visa=alla&dagar=0&sida=x");
        Assert.Contains("Organisationen finns inte bland dina; filtret används inte.", html, StringComparison.Ordinal);
        Assert.Contains("Rapporttypen Delår finns inte; filtret används inte.", html, StringComparison.Ordinal);
        Assert.Contains("Urvalet alla finns inte", html, StringComparison.Ordinal);
        Assert.Contains("Antalet dagar ska vara mellan 1 och 366", html, StringComparison.Ordinal);
        Assert.Contains("Sidnumret x finns inte", html, StringComparison.Ordinal);
        Assert.Contains("Inga rapporter matchar urvalet.", html, StringComparison.Ordinal);
        Assert.Contains(tenant.OrganizationName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_overview_is_paged_at_fifty()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Många rapporter");
        await app.WithDbAsync(async db =>
        {
            for (var n = 1; n <= 55; n++)
            {
                db.ProjectReports.Add(new ProjectReport { ProjectId = projectId, Kind = ReportKind.FollowUp, Number = n, DueDate = new DateOnly(2020, 1, 1).AddDays(n) });
            }
            return await db.SaveChangesAsync();
        });
        var first = await client.TextAsync($"/uppfoljning?organisation={tenant.OrganizationId}");
        Assert.Contains("Uppföljningsrapport 50<", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Uppföljningsrapport 51<", first, StringComparison.Ordinal);
        Assert.Contains($"/uppfoljning?organisation={tenant.OrganizationId}&amp;sida=2", await client.HtmlAsync($"/uppfoljning?organisation={tenant.OrganizationId}"), StringComparison.Ordinal);
        var second = await client.TextAsync($"/uppfoljning?organisation={tenant.OrganizationId}&sida=2");
        Assert.Contains("Uppföljningsrapport 55<", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Uppföljningsrapport 50<", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_project_page_shows_late_and_next_reports_and_counts()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var next = await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 3, CalendarTestKit.Today.AddDays(100));
        var html = await client.TextAsync($"/projekt/{ids.ProjectId}");
        var section = html[html.IndexOf("id=\"followup\"", StringComparison.Ordinal)..];
        Assert.Contains("3 nyckeltal · 4 rapporter, varav 0 fastställda.", section, StringComparison.Ordinal);
        Assert.Contains("Försenade rapporter", section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rapporter/{ids.FollowUpReport1}\"", section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rapporter/{next}\"", section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{ids.ProjectId}/nyckeltal\"", section, StringComparison.Ordinal);
        Assert.Contains($"href=\"/projekt/{ids.ProjectId}/rapporter\"", section, StringComparison.Ordinal);

        var empty = await app.NewProjectAsync(tenant.OrganizationId, "Projekt utan rapporter");
        Assert.Contains("Inga rapporter väntar.", await client.TextAsync($"/projekt/{empty}"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OverviewSqliteTests(SqliteApp app) : OverviewTests(app);

[Collection(PostgresCollection.Name)]
public sealed class OverviewPostgresTests(PostgresApp app) : OverviewTests(app);

/// <summary>The date rules without a database or a clock: fixed dates.</summary>
public sealed class ReportDueRuleTests
{
    private static readonly DateOnly Today = new(2023, 3, 15);

    [Theory]
    [InlineData("2023-03-14", ReportStatus.Planned, true, false)]
    [InlineData("2023-03-15", ReportStatus.Draft, false, true)]
    [InlineData("2023-04-14", ReportStatus.Planned, false, true)]
    [InlineData("2023-04-15", ReportStatus.Planned, false, false)]
    [InlineData("2023-03-01", ReportStatus.Adopted, false, false)]
    [InlineData("2023-03-20", ReportStatus.Adopted, false, false)]
    public void Late_and_due_soon_follow_the_due_date_and_never_an_adopted_report(string due, ReportStatus status, bool late, bool soon)
    {
        var date = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((late, soon), (ReportDue.IsLate(status, date, Today), ReportDue.IsDueSoon(status, date, Today)));
    }

    [Fact]
    public void A_due_day_earlier_in_the_year_falls_in_the_next_year()
    {
        Assert.Equal(new DateOnly(2024, 2, 28), OccasionRules.DueDateFor(new DateOnly(2023, 12, 31), 2, 28));
        Assert.Equal(new DateOnly(2023, 5, 31), OccasionRules.DueDateFor(new DateOnly(2023, 4, 30), 5, 31));
        Assert.Equal(new DateOnly(2023, 4, 30), OccasionRules.DueDateFor(new DateOnly(2023, 4, 30), 4, 30));
    }

    [Theory]
    [InlineData(2, 28, true)]
    [InlineData(2, 29, false)]
    [InlineData(2, 30, false)]
    [InlineData(4, 31, false)]
    [InlineData(12, 31, true)]
    [InlineData(13, 1, false)]
    [InlineData(1, 0, false)]
    public void A_day_is_valid_only_when_every_year_has_it(int month, int day, bool valid) =>
        Assert.Equal(valid, DayOfYear.IsValid(month, day));
}
