using System.Net;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Calendar;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Calendar;

/// <summary>Builders and helpers for the reporting calendar's tests.</summary>
internal static class CalendarTestKit
{
    /// <summary>Today in Sweden, as the pages judge it.</summary>
    public static DateOnly Today => ReportDue.Today(TimeProvider.System);

    /// <summary>A tenant with the role, signed in.</summary>
    public static async Task<(TestTenant Tenant, HttpClient Client)> SignedInTenantAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        return (tenant, await app.SignedInAsync(tenant));
    }

    /// <summary>A project 2022-01-01–2023-12-31 of the organisation without reports (the Lund pilot's period).</summary>
    public static Task<int> LundLikeProjectAsync(this AppFactory app, int organizationId) =>
        app.NewProjectAsync(organizationId, $"Samordnade servicetjänster {Guid.NewGuid():N}"[..40], p =>
        {
            p.StartDate = new DateOnly(2022, 1, 1);
            p.EndDate = new DateOnly(2023, 12, 31);
        });

    public static Task<int> AddReportAsync(this AppFactory app, int projectId, ReportKind kind, int number, DateOnly due,
        ReportStatus status = ReportStatus.Planned, DateOnly? per = null, string? title = null) =>
        app.WithDbAsync(async db =>
        {
            var report = new ProjectReport { ProjectId = projectId, Kind = kind, Number = number, DueDate = due, PeriodEnd = per, Status = status, Title = title };
            if (status == ReportStatus.Adopted)
            {
                report.AdoptedOn = due;
                report.AdoptedBy = "Testare";
                report.AdoptedAt = DateTime.UtcNow;
            }
            db.ProjectReports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    public static Task<int> AddDecisionBodyAsync(this AppFactory app, int organizationId, string name) =>
        app.WithDbAsync(async db =>
        {
            var body = new DecisionBody { OrganizationId = organizationId, Name = name };
            db.DecisionBodies.Add(body);
            await db.SaveChangesAsync();
            return body.Id;
        });

    public static Task AddStandardCalendarAsync(this AppFactory app, int organizationId) =>
        app.WithDbAsync(async db =>
        {
            await StandardCalendar.AddMissingAsync(db, organizationId, default);
            return await db.SaveChangesAsync();
        });

    public static Task<List<ProjectReport>> ReportsAsync(this AppFactory app, int projectId) =>
        app.WithDbAsync(db => db.ProjectReports.IgnoreQueryFilters().AsNoTracking()
            .Include(r => r.Recipients)
            .Where(r => r.ProjectId == projectId)
            .OrderBy(r => r.Kind).ThenBy(r => r.Number)
            .ToListAsync());

    public static Task<List<ReportingOccasion>> OccasionsAsync(this AppFactory app, int organizationId) =>
        app.WithDbAsync(db => db.ReportingOccasions.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.OrganizationId == organizationId)
            .OrderBy(o => o.Id)
            .ToListAsync());

    /// <summary>A refused form: 200 with the page again, its errors and what was typed.</summary>
    public static async Task<string> AssertRejectedAsync(this HttpResponseMessage response, params string[] texts)
    {
        var html = WebUtility.HtmlDecode(await response.BodyAsync());
        Assert.Contains("Formuläret innehåller fel", html, StringComparison.Ordinal);
        foreach (var text in texts)
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
        return html;
    }

    /// <summary>A Post/Redirect/Get to <paramref name="location"/>, whose page shows <paramref name="message"/>.</summary>
    public static async Task<string> AssertSavedAsync(this HttpResponseMessage response, HttpClient client, string location, string message)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}: {WebUtility.HtmlDecode(body)[..Math.Min(body.Length, 3000)]}");
        Assert.Equal(location, response.Headers.Location!.OriginalString);
        var html = WebUtility.HtmlDecode(await client.HtmlAsync(location));
        Assert.Contains(message, html, StringComparison.Ordinal);
        return html;
    }

    public static async Task<string> TextAsync(this HttpClient client, string url) => WebUtility.HtmlDecode(await client.HtmlAsync(url));
}
