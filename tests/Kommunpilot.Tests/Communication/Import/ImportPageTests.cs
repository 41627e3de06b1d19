using System.Net;
using System.Text;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>The import page: upload, preview, column choices, the confirmed import (all or nothing), and who may use it.</summary>
public abstract class ImportPageTests(AppFactory app)
{
    [Fact]
    public async Task The_000_plan_is_refused_with_its_missing_names_and_then_imported_creating_them()
    {
        var ctx = await app.NewImportAsync();
        var preview = await ctx.PreviewAsync(Workbooks.Lund());

        Assert.Contains("Importera 13 aktiviteter", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Skapa saknade målgrupper, kanaler och ansvariga", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Fysiskt möte/ digitalt möte", preview.Html, StringComparison.Ordinal);
        Assert.Equal("What,MessageText,Timing,TargetGroups,Channels,Responsible", preview.Previewed);

        var refused = await (await ctx.SendAsync(preview, "Import")).AssertRejectedAsync(
            "Ingenting importerades",
            "Filen nämner målgrupper, kanaler eller ansvariga som inte finns.",
            "Målgrupper som inte finns i planen: Berörda förvaltningsdirektörer, Kontaktpersoner möjliga pilotverksamheter, Fack,",
            "Kanaler som inte finns i planen: Fysiskt möte/ digitalt möte, Digitalt möte, Inloggad.",
            "Ansvariga som inte finns i organisationen: Pål Svensson, Annelie Thögerson, Thobias Ligneman, Annelie Thögersen.");
        Assert.Contains("Importera 13 aktiviteter", refused, StringComparison.Ordinal);
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
        Assert.Equal(3, (await app.TargetGroupsAsync(ctx.PlanId)).Count);

        var imported = await ctx.SendAsync(preview, "Import", createMissing: true);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(ctx.Url, imported.Headers.Location!.OriginalString);
        var result = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(ctx.Url));
        Assert.Contains("13 aktiviteter importerades till aktivitetsplanen.", result, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{ctx.PlanId}/aktiviteter\"", result, StringComparison.Ordinal);
        Assert.Contains("Inloggad", result, StringComparison.Ordinal);

        var activities = await app.ActivitiesAsync(ctx.PlanId);
        Assert.Equal(16, activities.Count);
        Assert.Equal(Enumerable.Range(1, 16), activities.Select(a => a.Order));
        Assert.Equal(Workbooks.Rows000.Where(r => r.Length > 0).Select(r => (string)r[0]!), activities.Skip(3).Select(a => a.What));
        var first = activities[3];
        Assert.Equal(("Information och dialog", null, TimingKind.None, ActivityStatus.Planned), (first.MessageText, first.TimingText, first.TimingKind, first.Status));
        Assert.Equal(["Berörda förvaltningsdirektörer"], first.TargetGroups);
        Assert.Equal(["Fysiskt möte"], first.Channels);
        Assert.Equal(["Annelie Thögerson", "Pål Svensson"], first.Responsible);
        Assert.Equal(["Nyhetsbrev", "Inloggad"], activities[12].Channels);
        Assert.Equal(["Annelie Thögerson"], activities[8].Responsible);
        Assert.Equal(["Fysiskt möte", "Nyhetsbrev", "Fysiskt möte/ digitalt möte", "Digitalt möte", "Inloggad"], await app.ChannelsAsync(ctx.PlanId));
        Assert.Equal(13, (await app.TargetGroupsAsync(ctx.PlanId)).Count);
        Assert.Equal(6, (await app.PeopleAsync(ctx.Tenant.OrganizationId)).Count);

        // The upload is gone once imported: the preview's address says so, and nothing is imported twice.
        Assert.Contains("Den uppladdade filen finns inte längre", WebUtility.HtmlDecode(await ctx.Client.HtmlAsync($"{ctx.Url}?fil={preview.UploadId}")), StringComparison.Ordinal);
        await (await ctx.SendAsync(preview, "Import", createMissing: true)).AssertRejectedAsync("Den uppladdade filen finns inte längre");
        Assert.Equal(16, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task The_004_plan_is_found_under_its_title_with_two_people_in_a_cell_and_its_timings_understood()
    {
        var ctx = await app.NewImportAsync();
        var preview = await ctx.PreviewAsync(Workbooks.Lekeberg());
        Assert.Contains("rubrikerna på rad 3: 8 rader att importera", preview.Html, StringComparison.Ordinal);
        Assert.Contains("2023-06-01 – 2023-09-30", preview.Html, StringComparison.Ordinal);

        await (await ctx.SendAsync(preview, "Import", createMissing: true)).BodyAsync(HttpStatusCode.Redirect);

        var imported = (await app.ActivitiesAsync(ctx.PlanId)).Skip(3).ToList();
        Assert.Equal(8, imported.Count);
        Assert.Equal(["Ellinor Hailee", "Kristin Lundgren"], imported[0].Responsible);
        Assert.Equal(("Juni 2023", TimingKind.Month, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30), 8m),
            (imported[0].TimingText, imported[0].TimingKind, imported[0].StartDate, imported[0].EndDate, imported[0].PlannedHours));
        Assert.Equal(2.5m, imported[1].PlannedHours);
        Assert.Equal((TimingKind.Season, new DateOnly(2023, 8, 1), new DateOnly(2023, 12, 31)), (imported[2].TimingKind, imported[2].StartDate, imported[2].EndDate));
        Assert.All(imported, a => Assert.Empty(a.TargetGroups));
        Assert.Contains("Kristin Lundgren", await app.PeopleAsync(ctx.Tenant.OrganizationId));
    }

    [Fact]
    public async Task An_unknown_column_is_imported_once_the_user_maps_it_and_only_as_previewed()
    {
        var ctx = await app.NewImportAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "Tidpunkt", "Beräknad tid", "Kommentar"], [["Möte med styrgruppen", "juni 2023", "3,5", "Bokat"]]);
        var preview = await ctx.PreviewAsync(file);
        Assert.Equal([(1, "What"), (2, "Timing"), (3, "Ignore"), (4, "Ignore")], preview.Map);
        Assert.Contains("Okänd rubrik", preview.Html, StringComparison.Ordinal);

        var again = ImportTestKit.Parse(await (await ctx.SendAsync(preview, "Preview", change: new() { [3] = "PlannedHours" })).BodyAsync());
        Assert.Equal([(1, "What"), (2, "Timing"), (3, "PlannedHours"), (4, "Ignore")], again.Map);
        Assert.Equal("What,Timing,PlannedHours,Ignore", again.Previewed);
        Assert.Contains("<td class=\"text-end\">3,5</td>", again.Html, StringComparison.Ordinal);

        // Choices changed after the preview the user saw: shown again, not imported.
        await (await ctx.SendAsync(preview, "Import", change: new() { [3] = "PlannedHours" })).AssertRejectedAsync("Kolumnvalen ändrades efter förhandsgranskningen.");
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);

        await (await ctx.SendAsync(again, "Import")).BodyAsync(HttpStatusCode.Redirect);
        var stored = (await app.ActivitiesAsync(ctx.PlanId)).Last();
        Assert.Equal(("Möte med styrgruppen", 3.5m, new DateOnly(2023, 6, 1)), (stored.What, stored.PlannedHours, stored.StartDate));
    }

    [Fact]
    public async Task Files_that_are_not_excel_are_refused_at_the_upload_with_the_reason()
    {
        var ctx = await app.NewImportAsync();
        await (await ctx.UploadAsync(Encoding.UTF8.GetBytes("Aktivitet;Budskap\nMöte;Info\n"), "aktivitetsplan.xlsx"))
            .AssertRejectedAsync("Filen är inte en Excel-fil (.xlsx).", "Excel-fil (.xlsx)");
        await (await ctx.UploadAsync(Workbooks.WithEntry(Workbooks.Lund(), "xl/vbaProject.bin", [1, 2, 3]), "plan.xlsm"))
            .AssertRejectedAsync("Filen innehåller makron (.xlsm).");
        var tooBig = new byte[(5 * 1024 * 1024) + (300 * 1024)];
        "PK\u0003\u0004"u8.CopyTo(tooBig);
        await (await ctx.UploadAsync(tooBig)).AssertRejectedAsync("Filen är för stor (5,3 MB). Den får vara högst 5 MB.");
        await (await ctx.UploadAsync([])).AssertRejectedAsync("Filen är tom.");
        await (await ctx.UploadAsync(new byte[7 * 1024 * 1024])).AssertRejectedAsync("Filen är för stor (7,0 MB). Den får vara högst 5 MB.");
        var huge = await ctx.UploadAsync(new byte[31 * 1024 * 1024]);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task One_bad_row_stops_the_whole_import()
    {
        var ctx = await app.NewImportAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "Målgrupp", "Tid i h"],
            [["Bra rad", "Ny grupp", 2], ["Också bra", "Styrgruppen", 1], ["Dålig rad", "Styrgruppen", -4]]);
        var preview = await ctx.PreviewAsync(file);
        Assert.Contains("1 fel måste rättas innan importen", preview.Html, StringComparison.Ordinal);
        Assert.Contains("Cellen C4: timmar kan inte vara negativa.", preview.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Importera 3 aktiviteter", preview.Html, StringComparison.Ordinal);

        await (await ctx.SendAsync(preview, "Import", createMissing: true))
            .AssertRejectedAsync("Ingenting importerades: rätta felen i filen (eller kolumnvalen) och försök igen.", "Cellen C4: timmar kan inte vara negativa.");
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
        Assert.DoesNotContain("Ny grupp", await app.TargetGroupsAsync(ctx.PlanId));
    }

    [Fact]
    public async Task A_target_group_added_by_someone_else_after_the_preview_is_used_not_created_twice()
    {
        var ctx = await app.NewImportAsync();
        var preview = await ctx.PreviewAsync(Workbooks.Xlsx(["Aktivitet", "Målgrupp"], [["Möte med facket", "Fack"]]));
        Assert.Contains("Målgrupper som skapas", preview.Html, StringComparison.Ordinal);
        await app.InsertAsync(new Stakeholder { PlanId = ctx.PlanId, Name = "Fack", Order = 9 });

        await (await ctx.SendAsync(preview, "Import", createMissing: true)).BodyAsync(HttpStatusCode.Redirect);

        Assert.Single(await app.TargetGroupsAsync(ctx.PlanId), g => g == "Fack");
        Assert.Equal(["Fack"], (await app.ActivitiesAsync(ctx.PlanId)).Last().TargetGroups);
    }

    [Fact]
    public async Task An_upload_is_only_for_the_user_and_the_plan_it_was_made_for()
    {
        var ctx = await app.NewImportAsync();
        var preview = await ctx.PreviewAsync(Workbooks.Lund());
        var colleague = await app.NewTenantAsync(OrganizationRole.Editor);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = colleague.UserId, OrganizationId = ctx.Tenant.OrganizationId, Role = OrganizationRole.Editor });
            return await db.SaveChangesAsync();
        });
        var other = await app.SignedInClientAsync(colleague.Email, colleague.Password);
        Assert.Contains("Den uppladdade filen finns inte längre", WebUtility.HtmlDecode(await other.HtmlAsync($"{ctx.Url}?fil={preview.UploadId}")), StringComparison.Ordinal);

        var otherPlan = await app.NewPlanAsync(ctx.Tenant.OrganizationId);
        Assert.Contains("Den uppladdade filen finns inte längre", WebUtility.HtmlDecode(await ctx.Client.HtmlAsync($"/kommunikation/{otherPlan}/import?fil={preview.UploadId}")), StringComparison.Ordinal);
        Assert.Contains("Den uppladdade filen finns inte längre", WebUtility.HtmlDecode(await ctx.Client.HtmlAsync($"{ctx.Url}?fil=..%2F..%2Fetc%2Fpasswd")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_sees_no_form_and_cannot_upload_or_import()
    {
        var editor = await app.NewImportAsync();
        var preview = await editor.PreviewAsync(Workbooks.Lund());
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = reader.UserId, OrganizationId = editor.Tenant.OrganizationId, Role = OrganizationRole.Reader });
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(reader.Email, reader.Password);
        var page = WebUtility.HtmlDecode(await client.HtmlAsync(editor.Url));
        Assert.Contains("Du kan läsa planen men inte importera till den", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"file\"", page, StringComparison.Ordinal);

        var readerCtx = editor with { Tenant = reader, Client = client };
        Assert.Equal(HttpStatusCode.Forbidden, (await readerCtx.UploadAsync(Workbooks.Lund())).StatusCode);
        var fields = preview.Form(createMissing: true);
        fields["__RequestVerificationToken"] = Http.AntiforgeryToken(page);
        var import = await client.PostAsync($"{editor.Url}?handler=Import", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(3, (await app.ActivitiesAsync(editor.PlanId)).Count);
    }

    [Fact]
    public async Task The_preview_speaks_english_when_asked()
    {
        var ctx = await app.NewImportAsync();
        var preview = await ctx.PreviewAsync(Workbooks.Xlsx(["Aktivitet", "Tidpunkt", "Tid i h"], [["Möte", "när det passar", -1]]));
        var english = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync($"{ctx.Url}?fil={preview.UploadId}&culture=en&ui-culture=en"));
        Assert.Contains("Preview of aktivitetsplan.xlsx", english, StringComparison.Ordinal);
        Assert.Contains("1 error must be corrected before the import", english, StringComparison.Ordinal);
        Assert.Contains("Cell C2: hours cannot be negative.", english, StringComparison.Ordinal);
        Assert.Contains("Cell B2: The timing could not be understood", english, StringComparison.Ordinal);
        Assert.Contains("<option value=\"PlannedHours\" selected=\"selected\">Hours</option>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_tenants_plan_is_not_found()
    {
        var ctx = await app.NewImportAsync();
        var stranger = await app.NewTenantAsync(OrganizationRole.Administrator);
        var otherPlan = await app.NewPlanAsync(stranger.OrganizationId);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync($"/kommunikation/{otherPlan}/import")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.UploadAsync(Workbooks.Lund(), url: $"/kommunikation/{otherPlan}/import")).StatusCode);
        Assert.Equal(3, (await app.ActivitiesAsync(otherPlan)).Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportPageSqliteTests(SqliteApp app) : ImportPageTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportPagePostgresTests(PostgresApp app) : ImportPageTests(app);
