using System.Net;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.FollowUp.Calendar;

/// <summary>A project's reports and their schedule (<c>/projekt/{id}/rapporter</c>, <c>ny</c>, <c>{reportId}/schema</c>).</summary>
public abstract class ReportSchedulePageTests(AppFactory app)
{
    private static string List(int projectId) => $"/projekt/{projectId}/rapporter";

    private static Dictionary<string, string> Form(string kind = "FollowUp", string number = "", string title = "", string occasion = "",
        string per = "", string due = "2024-05-31", string names = "", params int[] bodies)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Kind"] = kind,
            ["Input.Number"] = number,
            ["Input.Title"] = title,
            ["Input.OccasionId"] = occasion,
            ["Input.PerDate"] = per,
            ["Input.DueDate"] = due,
            ["Input.Names"] = names,
        };
        for (var i = 0; i < bodies.Length; i++)
        {
            form[$"Input.DecisionBodyIds[{i}]"] = bodies[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return form;
    }

    [Fact]
    public async Task The_list_groups_reports_by_kind_links_each_and_marks_late_and_due_soon()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var today = CalendarTestKit.Today;
        var soon = await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 3, today.AddDays(10), title: "Tredje uppföljningen");
        await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 4, today.AddDays(60));
        await app.AddReportAsync(ids.ProjectId, ReportKind.Final, 1, today.AddDays(-3), ReportStatus.Adopted);
        var html = await client.TextAsync(List(ids.ProjectId));

        Assert.Contains($"href=\"/rapporter/{ids.FollowUpReport1}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rapporter/{soon}\"", html, StringComparison.Ordinal);
        var followUps = html[html.IndexOf("id=\"kind-FollowUp\"", StringComparison.Ordinal)..html.IndexOf("id=\"kind-Evaluation\"", StringComparison.Ordinal)];
        var evaluations = html[html.IndexOf("id=\"kind-Evaluation\"", StringComparison.Ordinal)..html.IndexOf("id=\"kind-Final\"", StringComparison.Ordinal)];
        var final = html[html.IndexOf("id=\"kind-Final\"", StringComparison.Ordinal)..];
        Assert.Contains("Uppföljningsrapport 4", followUps, StringComparison.Ordinal);
        Assert.Contains("Utvärderingsrapport 1", evaluations, StringComparison.Ordinal);
        Assert.Contains("Slutrapport 1", final, StringComparison.Ordinal);
        Assert.Contains("Serviceförvaltningens ledningsgrupp", followUps, StringComparison.Ordinal);
        Assert.Contains($"Delårsrapport 1 ", followUps, StringComparison.Ordinal);

        // 2022's reports are late; the one due in ten days is due soon; the one in 60 days is neither; the adopted one never.
        Assert.Equal(2, Count(followUps, "Försenad<"));
        Assert.Equal(1, Count(followUps, "Förfaller snart<"));
        Assert.Equal(1, Count(evaluations, "Försenad<"));
        Assert.Equal(0, Count(final, "Försenad<"));
        Assert.Contains("Fastställd", final, StringComparison.Ordinal);
        Assert.Contains("Ny rapport", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    [Fact]
    public async Task A_new_report_gets_the_next_free_number_its_recipients_and_its_dates()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var board = await app.AddDecisionBodyAsync(tenant.OrganizationId, "Servicenämnden");
        var page = await client.TextAsync(List(ids.ProjectId) + "/ny");
        Assert.Contains("uppföljningsrapport 3, utvärdering 2, slutrapport 1", page, StringComparison.Ordinal);
        Assert.Contains("Servicenämnden", page, StringComparison.Ordinal);

        var response = await client.PostFormAsync(List(ids.ProjectId) + "/ny",
            Form(title: "Delår 1 2023", occasion: ids.InterimOccasion.ToString(System.Globalization.CultureInfo.InvariantCulture), per: "2023-04-30", due: "2023-05-31",
                names: "Serviceförvaltningens ledningsgrupp\nKontaktpersoner på pilotverksamheterna\n\nserviceförvaltningens ledningsgrupp", bodies: board));
        await response.AssertSavedAsync(client, List(ids.ProjectId), "Uppföljningsrapport 3 är planerad.");
        var report = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Kind == ReportKind.FollowUp && r.Number == 3);
        Assert.Equal(("Delår 1 2023", ids.InterimOccasion, new DateOnly(2023, 4, 30), new DateOnly(2023, 5, 31), ReportStatus.Planned),
            (report.Title, report.ReportingOccasionId!.Value, report.PeriodEnd!.Value, report.DueDate, report.Status));
        var recipients = report.Recipients.OrderBy(r => r.Order).Select(r => $"{r.DecisionBodyId}|{r.Name}").ToList();
        Assert.Equal([$"{board}|", "|Serviceförvaltningens ledningsgrupp", "|Kontaktpersoner på pilotverksamheterna"], recipients);
    }

    [Fact]
    public async Task Bad_schedules_are_refused_with_swedish_messages_and_the_input_kept()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var url = List(ids.ProjectId) + "/ny";
        var duplicate = await client.PostFormAsync(url, Form(number: "2", title: "Behåll titeln"));
        await duplicate.AssertRejectedAsync("Projektet har redan en rapport av den typen med nummer 2. Nästa lediga nummer är 3.", "Behåll titeln");
        var before = await client.PostFormAsync(url, Form(per: "2023-08-31", due: "2023-08-30"));
        await before.AssertRejectedAsync("Förfallodagen kan inte vara före dagen rapporten avser (2023-08-31).");
        var missing = await client.PostFormAsync(url, Form(due: ""));
        await missing.AssertRejectedAsync("Ange när rapporten ska vara klar (förfallodag).");
        var notADate = await client.PostFormAsync(url, Form(due: "31 maj"));
        await notADate.AssertRejectedAsync("Värdet '31 maj' är inte ett datum för Ska vara klar.");
        var zero = await client.PostFormAsync(url, Form(number: "0"));
        await zero.AssertRejectedAsync("Numret ska vara mellan 1 och 999.");

        // Another organisation's occasion and decision body are not choices.
        var (other, _) = await app.SignedInTenantAsync();
        var otherIds = await app.NewFollowUpAsync(other.OrganizationId);
        var otherBoard = await app.AddDecisionBodyAsync(other.OrganizationId, "Främmande nämnd");
        var foreign = await client.PostFormAsync(url, Form(occasion: otherIds.InterimOccasion.ToString(System.Globalization.CultureInfo.InvariantCulture), bodies: otherBoard));
        await foreign.AssertRejectedAsync("Rapporttillfället finns inte i den ledande organisationens rapportkalender.", "Ett valt beslutsorgan finns inte i den ledande organisationen.");

        // Number 2 of another kind is fine.
        var evaluation = await client.PostFormAsync(url, Form(kind: "Evaluation", number: "2", per: "2023-12-31", due: "2024-02-28"));
        await evaluation.AssertSavedAsync(client, List(ids.ProjectId), "Utvärderingsrapport 2 är planerad.");
        Assert.Equal(4, (await app.ReportsAsync(ids.ProjectId)).Count);
    }

    [Fact]
    public async Task A_schedule_change_checks_the_version_and_replaces_the_recipients()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var board = await app.AddDecisionBodyAsync(tenant.OrganizationId, "Kommunstyrelsen");
        var url = $"{List(ids.ProjectId)}/{ids.FollowUpReport1}/schema";
        var page = await client.TextAsync(url);
        Assert.Contains("Serviceförvaltningens ledningsgrupp", page, StringComparison.Ordinal);
        var stale = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == ids.FollowUpReport1).Version.ToString();

        var saved = await client.PostFormAsync(url, new Dictionary<string, string>(Form(number: "1", per: "2022-04-30", due: "2022-06-15", names: "Kontaktpersoner på pilotverksamheterna", bodies: board)) { ["Input.Version"] = stale });
        await saved.AssertSavedAsync(client, List(ids.ProjectId), "Schemat för Uppföljningsrapport 1 är sparat.");
        var report = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == ids.FollowUpReport1);
        Assert.Equal(new DateOnly(2022, 6, 15), report.DueDate);
        Assert.Equal([$"{board}|", "|Kontaktpersoner på pilotverksamheterna"], report.Recipients.OrderBy(r => r.Order).Select(r => $"{r.DecisionBodyId}|{r.Name}").ToList());

        // The same stale version again, changing only the recipients: a conflict, nothing written.
        var conflict = await client.PostFormAsync(url, new Dictionary<string, string>(Form(number: "1", per: "2022-04-30", due: "2022-06-15", names: "Styrgruppen")) { ["Input.Version"] = stale });
        var html = WebUtility.HtmlDecode(await conflict.BodyAsync());
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("Styrgruppen", html, StringComparison.Ordinal);
        Assert.DoesNotContain((await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == ids.FollowUpReport1).Recipients, r => r.Name == "Styrgruppen");

        var deleteStale = await client.PostFormAsync(url, new() { ["Input.Version"] = stale }, url + "?handler=Delete");
        Assert.Contains("Ändrad av någon annan", WebUtility.HtmlDecode(await deleteStale.BodyAsync()), StringComparison.Ordinal);
        var current = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == ids.FollowUpReport1).Version.ToString();
        var deleted = await client.PostFormAsync(url, new() { ["Input.Version"] = current }, url + "?handler=Delete");
        await deleted.AssertSavedAsync(client, List(ids.ProjectId), "Uppföljningsrapport 1 är borttagen.");
        Assert.DoesNotContain(await app.ReportsAsync(ids.ProjectId), r => r.Id == ids.FollowUpReport1);
    }

    [Fact]
    public async Task An_adopted_report_is_never_changed_or_deleted_by_the_schedule()
    {
        var (tenant, client) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var adopted = await app.AddReportAsync(ids.ProjectId, ReportKind.FollowUp, 3, new DateOnly(2022, 11, 30), ReportStatus.Adopted, new DateOnly(2022, 10, 31));
        var url = $"{List(ids.ProjectId)}/{adopted}/schema";
        var page = await client.TextAsync(url);
        Assert.Contains("Rapporten är fastställd och kan inte ändras", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.DueDate\"", page, StringComparison.Ordinal);
        var version = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == adopted).Version.ToString();

        var token = Http.AntiforgeryToken(await client.HtmlAsync(List(ids.ProjectId) + "/ny"));
        var change = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(Form(number: "3", due: "2030-01-01")) { ["Input.Version"] = version, ["__RequestVerificationToken"] = token }));
        await change.AssertRejectedAsync("Rapporten är fastställd och kan inte ändras eller tas bort.");
        var delete = await client.PostAsync(url + "?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Version"] = version, ["__RequestVerificationToken"] = token }));
        await delete.AssertRejectedAsync("Rapporten är fastställd och kan inte ändras eller tas bort.");
        var stored = (await app.ReportsAsync(ids.ProjectId)).Single(r => r.Id == adopted);
        Assert.Equal((new DateOnly(2022, 11, 30), version), (stored.DueDate, stored.Version.ToString()));
    }

    [Fact]
    public async Task A_reader_sees_the_list_without_buttons_and_is_refused_the_forms_another_tenant_gets_404()
    {
        var (owner, ownerClient) = await app.SignedInTenantAsync();
        var ids = await app.NewFollowUpAsync(owner.OrganizationId);
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(reader.UserId, owner.OrganizationId, OrganizationRole.Reader);
        var readerClient = await app.SignedInAsync(reader);
        var html = await readerClient.TextAsync(List(ids.ProjectId));
        Assert.Contains("Uppföljningsrapport 1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ny rapport", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ändra schema", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(List(ids.ProjectId) + "/ny")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync(List(ids.ProjectId) + "/planera")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await readerClient.GetAsync($"{List(ids.ProjectId)}/{ids.FollowUpReport1}/schema")).StatusCode);
        var token = Http.AntiforgeryToken(await readerClient.HtmlAsync("/uppfoljning"));
        var post = await readerClient.PostAsync(List(ids.ProjectId) + "/ny", new FormUrlEncodedContent(new Dictionary<string, string>(Form()) { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        var (_, stranger) = await app.SignedInTenantAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(List(ids.ProjectId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{List(ids.ProjectId)}/{ids.FollowUpReport1}/schema")).StatusCode);
        // A report of another project under this project's address is not found either.
        var mine = await app.NewFollowUpAsync(owner.OrganizationId);
        Assert.Equal(HttpStatusCode.NotFound, (await ownerClient.GetAsync($"{List(mine.ProjectId)}/{ids.FollowUpReport1}/schema")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportSchedulePageSqliteTests(SqliteApp app) : ReportSchedulePageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportSchedulePagePostgresTests(PostgresApp app) : ReportSchedulePageTests(app);
