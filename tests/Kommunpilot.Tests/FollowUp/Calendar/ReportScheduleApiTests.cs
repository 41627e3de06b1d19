using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.FollowUp.Calendar;

/// <summary>The schedule API: <c>/api/projects/{id}/reports</c>, <c>/api/reports/{id}/schedule</c>, <c>/api/organizations/{id}/reporting-occasions</c>.</summary>
public abstract class ReportScheduleApiTests(AppFactory app)
{
    private async Task<HttpClient> BearerAsync(TestTenant tenant)
    {
        var client = app.NewClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await client.BearerTokenAsync(tenant.Email, tenant.Password));
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_list_has_every_report_with_its_schedule_and_whether_it_is_late_or_due_soon()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var today = CalendarTestKit.Today;
        await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 3, today.AddDays(30));
        await app.AddReportAsync(ids.ProjectId, ReportKind.Final, 1, today.AddDays(-1), ReportStatus.Adopted);
        var client = await BearerAsync(tenant);

        var list = await JsonAsync(await client.GetAsync($"/api/projects/{ids.ProjectId}/reports"), HttpStatusCode.OK);
        Assert.Equal(5, list.GetArrayLength());
        var first = list[0];
        Assert.Equal(("FollowUp", 1, "2022-04-30", "2022-05-31", "Planned", true, false),
            (first.GetProperty("kind").GetString(), first.GetProperty("number").GetInt32(), first.GetProperty("perDate").GetString(),
             first.GetProperty("dueDate").GetString(), first.GetProperty("status").GetString(), first.GetProperty("isLate").GetBoolean(), first.GetProperty("isDueSoon").GetBoolean()));
        Assert.StartsWith("Delårsrapport 1", first.GetProperty("occasion").GetString(), StringComparison.Ordinal);
        Assert.Equal("Serviceförvaltningens ledningsgrupp", first.GetProperty("recipients")[0].GetProperty("name").GetString());
        var third = list[2];
        Assert.Equal((3, false, true), (third.GetProperty("number").GetInt32(), third.GetProperty("isLate").GetBoolean(), third.GetProperty("isDueSoon").GetBoolean()));
        Assert.Equal(("Evaluation", "Final"), (list[3].GetProperty("kind").GetString(), list[4].GetProperty("kind").GetString()));
        Assert.Equal((false, false, "Adopted"), (list[4].GetProperty("isLate").GetBoolean(), list[4].GetProperty("isDueSoon").GetBoolean(), list[4].GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.String, list[4].GetProperty("adoptedOn").ValueKind);
    }

    [Fact]
    public async Task A_report_is_created_and_rescheduled_through_the_api_with_the_rules_of_the_pages()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var board = await app.AddDecisionBodyAsync(tenant.OrganizationId, "Servicenämnden");
        var client = await BearerAsync(tenant);
        var url = $"/api/projects/{ids.ProjectId}/reports";

        var created = await JsonAsync(await client.PostAsJsonAsync(url, new { kind = "FollowUp", perDate = "2022-10-31", dueDate = "2022-11-30", occasionId = ids.InterimOccasion, decisionBodyIds = new[] { board }, recipientNames = new[] { "Styrgruppen" } }), HttpStatusCode.Created);
        Assert.Equal(3, created.GetProperty("number").GetInt32());
        Assert.Equal("Servicenämnden", created.GetProperty("recipients")[0].GetProperty("name").GetString());
        Assert.Equal(board, created.GetProperty("recipients")[0].GetProperty("decisionBodyId").GetInt32());

        var bad = await JsonAsync(await client.PostAsJsonAsync(url, new { kind = "FollowUp", number = 2, perDate = "2023-04-30", dueDate = "2023-04-01" }), HttpStatusCode.BadRequest);
        Assert.Contains("nummer 2", bad.GetProperty("errors").GetProperty("number")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Förfallodagen kan inte vara före", bad.GetProperty("errors").GetProperty("dueDate")[0].GetString(), StringComparison.Ordinal);
        var noDue = await JsonAsync(await client.PostAsJsonAsync(url, new { kind = "Evaluation" }), HttpStatusCode.BadRequest);
        Assert.True(noDue.GetProperty("errors").TryGetProperty("dueDate", out _));
        var badKind = await JsonAsync(await client.PostAsJsonAsync(url, new { kind = "Delårsrapport", dueDate = "2023-01-01" }), HttpStatusCode.BadRequest);
        Assert.True(badKind.GetProperty("errors").TryGetProperty("kind", out _));

        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetString();
        var changed = await JsonAsync(await client.PutAsJsonAsync($"/api/reports/{id}/schedule", new { kind = "FollowUp", number = 5, title = "Novemberprognos 2022", perDate = "2022-10-31", dueDate = "2022-12-05", recipientNames = new[] { "Kontaktpersoner på pilotverksamheterna" }, version }), HttpStatusCode.OK);
        Assert.Equal((5, "2022-12-05", 1), (changed.GetProperty("number").GetInt32(), changed.GetProperty("dueDate").GetString(), changed.GetProperty("recipients").GetArrayLength()));
        Assert.NotEqual(version, changed.GetProperty("version").GetString());

        var stale = await JsonAsync(await client.PutAsJsonAsync($"/api/reports/{id}/schedule", new { kind = "FollowUp", dueDate = "2023-01-01", version }), HttpStatusCode.Conflict);
        Assert.Equal("2022-12-05", stale.GetProperty("current").GetProperty("dueDate").GetString());
        Assert.Equal(changed.GetProperty("version").GetString(), stale.GetProperty("currentVersion").GetString());
        var noVersion = await JsonAsync(await client.PutAsJsonAsync($"/api/reports/{id}/schedule", new { kind = "FollowUp", dueDate = "2023-01-01" }), HttpStatusCode.BadRequest);
        Assert.True(noVersion.GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task An_adopted_report_is_not_rescheduled_a_reader_is_refused_and_another_tenant_gets_404()
    {
        var owner = await app.NewTenantAsync(OrganizationRole.Editor);
        var ids = await app.NewFollowUpAsync(owner.OrganizationId);
        var adopted = await app.AddReportAsync(ids.ProjectId, ReportKind.Final, 1, new DateOnly(2024, 3, 31), ReportStatus.Adopted);
        var client = await BearerAsync(owner);
        var version = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == adopted).Version;
        var refused = await JsonAsync(await client.PutAsJsonAsync($"/api/reports/{adopted}/schedule", new { kind = "Final", dueDate = "2030-01-01", version }), HttpStatusCode.Conflict);
        Assert.Equal("Rapporten är fastställd.", refused.GetProperty("title").GetString());
        Assert.Equal(new DateOnly(2024, 3, 31), (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == adopted).DueDate);

        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(reader.UserId, owner.OrganizationId, OrganizationRole.Reader);
        var readerClient = await BearerAsync(reader);
        await JsonAsync(await readerClient.GetAsync($"/api/projects/{ids.ProjectId}/reports"), HttpStatusCode.OK);
        await JsonAsync(await readerClient.PostAsJsonAsync($"/api/projects/{ids.ProjectId}/reports", new { kind = "FollowUp", dueDate = "2023-01-01" }), HttpStatusCode.Forbidden);
        await JsonAsync(await readerClient.PutAsJsonAsync($"/api/reports/{ids.FollowUpReport2}/schedule", new { kind = "FollowUp", dueDate = "2023-01-01", version = Guid.NewGuid() }), HttpStatusCode.Forbidden);
        await JsonAsync(await readerClient.GetAsync($"/api/organizations/{owner.OrganizationId}/reporting-occasions"), HttpStatusCode.OK);
        await JsonAsync(await readerClient.PostAsJsonAsync($"/api/organizations/{owner.OrganizationId}/reporting-occasions", new { name = "X", kind = "Own", perMonth = 1, perDay = 1, dueMonth = 2, dueDay = 1 }), HttpStatusCode.Forbidden);

        var stranger = await BearerAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        await JsonAsync(await stranger.GetAsync($"/api/projects/{ids.ProjectId}/reports"), HttpStatusCode.NotFound);
        await JsonAsync(await stranger.PostAsJsonAsync($"/api/projects/{ids.ProjectId}/reports", new { kind = "FollowUp", dueDate = "2023-01-01" }), HttpStatusCode.NotFound);
        await JsonAsync(await stranger.PutAsJsonAsync($"/api/reports/{ids.FollowUpReport2}/schedule", new { kind = "FollowUp", dueDate = "2023-01-01", version = Guid.NewGuid() }), HttpStatusCode.NotFound);
        await JsonAsync(await stranger.GetAsync($"/api/organizations/{owner.OrganizationId}/reporting-occasions"), HttpStatusCode.NotFound);
        await JsonAsync(await stranger.DeleteAsync($"/api/organizations/{owner.OrganizationId}/reporting-occasions/{ids.InterimOccasion}?version={Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Reporting_occasions_are_listed_added_changed_and_deleted_with_their_rules_and_versions()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        await app.AddStandardCalendarAsync(tenant.OrganizationId);
        var client = await BearerAsync(tenant);
        var url = $"/api/organizations/{tenant.OrganizationId}/reporting-occasions";

        var list = await JsonAsync(await client.GetAsync(url), HttpStatusCode.OK);
        Assert.Equal(["Delårsrapport 1", "Delårsrapport 2", "Novemberprognos", "Årsanalys"], list.EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList());

        var leap = await JsonAsync(await client.PostAsJsonAsync(url, new { name = "Skottdag", kind = "Own", perMonth = 2, perDay = 29, dueMonth = 3, dueDay = 31 }), HttpStatusCode.BadRequest);
        Assert.Contains("29 februari finns inte varje år", leap.GetProperty("errors").GetProperty("perDay")[0].GetString(), StringComparison.Ordinal);
        var feb30 = await JsonAsync(await client.PostAsJsonAsync(url, new { name = "Februari", kind = "Own", perMonth = 1, perDay = 31, dueMonth = 2, dueDay = 30 }), HttpStatusCode.BadRequest);
        Assert.Contains("30 februari finns inte", feb30.GetProperty("errors").GetProperty("dueDay")[0].GetString(), StringComparison.Ordinal);
        var taken = await JsonAsync(await client.PostAsJsonAsync(url, new { name = "ÅRSANALYS", kind = "AnnualAnalysis", perMonth = 12, perDay = 31, dueMonth = 2, dueDay = 28 }), HttpStatusCode.BadRequest);
        Assert.True(taken.GetProperty("errors").TryGetProperty("name", out _));
        var missing = await JsonAsync(await client.PostAsJsonAsync(url, new { name = "Utan dagar", kind = "Own" }), HttpStatusCode.BadRequest);
        Assert.True(missing.GetProperty("errors").TryGetProperty("perMonth", out _));

        var created = await JsonAsync(await client.PostAsJsonAsync(url, new { name = "Halvårsbokslut", kind = "Own", perMonth = 6, perDay = 30, dueMonth = 8, dueDay = 15 }), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetString();
        var changed = await JsonAsync(await client.PutAsJsonAsync($"{url}/{id}", new { name = "Halvårsrapport", kind = "InterimReport", perMonth = 6, perDay = 30, dueMonth = 8, dueDay = 31, version }), HttpStatusCode.OK);
        Assert.Equal(("Halvårsrapport", "InterimReport", 31), (changed.GetProperty("name").GetString(), changed.GetProperty("kind").GetString(), changed.GetProperty("dueDay").GetInt32()));
        var conflict = await JsonAsync(await client.PutAsJsonAsync($"{url}/{id}", new { name = "Annat namn", kind = "Own", perMonth = 6, perDay = 30, dueMonth = 8, dueDay = 31, version }), HttpStatusCode.Conflict);
        Assert.Equal("Halvårsrapport", conflict.GetProperty("current").GetProperty("name").GetString());
        await JsonAsync(await client.DeleteAsync($"{url}/{id}?version={version}"), HttpStatusCode.Conflict);
        await JsonAsync(await client.DeleteAsync($"{url}/{id}"), HttpStatusCode.BadRequest);
        await JsonAsync(await client.DeleteAsync($"{url}/{id}?version={changed.GetProperty("version").GetString()}"), HttpStatusCode.NoContent);
        Assert.Equal(4, (await app.OccasionsAsync(tenant.OrganizationId)).Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportScheduleApiSqliteTests(SqliteApp app) : ReportScheduleApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportScheduleApiPostgresTests(PostgresApp app) : ReportScheduleApiTests(app);
