using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;
using static Kommunpilot.Tests.Communication.Activities.ActivityTestKit;

namespace Kommunpilot.Tests.Communication.Activities;

/// <summary>The activity form: add, edit and delete; the "when" as written and as understood; bad input.</summary>
public abstract class ActivityFormTests(AppFactory app)
{
    [Fact]
    public async Task An_activity_is_added_edited_and_deleted_with_its_links()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var form = await ctx.Client.LoadFormAsync(ctx.New);
        var response = await ctx.Client.PostAsync(ctx.New, WithBoxes(Form(timing: "juni 2023", hours: "1,5"), form.Token,
            ("Input.TargetGroupIds", ids["Styrgruppen"]), ("Input.TargetGroupIds", ids["Allmänheten"]),
            ("Input.ChannelIds", ids["Fysiskt möte"]), ("Input.PersonIds", ids["Projektledare"])));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ctx.List + "#main", response.Headers.Location!.OriginalString);
        Assert.Contains("Aktiviteten \"Information till fackliga\" är sparad.", await (await ctx.Client.GetAsync(ctx.List)).TextAsync(), StringComparison.Ordinal);

        var added = await app.ActivityAsync(ctx.PlanId, "Information till fackliga");
        Assert.Equal((TimingKind.Month, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30), 1.5m, 4),
            (added.TimingKind, added.StartDate, added.EndDate, added.PlannedHours, added.Order));
        Assert.Equal(["Allmänheten", "Styrgruppen"], added.Stakeholders.Select(s => s.Stakeholder.Name).Order());
        Assert.Equal(["Fysiskt möte"], added.Channels.Select(c => c.Channel.Name));
        Assert.Single(added.Responsibles);

        // Edit: one target group less, another channel, another person, new timing.
        var edit = await ctx.Client.LoadFormAsync(ctx.Edit(added.Id));
        Assert.NotNull(edit.Version);
        response = await ctx.Client.PostAsync(ctx.Edit(added.Id), WithBoxes(
            new Dictionary<string, string>(Form(what: "Samverkan", timing: "Q3 2023", hours: "3", status: "InProgress")) { ["Input.Version"] = edit.Version! }, edit.Token,
            ("Input.TargetGroupIds", ids["Styrgruppen"]), ("Input.ChannelIds", ids["Nyhetsbrev"]), ("Input.PersonIds", ids["Kommunikatör"])));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edited = await app.ActivityAsync(ctx.PlanId, "Samverkan");
        Assert.Equal((TimingKind.Quarter, new DateOnly(2023, 7, 1), new DateOnly(2023, 9, 30), 3m, ActivityStatus.InProgress),
            (edited.TimingKind, edited.StartDate, edited.EndDate, edited.PlannedHours, edited.Status));
        Assert.Equal(["Styrgruppen"], edited.Stakeholders.Select(s => s.Stakeholder.Name));
        Assert.Equal(["Nyhetsbrev"], edited.Channels.Select(c => c.Channel.Name));
        Assert.Equal([ids["Kommunikatör"]], edited.Responsibles.Select(r => r.PersonId));
        Assert.NotEqual(Guid.Parse(edit.Version!), edited.Version);

        // Delete asks first, then deletes with the version the form was loaded with.
        var ask = await ctx.Client.GetAsync(ctx.Edit(added.Id) + "?ta-bort=true");
        Assert.Contains("Vill du ta bort aktiviteten?", await ask.TextAsync(), StringComparison.Ordinal);
        var delete = await ctx.Client.SubmitAsync(ctx.Edit(added.Id), Form(), handler: "Delete");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.DoesNotContain(await app.ActivitiesAsync(ctx.PlanId), a => a.Id == added.Id);
        Assert.Contains("Aktiviteten \"Samverkan\" är borttagen.", await (await ctx.Client.GetAsync(ctx.List)).TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(ctx.Edit(added.Id))).StatusCode);
    }

    /// <summary>The timings the issue names, with what they must be stored as.</summary>
    private static readonly (string Text, TimingKind Kind, string? Start, string? End)[] Timings =
    [
        ("2023-06-01", TimingKind.Date, "2023-06-01", "2023-06-01"),
        ("juni 2023", TimingKind.Month, "2023-06-01", "2023-06-30"),
        ("juni-september 2023", TimingKind.Month, "2023-06-01", "2023-09-30"),
        ("hösten 2023", TimingKind.Season, "2023-08-01", "2023-12-31"),
        ("våren 2023", TimingKind.Season, "2023-01-01", "2023-06-30"),
        ("vecka 12 2024", TimingKind.Week, "2024-03-18", "2024-03-24"),
        ("Q3 2023", TimingKind.Quarter, "2023-07-01", "2023-09-30"),
        ("löpande", TimingKind.Ongoing, null, null),
        ("vid behov", TimingKind.AsNeeded, null, null),
    ];

    [Fact]
    public async Task Every_timing_of_the_issue_is_stored_with_its_dates_and_shown_as_understood()
    {
        var ctx = await app.NewActivityContextAsync();
        foreach (var (text, kind, start, end) in Timings)
        {
            var response = await ctx.Client.SubmitAsync(ctx.New, Form(what: "Aktivitet " + text, timing: text));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{text}: {(int)response.StatusCode}");
            var stored = await app.ActivityAsync(ctx.PlanId, "Aktivitet " + text);
            Assert.Equal((text, kind, start, end, (string?)null),
                (stored.TimingText, stored.TimingKind, stored.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stored.EndDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), stored.TimingProblem));
        }

        // Relative to a decision: the chosen milestone's date gives the end (and the start).
        var relative = await ctx.Client.SubmitAsync(ctx.New, Form(what: "Information inför beslut", timing: "inför beslut i Servicenämnden", milestone: ctx.MilestoneId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, relative.StatusCode);
        var before = await app.ActivityAsync(ctx.PlanId, "Information inför beslut");
        Assert.Equal((TimingKind.Relative, MilestoneDate, MilestoneDate, ctx.MilestoneId, (string?)null),
            (before.TimingKind, before.StartDate, before.EndDate, before.MilestoneId, before.TimingProblem));

        var list = await (await ctx.Client.GetAsync(ctx.List + "?q=hösten")).TextAsync();
        Assert.Contains("hösten 2023", list, StringComparison.Ordinal);
        Assert.Contains("augusti–december 2023", list, StringComparison.Ordinal);
        list = await (await ctx.Client.GetAsync(ctx.List + "?q=inför beslut")).TextAsync();
        Assert.Contains("2 oktober 2023", list, StringComparison.Ordinal);
        Assert.Contains("Milstolpe: Beslut om samordnade servicetjänster, Servicenämnden, 2023-10-02", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timing_not_understood_is_saved_as_written_flagged_and_said_so()
    {
        var ctx = await app.NewActivityContextAsync();
        var response = await ctx.Client.SubmitAsync(ctx.New, Form(what: "Workshop 2", timing: "när det passar"));
        var activity = await app.ActivityAsync(ctx.PlanId, "Workshop 2");
        Assert.Equal(("när det passar", TimingKind.Unparsed, (DateOnly?)null, (DateOnly?)null, Timing.NotUnderstood),
            (activity.TimingText, activity.TimingKind, activity.StartDate, activity.EndDate, activity.TimingProblem));
        // Back to the form, which says so and keeps the text.
        Assert.Equal(ctx.Edit(activity.Id) + "#main", response.Headers.Location!.OriginalString);
        var page = await (await ctx.Client.GetAsync(ctx.Edit(activity.Id))).TextAsync();
        Assert.Contains("Tidpunkten \"när det passar\" kunde inte tolkas: Skriv t.ex. 'juni 2023', 'hösten 2023' eller '2023-06-01'. Den är sparad som den skrevs", page, StringComparison.Ordinal);
        Assert.Contains("value=\"när det passar\"", page, StringComparison.Ordinal);

        // End before start: the parser's own message.
        await ctx.Client.SubmitAsync(ctx.New, Form(what: "Enkät", timing: "september-juni 2023"));
        var backwards = await app.ActivityAsync(ctx.PlanId, "Enkät");
        Assert.Equal((TimingKind.Unparsed, Timing.EndBeforeStart), (backwards.TimingKind, backwards.TimingProblem));
        var list = await (await ctx.Client.GetAsync(ctx.List + "?otolkade=ja")).TextAsync();
        Assert.Contains("Tidpunkten kunde inte tolkas", list, StringComparison.Ordinal);
        Assert.Contains(Timing.EndBeforeStart, list, StringComparison.Ordinal);
        var ids = await app.IdsAsync(ctx.PlanId);
        Assert.Equal([ids["Workshop med pilotverksamheter"], ids["Workshop 2"], ids["Enkät"]], RowIds(list).Order());
    }

    [Fact]
    public async Task Bad_input_is_named_in_swedish_and_nothing_is_stored()
    {
        var ctx = await app.NewActivityContextAsync();
        var before = (await app.ActivitiesAsync(ctx.PlanId)).Count;
        await (await ctx.Client.SubmitAsync(ctx.New, Form(what: " ", hours: "-2")))
            .AssertRejectedAsync("Beskriv aktiviteten.", "Timmar kan inte vara negativa.");
        var kept = await (await ctx.Client.SubmitAsync(ctx.New, Form(hours: "fyra", timing: "hösten 2023")))
            .AssertRejectedAsync("Tid i h ska vara ett tal, till exempel 4 eller 1,5.");
        Assert.Contains("value=\"fyra\"", kept, StringComparison.Ordinal);
        Assert.Contains("value=\"hösten 2023\"", kept, StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(ctx.New, Form(what: new string('a', 2001), timing: new string('t', 201), milestone: "999999", status: "Snart")))
            .AssertRejectedAsync("Aktiviteten får vara högst 2 000 tecken.", "Tidpunkten får vara högst 200 tecken.",
                "Milstolpen finns inte i planens projekt.", "Värdet 'Snart' är inte giltigt för Status.");
        var other = await app.NewPlanAsync(ctx.Tenant.OrganizationId);
        var otherGroup = (await app.IdsAsync(other))["Styrgruppen"];
        var form = await ctx.Client.LoadFormAsync(ctx.New);
        var foreign = await ctx.Client.PostAsync(ctx.New, WithBoxes(Form(), form.Token, ("Input.TargetGroupIds", otherGroup)));
        await foreign.AssertRejectedAsync("En vald målgrupp finns inte längre i planen.");
        Assert.Equal(before, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task A_new_responsible_person_is_created_on_save_with_a_note_and_an_existing_one_is_reused()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var leader = (await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().SingleAsync(p => p.Id == ids["Projektledare"]))).Name;
        var response = await ctx.Client.SubmitAsync(ctx.New, Form(what: "Chefsinfo", newPeople: "Annelie  Thögerson, " + leader.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await (await ctx.Client.GetAsync(ctx.List)).TextAsync();
        Assert.Contains("Annelie Thögerson har lagts till som ny person i organisationen och är ansvarig för aktiviteten.", list, StringComparison.Ordinal);
        Assert.DoesNotContain(leader + " har lagts till", list, StringComparison.OrdinalIgnoreCase);

        var activity = await app.ActivityAsync(ctx.PlanId, "Chefsinfo");
        Assert.Equal(["Annelie Thögerson", leader], activity.Responsibles.Select(r => r.Person.Name).Order(StringComparer.Ordinal));
        var people = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.OrganizationId == ctx.Tenant.OrganizationId).Select(p => p.Name).ToListAsync());
        Assert.Equal(3, people.Count);
        Assert.Contains("Annelie Thögerson", people);
    }

    [Fact]
    public async Task A_reader_gets_no_form_and_another_tenant_gets_404()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = reader.UserId, OrganizationId = ctx.Tenant.OrganizationId, Role = OrganizationRole.Reader });
            return await db.SaveChangesAsync();
        });
        var readerClient = await app.SignedInAsync(reader);
        var list = await (await readerClient.GetAsync(ctx.List)).TextAsync();
        Assert.Contains("Information till styrgruppen", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/aktiviteter/ny", list, StringComparison.Ordinal);
        // No follow-up link on any activity (the main menu's "/uppfoljning" is another page).
        Assert.DoesNotMatch(@"/aktiviteter/\d+/uppfoljning", list);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(ctx.New)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(ctx.Edit(ids["Information till styrgruppen"]))).StatusCode);
        // A POST with a valid token from a page the reader may see is still refused.
        var token = Http.AntiforgeryToken(list);
        var post = await readerClient.PostAsync(ctx.New, new FormUrlEncodedContent(new Dictionary<string, string>(Form(what: "Smyg")) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain(await app.ActivitiesAsync(ctx.PlanId), a => a.What == "Smyg");

        var stranger = await app.SignedInAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        foreach (var url in new[] { ctx.List, ctx.New, ctx.Edit(ids["Information till styrgruppen"]), ctx.FollowUp(ids["Information till styrgruppen"]) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        }
        // An activity of another plan, under this plan's address, is 404 too.
        var other = await app.NewPlanAsync(ctx.Tenant.OrganizationId);
        var otherActivity = (await app.ActivitiesAsync(other))[0].Id;
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(ctx.Edit(otherActivity))).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivityFormSqliteTests(SqliteApp app) : ActivityFormTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivityFormPostgresTests(PostgresApp app) : ActivityFormTests(app);
