using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Activities;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Activities;

/// <summary><c>/api/communication-plans/{id}/activities</c>: the same rules as the pages, for programs.</summary>
public abstract class ActivitiesApiTests(AppFactory app)
{
    private static readonly JsonSerializerOptions Web = JsonSerializerOptions.Web;

    private static async Task<ActivityDto> DtoAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<ActivityDto>(body, Web)!;
    }

    [Fact]
    public async Task Names_that_do_not_exist_are_rejected_by_name_and_created_with_createMissing()
    {
        var ctx = await app.NewActivityContextAsync();
        var body = new Dictionary<string, object?>
        {
            ["what"] = "Information till fackliga",
            ["messageText"] = "Information",
            ["timing"] = "juni-september 2023",
            ["targetGroups"] = new object[] { "styrgruppen", "Fack" },
            ["channels"] = new object[] { "Fysiskt möte", "Digitalt möte" },
            ["responsible"] = new object[] { "Annelie Thögerson", "Pål Svensson" },
            ["plannedHours"] = 2.5,
        };
        var rejected = await ctx.Client.PostAsJsonAsync(ctx.Api, body);
        var groups = await rejected.FieldErrorsAsync("targetGroups");
        Assert.Equal(["Målgruppen \"Fack\" finns inte i planen. Skicka \"createMissing\": true för att skapa den."], groups);
        var problem = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["Kanalen \"Digitalt möte\" finns inte i planen. Skicka \"createMissing\": true för att skapa den."],
            problem.GetProperty("channels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, problem.GetProperty("responsible").GetArrayLength());
        Assert.Contains("Personen \"Pål Svensson\" finns inte i planens organisation.", problem.GetProperty("responsible")[1].GetString(), StringComparison.Ordinal);
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
        Assert.False(await app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().AnyAsync(s => s.PlanId == ctx.PlanId && s.Name == "Fack")));

        body["createMissing"] = true;
        var created = await ctx.Client.PostAsJsonAsync(ctx.Api, body);
        var dto = await DtoAsync(created, HttpStatusCode.Created);
        Assert.Equal($"{ctx.Api}/{dto.Id}", created.Headers.Location!.OriginalString);
        Assert.Equal(["Styrgruppen", "Fack"], dto.TargetGroups.Select(g => g.Name));
        Assert.Equal(["Fysiskt möte", "Digitalt möte"], dto.Channels.Select(c => c.Name));
        Assert.Equal(["Annelie Thögerson", "Pål Svensson"], dto.Responsible.Select(p => p.Name));
        Assert.Equal((TimingKind.Month, new DateOnly(2023, 6, 1), new DateOnly(2023, 9, 30), 2.5m, ActivityStatus.Planned),
            (dto.TimingKind, dto.Start, dto.End, dto.PlannedHours, dto.Status));
        var people = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters()
            .Where(p => p.OrganizationId == ctx.Tenant.OrganizationId && (p.Name == "Annelie Thögerson" || p.Name == "Pål Svensson")).CountAsync());
        Assert.Equal(2, people);
        Assert.True(await app.WithDbAsync(db => db.Stakeholders.IgnoreQueryFilters().AnyAsync(s => s.PlanId == ctx.PlanId && s.Name == "Fack" && s.Order == 4)));

        // The names now exist: the same names name the same rows, nothing is created twice.
        body["createMissing"] = false;
        body["what"] = "Samverkan";
        var again = await DtoAsync(await ctx.Client.PostAsJsonAsync(ctx.Api, body), HttpStatusCode.Created);
        Assert.Equal(dto.TargetGroups, again.TargetGroups);
        Assert.Equal(dto.Responsible, again.Responsible);
    }

    [Fact]
    public async Task Ids_of_another_plan_and_bad_values_are_400_and_nothing_is_stored()
    {
        var ctx = await app.NewActivityContextAsync();
        var other = await app.NewPlanAsync(ctx.Tenant.OrganizationId);
        var otherIds = await app.IdsAsync(other);
        var response = await ctx.Client.PostAsJsonAsync(ctx.Api, new
        {
            what = "Information",
            targetGroups = new[] { otherIds["Styrgruppen"] },
            channels = new object[] { otherIds["Nyhetsbrev"], true },
            plannedHours = -3,
            milestoneId = 999999,
            timing = new string('x', 201),
        });
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal($"Målgruppen med id {otherIds["Styrgruppen"]} finns inte i planen.", errors.GetProperty("targetGroups")[0].GetString());
        Assert.Equal(2, errors.GetProperty("channels").GetArrayLength());
        Assert.Equal("Timmar kan inte vara negativa.", errors.GetProperty("plannedHours")[0].GetString());
        Assert.Equal("Milstolpen finns inte i planens projekt.", errors.GetProperty("milestoneId")[0].GetString());
        Assert.Equal("Tidpunkten får vara högst 200 tecken.", errors.GetProperty("timing")[0].GetString());

        Assert.Equal(["Beskriv aktiviteten."], await (await ctx.Client.PostAsJsonAsync(ctx.Api, new { what = "" })).FieldErrorsAsync("what"));
        Assert.Contains("Giltiga värden", (await (await ctx.Client.PostAsync(ctx.Api, ApiTestData.Json("{\"what\":\"x\",\"status\":\"Snart\"}"))).FieldErrorsAsync("status"))[0], StringComparison.Ordinal);
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);

        // An unparsed timing is no error: stored as written and flagged.
        var unclear = await DtoAsync(await ctx.Client.PostAsJsonAsync(ctx.Api, new { what = "Enkät", timing = "september-juni 2023" }), HttpStatusCode.Created);
        Assert.Equal(("september-juni 2023", TimingKind.Unparsed, Timing.EndBeforeStart), (unclear.Timing, unclear.TimingKind, unclear.TimingProblem));
    }

    [Fact]
    public async Task Put_and_delete_take_the_version_and_a_stale_one_is_409_with_the_stored_values()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var url = $"{ctx.Api}/{ids["Nyhetsbrev till medarbetare"]}";
        var read = await DtoAsync(await ctx.Client.GetAsync(url));
        object Body(string what, Guid? version, params object[] groups) => new
        {
            what, timing = "hösten 2023", status = "InProgress", targetGroups = groups, channels = new[] { "Nyhetsbrev" }, responsible = read.Responsible.Select(p => p.Id), version,
        };

        Assert.Equal(["Ange den version du läste (version), så att ingen annans ändring skrivs över."],
            await (await ctx.Client.PutAsJsonAsync(url, Body("Utan version", null, "Medarbetare"))).FieldErrorsAsync("version"));
        var first = await DtoAsync(await ctx.Client.PutAsJsonAsync(url, Body("Nyhetsbrev till medarbetare", read.Version, "Allmänheten")));
        Assert.Equal((ActivityStatus.InProgress, "Allmänheten"), (first.Status, first.TargetGroups.Single().Name));
        Assert.NotEqual(read.Version, first.Version);

        // From the old version: 409, the stored values, what differs, and nothing written.
        var stale = await ctx.Client.PutAsJsonAsync(url, Body("Nyhetsbrev om läget", read.Version, "Medarbetare"));
        var problem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        var conflict = problem.Deserialize<ActivityConflictProblem>(Web)!;
        Assert.Equal(first.Version, conflict.CurrentVersion);
        Assert.Equal("Nyhetsbrev till medarbetare", conflict.Current.What);
        Assert.Contains(conflict.Changes, c => c is { Field: "what", Sent: "Nyhetsbrev om läget", Stored: "Nyhetsbrev till medarbetare" });
        Assert.Contains(conflict.Changes, c => c is { Field: "targetGroups", Sent: "Medarbetare", Stored: "Allmänheten" });
        // Stale even when nothing differs.
        await (await ctx.Client.PutAsJsonAsync(url, Body("Nyhetsbrev till medarbetare", read.Version, "Allmänheten"))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Allmänheten", (await DtoAsync(await ctx.Client.GetAsync(url))).TargetGroups.Single().Name);

        await (await ctx.Client.DeleteAsync($"{url}?version={read.Version}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(["Ange den version du läste (version), så att ingen annans ändring skrivs över."], await (await ctx.Client.DeleteAsync(url)).FieldErrorsAsync("version"));
        Assert.Equal(HttpStatusCode.NoContent, (await ctx.Client.DeleteAsync($"{url}?version={first.Version}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(url)).StatusCode);
        Assert.Equal(2, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task Follow_up_makes_the_activity_done_and_counts_towards_a_measurable_goal()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var url = $"{ctx.Api}/{ids["Nyhetsbrev till medarbetare"]}";
        var read = await DtoAsync(await ctx.Client.GetAsync(url));
        var goal = ids["Projektet ska ha presenterats på två konferenser"];

        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        var bad = await ctx.Client.PutAsJsonAsync(url + "/follow-up", new { doneOn = future, actualHours = -1, cost = -5, reach = -2, goalContribution = 1, version = read.Version });
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal("Genomförandedatumet kan inte vara i framtiden.", errors.GetProperty("doneOn")[0].GetString());
        Assert.Equal("Timmar kan inte vara negativa.", errors.GetProperty("actualHours")[0].GetString());
        Assert.Equal("Kostnaden kan inte vara negativ.", errors.GetProperty("cost")[0].GetString());
        Assert.Equal("Antal nådda kan inte vara negativt.", errors.GetProperty("reach")[0].GetString());
        Assert.Equal("Välj det mätbara mål som bidraget räknas mot.", errors.GetProperty("goalContribution")[0].GetString());
        Assert.Equal("Genomförandedatumet kan inte vara före aktivitetens start (2023-08-01).",
            (await (await ctx.Client.PutAsJsonAsync(url + "/follow-up", new { doneOn = "2023-07-01", version = read.Version })).FieldErrorsAsync("doneOn"))[0]);

        var done = await DtoAsync(await ctx.Client.PutAsJsonAsync(url + "/follow-up",
            new { doneOn = "2023-11-20", outcome = "Skickat", reach = 340, actualHours = 3.25, cost = 0, measurableGoalId = goal, version = read.Version }));
        Assert.Equal((ActivityStatus.Done, new DateOnly(2023, 11, 20), 340, 3.25m, goal, 1m),
            (done.Status, done.DoneOn, done.Reach, done.ActualHours, done.MeasurableGoalId, done.GoalContribution));
        var progress = await app.WithDbAsync(async db => MeasurableGoal.ProgressOf(null, await db.PlanActivities.IgnoreQueryFilters()
            .Where(a => a.MeasurableGoalId == goal && a.Status == ActivityStatus.Done).Select(a => a.GoalContribution).ToListAsync()));
        Assert.Equal(2m, progress);
        await (await ctx.Client.PutAsJsonAsync(url + "/follow-up", new { doneOn = "2023-11-21", version = read.Version })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_list_filters_and_orders_by_start_date()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        async Task<string[]> WhatAsync(string query) =>
            [.. (await ctx.Client.GetFromJsonAsync<List<ActivityDto>>(ctx.Api + query, Web))!.Select(a => a.What)];

        Assert.Equal(["Information till styrgruppen", "Nyhetsbrev till medarbetare", "Workshop med pilotverksamheter"], await WhatAsync(""));
        Assert.Equal(["Information till styrgruppen"], await WhatAsync("?status=Done"));
        Assert.Equal(["Nyhetsbrev till medarbetare"], await WhatAsync("?late=true"));
        Assert.Equal(["Nyhetsbrev till medarbetare", "Workshop med pilotverksamheter"], await WhatAsync($"?targetGroupId={ids["Medarbetare"]}"));
        Assert.Equal(["Nyhetsbrev till medarbetare"], await WhatAsync($"?channelId={ids["Nyhetsbrev"]}"));
        Assert.Equal(["Information till styrgruppen", "Nyhetsbrev till medarbetare"], await WhatAsync($"?personId={ids["Projektledare"]}"));
        var other = await app.IdsAsync(await app.NewPlanAsync(ctx.Tenant.OrganizationId));
        Assert.Equal([$"Målgruppen med id {other["Styrgruppen"]} finns inte i planen."],
            await (await ctx.Client.GetAsync($"{ctx.Api}?targetGroupId={other["Styrgruppen"]}")).FieldErrorsAsync("targetGroupId"));
        Assert.NotEmpty(await (await ctx.Client.GetAsync($"{ctx.Api}?status=Snart")).FieldErrorsAsync("status"));

        var openApi = await app.NewClient().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/communication-plans/{id}/activities/{activityId}/follow-up", openApi, StringComparison.Ordinal);
        Assert.Contains("ActivityConflictProblem", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_cannot_write_and_another_tenant_gets_404()
    {
        var ctx = await app.NewActivityContextAsync();
        var ids = await app.IdsAsync(ctx.PlanId);
        var url = $"{ctx.Api}/{ids["Nyhetsbrev till medarbetare"]}";
        var read = await DtoAsync(await ctx.Client.GetAsync(url));
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(reader.UserId, ctx.Tenant.OrganizationId, OrganizationRole.Reader);
        var readerClient = await app.BearerClientAsync(reader);
        Assert.Equal(read.Id, (await DtoAsync(await readerClient.GetAsync(url))).Id);
        await (await readerClient.PostAsJsonAsync(ctx.Api, new { what = "Smyg" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await readerClient.PutAsJsonAsync(url, new { what = "Smyg", status = "Done", version = read.Version })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await readerClient.PutAsJsonAsync(url + "/follow-up", new { doneOn = "2023-11-01", version = read.Version })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await readerClient.DeleteAsync($"{url}?version={read.Version}")).ProblemAsync(HttpStatusCode.Forbidden);

        var stranger = await app.BearerClientAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        await (await stranger.GetAsync(ctx.Api)).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync(ctx.Api, new { what = "Smyg" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PutAsJsonAsync(url, new { what = "Smyg", status = "Done", version = read.Version })).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.DeleteAsync($"{url}?version={read.Version}")).ProblemAsync(HttpStatusCode.NotFound);
        var stored = await app.ActivitiesAsync(ctx.PlanId);
        Assert.Equal(3, stored.Count);
        Assert.Equal(read.Version, stored.Single(a => a.Id == read.Id).Version);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ActivitiesApiSqliteTests(SqliteApp app) : ActivitiesApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ActivitiesApiPostgresTests(PostgresApp app) : ActivitiesApiTests(app);
