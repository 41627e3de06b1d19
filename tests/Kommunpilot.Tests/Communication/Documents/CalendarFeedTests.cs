using System.Net;
using Ical.Net.CalendarComponents;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;
using IcalCalendar = Ical.Net.Calendar;

namespace Kommunpilot.Tests.Communication.Documents;

public abstract class CalendarFeedTests(AppFactory app)
{
    /// <summary>Calendar programs carry no sign-in: every feed request here is anonymous.</summary>
    private async Task<IcalCalendar> FeedAsync(string url)
    {
        var response = await app.NewClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} gave {(int)response.StatusCode}: {body}");
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.StartsWith("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        return IcalCalendar.Load(body)!;
    }

    private async Task AssertNotFoundAsync(string url)
    {
        var response = await app.NewClient().GetAsync(url);
        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain("BEGIN:VCALENDAR", problem.ToString(), StringComparison.Ordinal);
    }

    private static CalendarEvent Event(IcalCalendar calendar, int activityId) =>
        calendar.Events.Single(e => e.Uid == $"kommunpilot-activity-{activityId}");

    private static void AssertAllDay(CalendarEvent e, DateOnly first, DateOnly dayAfterLast)
    {
        Assert.False(e.DtStart!.HasTime);
        Assert.False(e.DtEnd!.HasTime);
        Assert.Equal(first, e.DtStart.Date);
        Assert.Equal(dayAfterLast, e.DtEnd.Date);
    }

    [Fact]
    public async Task The_plan_feed_has_an_all_day_event_per_dated_activity_and_skips_the_undated()
    {
        var ctx = await app.NewPlanContextAsync();
        await app.ChangePlanAsync(ctx.PlanId, (plan, _) =>
        {
            var cancelled = new PlanActivity { What = "Inställd dialog", Status = ActivityStatus.Cancelled, Order = 4 };
            cancelled.SetTiming("2023-05-10", plan.PeriodStart);
            plan.Activities.Add(cancelled);
            plan.Activities.Add(new PlanActivity { What = "Utan tid", Order = 5 });
        });
        var ids = await app.ActivityIdsAsync(ctx.PlanId);
        var title = await app.PlanTitleAsync(ctx.PlanId);
        var token = await app.PlanTokenAsync(ctx.PlanId);

        var calendar = await FeedAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics?token={token}");

        Assert.Equal(title, calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal(3, calendar.Events.Count);
        Assert.DoesNotContain(calendar.Events, e => e.Summary is "Workshop med pilotverksamheter" or "Utan tid");

        var done = Event(calendar, ids["Information till styrgruppen"]);
        Assert.Equal("Information till styrgruppen", done.Summary);
        AssertAllDay(done, new DateOnly(2023, 3, 1), new DateOnly(2023, 4, 1));
        var lines = done.Description!.Split('\n');
        Assert.Contains("Budskap: Information och dialog", lines);
        Assert.Contains("Målgrupp: Styrgruppen", lines);
        Assert.Contains("Kanal: Fysiskt möte", lines);
        Assert.Contains("Tidpunkt: mars 2023", lines);
        Assert.Contains("Status: Genomförd", lines);
        Assert.Contains(lines, l => l.StartsWith("Ansvarig: Projektledare ", StringComparison.Ordinal));
        Assert.NotEqual("CANCELLED", done.Status);
        Assert.Equal("TRANSPARENT", done.Transparency);

        var autumn = Event(calendar, ids["Nyhetsbrev till medarbetare"]);
        AssertAllDay(autumn, new DateOnly(2023, 8, 1), new DateOnly(2024, 1, 1));
        Assert.Contains(autumn.Description!.Split('\n'), l => l.StartsWith("Ansvarig: Kommunikatör ", StringComparison.Ordinal) && l.Contains(", Projektledare ", StringComparison.Ordinal));

        var cancelledEvent = Event(calendar, ids["Inställd dialog"]);
        Assert.Equal("CANCELLED", cancelledEvent.Status);
        AssertAllDay(cancelledEvent, new DateOnly(2023, 5, 10), new DateOnly(2023, 5, 11));
    }

    [Fact]
    public async Task A_wrong_or_missing_token_is_answered_like_an_unknown_plan()
    {
        var ctx = await app.NewPlanContextAsync();
        var other = await app.NewPlanContextAsync();
        var token = await app.PlanTokenAsync(ctx.PlanId);

        await AssertNotFoundAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics");
        await AssertNotFoundAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics?token=");
        await AssertNotFoundAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics?token={token[..^1]}");
        await AssertNotFoundAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics?token={token}x");
        // Another plan's token opens only that plan.
        await AssertNotFoundAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics?token={await app.PlanTokenAsync(other.PlanId)}");
        await AssertNotFoundAsync($"/api/communication-plans/987654/calendar.ics?token={token}");

        var unknown = await (await app.NewClient().GetAsync($"/api/communication-plans/987654/calendar.ics?token={token}")).Content.ReadAsStringAsync();
        var wrong = await (await app.NewClient().GetAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics?token=fel")).Content.ReadAsStringAsync();
        Assert.Equal(WithoutTrace(unknown), WithoutTrace(wrong));

        // Signed in as a member of the plan's organisation makes no difference: the token is what counts.
        var member = await app.SignedInClientAsync(ctx.Tenant.Email, ctx.Tenant.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/api/communication-plans/{ctx.PlanId}/calendar.ics")).StatusCode);
    }

    private static string WithoutTrace(string problem) =>
        System.Text.RegularExpressions.Regex.Replace(problem, "\"traceId\":\"[^\"]*\"", "");

    [Fact]
    public async Task A_persons_feed_has_their_activities_in_their_organisations_plans_only()
    {
        var ctx = await app.NewPlanContextAsync();
        var second = await app.NewPlanAsync(ctx.Tenant.OrganizationId, ctx.ProjectId);
        var leader = await app.PersonAsync(ctx.PlanId, "Projektledare");
        var communicator = await app.PersonAsync(ctx.PlanId, "Kommunikatör");
        var ids = await app.ActivityIdsAsync(ctx.PlanId);
        // The leader is also named in another plan of the organisation, and (by a fault) in another tenant's plan.
        var stranger = await app.NewPlanContextAsync();
        await app.ChangePlanAsync(second, (plan, _) =>
        {
            var activity = new PlanActivity { What = "Presentation på konferens", Order = 9 };
            activity.SetTiming("vecka 12 2024", plan.PeriodStart);
            activity.Responsibles.Add(new ActivityResponsible { PersonId = leader.Id });
            plan.Activities.Add(activity);
        });
        await app.ChangePlanAsync(stranger.PlanId, (plan, _) =>
        {
            var activity = new PlanActivity { What = "Hemlig aktivitet", Order = 9 };
            activity.SetTiming("juni 2023", plan.PeriodStart);
            activity.Responsibles.Add(new ActivityResponsible { PersonId = leader.Id });
            plan.Activities.Add(activity);
        });
        var sameOrg = (await app.ActivityIdsAsync(second))["Presentation på konferens"];
        var otherOrg = (await app.ActivityIdsAsync(stranger.PlanId))["Hemlig aktivitet"];

        var calendar = await FeedAsync($"/api/communication-people/{leader.Id}/calendar.ics?token={leader.CalendarToken}");
        Assert.Equal($"Kommunikationsaktiviteter – {leader.Name}", calendar.Properties["X-WR-CALNAME"]?.Value);
        Assert.Equal(
            new[] { ids["Information till styrgruppen"], ids["Nyhetsbrev till medarbetare"], sameOrg }.Select(id => $"kommunpilot-activity-{id}").Order(),
            calendar.Events.Select(e => e.Uid).Order());
        Assert.DoesNotContain(calendar.Events, e => e.Uid == $"kommunpilot-activity-{otherOrg}");
        var conference = Event(calendar, sameOrg);
        AssertAllDay(conference, new DateOnly(2024, 3, 18), new DateOnly(2024, 3, 25));
        Assert.Contains($"Kommunikationsplan: {await app.PlanTitleAsync(second)}", conference.Description!.Split('\n'));

        var own = await FeedAsync($"/api/communication-people/{communicator.Id}/calendar.ics?token={communicator.CalendarToken}");
        Assert.Equal($"kommunpilot-activity-{ids["Nyhetsbrev till medarbetare"]}", Assert.Single(own.Events).Uid);

        await AssertNotFoundAsync($"/api/communication-people/{leader.Id}/calendar.ics");
        await AssertNotFoundAsync($"/api/communication-people/{leader.Id}/calendar.ics?token={communicator.CalendarToken}");
        await AssertNotFoundAsync($"/api/communication-people/987654/calendar.ics?token={leader.CalendarToken}");
    }

    [Fact]
    public async Task Renewing_the_plans_link_stops_the_old_one_and_readers_cannot_renew()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Editor);
        var old = await app.PlanTokenAsync(ctx.PlanId);
        var url = $"/api/communication-plans/{ctx.PlanId}/calendar.ics?token=";
        await FeedAsync(url + old);

        // A reader of the same organisation sees the link but may not renew it.
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = reader.UserId, OrganizationId = ctx.Tenant.OrganizationId, Role = OrganizationRole.Reader });
            return await db.SaveChangesAsync();
        });
        var readerClient = await app.SignedInClientAsync(reader.Email, reader.Password);
        var readerPage = await readerClient.HtmlAsync(ctx.DocumentsPage);
        Assert.Contains($"https://localhost{url}{old}", WebUtility.HtmlDecode(readerPage), StringComparison.Ordinal);
        Assert.DoesNotContain("Förnya länken", readerPage, StringComparison.Ordinal);
        var denied = await readerClient.PostFormAsync(ctx.DocumentsPage, new(), ctx.DocumentsPage + "?handler=RenewPlan");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(old, await app.PlanTokenAsync(ctx.PlanId));

        var editor = await app.SignedInClientAsync(ctx.Tenant.Email, ctx.Tenant.Password);
        var renewed = await editor.PostFormAsync(ctx.DocumentsPage, new(), ctx.DocumentsPage + "?handler=RenewPlan");
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.Equal($"{ctx.DocumentsPage}#main", renewed.Headers.Location!.OriginalString);
        var page = await editor.HtmlAsync(ctx.DocumentsPage);
        Assert.Contains("Planens kalenderlänk är förnyad.", page, StringComparison.Ordinal);

        var fresh = await app.PlanTokenAsync(ctx.PlanId);
        Assert.NotEqual(old, fresh);
        Assert.Contains(fresh, page, StringComparison.Ordinal);
        await AssertNotFoundAsync(url + old);
        await FeedAsync(url + fresh);

        // Another tenant cannot even reach the page.
        var outsiderTenant = await app.NewTenantAsync();
        var outsider = await app.SignedInClientAsync(outsiderTenant.Email, outsiderTenant.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(ctx.DocumentsPage)).StatusCode);
    }

    [Fact]
    public async Task A_persons_link_is_renewed_by_an_editor_or_by_the_person_themselves()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Editor);
        var leader = await app.PersonAsync(ctx.PlanId, "Projektledare");
        var communicator = await app.PersonAsync(ctx.PlanId, "Kommunikatör");
        var feed = (CommunicationPerson p, string token) => $"/api/communication-people/{p.Id}/calendar.ics?token={token}";

        var editor = await app.SignedInClientAsync(ctx.Tenant.Email, ctx.Tenant.Password);
        var response = await editor.PostFormAsync(ctx.DocumentsPage, new(), $"{ctx.DocumentsPage}?handler=RenewPerson&personId={leader.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains($"Kalenderlänken för {leader.Name} är förnyad.", await editor.HtmlAsync(ctx.DocumentsPage), StringComparison.Ordinal);
        await AssertNotFoundAsync(feed(leader, leader.CalendarToken));
        var renewed = await app.PersonAsync(ctx.PlanId, "Projektledare");
        await FeedAsync(feed(leader, renewed.CalendarToken));
        // The other person's link is untouched.
        await FeedAsync(feed(communicator, communicator.CalendarToken));

        // A reader linked to the communicator may renew their own link, and only theirs.
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = reader.UserId, OrganizationId = ctx.Tenant.OrganizationId, Role = OrganizationRole.Reader });
            var person = await db.CommunicationPeople.IgnoreQueryFilters().SingleAsync(p => p.Id == communicator.Id);
            person.UserId = reader.UserId;
            return await db.SaveChangesAsync();
        });
        var readerClient = await app.SignedInClientAsync(reader.Email, reader.Password);
        var readerPage = await readerClient.HtmlAsync(ctx.DocumentsPage);
        Assert.Contains($"för {communicator.Name}</span>", readerPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"för {leader.Name}</span>", readerPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await readerClient.PostFormAsync(ctx.DocumentsPage, new(), $"{ctx.DocumentsPage}?handler=RenewPerson&personId={leader.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await readerClient.PostFormAsync(ctx.DocumentsPage, new(), $"{ctx.DocumentsPage}?handler=RenewPerson&personId={communicator.Id}")).StatusCode);
        await AssertNotFoundAsync(feed(communicator, communicator.CalendarToken));

        // A person of another plan, or of another tenant, is not found here.
        var stranger = await app.NewPlanContextAsync();
        var strangerPerson = await app.PersonAsync(stranger.PlanId, "Projektledare");
        Assert.Equal(HttpStatusCode.NotFound,
            (await editor.PostFormAsync(ctx.DocumentsPage, new(), $"{ctx.DocumentsPage}?handler=RenewPerson&personId={strangerPerson.Id}")).StatusCode);
        Assert.Equal(strangerPerson.CalendarToken, (await app.PersonAsync(stranger.PlanId, "Projektledare")).CalendarToken);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarFeedSqliteTests(SqliteApp app) : CalendarFeedTests(app);

[Collection(PostgresCollection.Name)]
public sealed class CalendarFeedPostgresTests(PostgresApp app) : CalendarFeedTests(app);
