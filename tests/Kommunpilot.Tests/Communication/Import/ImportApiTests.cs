using System.Net;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Import;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>POST /api/communication-plans/{id}/import/xlsx: the preview, the all-or-nothing save and every bad file.</summary>
public abstract class ImportApiTests(AppFactory app)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.BodyAsync(expected);
        return JsonDocument.Parse(body).RootElement;
    }

    private static string[] Errors(JsonElement problem, string key) =>
        [.. problem.GetProperty("errors").GetProperty(key).EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task A_dry_run_answers_the_preview_and_saves_nothing()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var preview = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl + "?dryRun=true", Workbooks.Lund()), HttpStatusCode.OK);

        Assert.Equal(1, preview.GetProperty("headerRow").GetInt32());
        Assert.Equal(13, preview.GetProperty("rows").GetArrayLength());
        Assert.Equal(0, preview.GetProperty("errors").GetInt32());
        Assert.Equal("What", preview.GetProperty("columns")[0].GetProperty("field").GetString());
        var first = preview.GetProperty("rows")[0];
        Assert.Equal(2, first.GetProperty("row").GetInt32());
        Assert.Equal(["Pål Svensson", "Annelie Thögerson"], first.GetProperty("responsible").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("None", first.GetProperty("timing").GetProperty("kind").GetString());
        Assert.Equal(10, preview.GetProperty("missing").GetProperty("targetGroups").GetArrayLength());
        Assert.Equal(["Fysiskt möte/ digitalt möte", "Digitalt möte", "Inloggad"], preview.GetProperty("missing").GetProperty("channels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task Files_that_are_not_xlsx_too_big_bombs_or_with_macros_are_400_with_a_swedish_reason()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        async Task<string> FileErrorAsync(byte[]? file, string name = "aktivitetsplan.xlsx") =>
            Errors(await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl, file, new() { ["kommentar"] = "utan fil" }, name: name), HttpStatusCode.BadRequest), "file").Single();

        Assert.StartsWith("Filen är inte en Excel-fil (.xlsx).", await FileErrorAsync(Encoding.UTF8.GetBytes("Aktivitet;Budskap\nMöte;Info\n")), StringComparison.Ordinal);
        Assert.StartsWith("Filen är inte en Excel-fil (.xlsx).", await FileErrorAsync(Workbooks.Zip(("readme.txt", "hej"u8.ToArray()))), StringComparison.Ordinal);
        var tooBig = new byte[(5 * 1024 * 1024) + 1000];
        "PK\u0003\u0004"u8.CopyTo(tooBig);
        Assert.StartsWith("Filen är för stor (5,0 MB)", await FileErrorAsync(tooBig), StringComparison.Ordinal);
        Assert.StartsWith("Filen innehåller en del (xl/media/image1.png) som packas upp till orimligt mycket mer",
            await FileErrorAsync(Workbooks.WithEntry(Workbooks.Lund(), "xl/media/image1.png", new byte[30 * 1024 * 1024])), StringComparison.Ordinal);
        Assert.StartsWith("Filen innehåller makron (.xlsm).", await FileErrorAsync(Workbooks.WithEntry(Workbooks.Lund(), "xl/vbaProject.bin", [1, 2, 3]), "plan.xlsm"), StringComparison.Ordinal);
        Assert.StartsWith("Filen kunde inte läsas som en Excel-arbetsbok", await FileErrorAsync(Workbooks.Patch(Workbooks.Lund(), "xl/workbook.xml", _ => "<x")), StringComparison.Ordinal);
        Assert.Equal("Välj en Excel-fil (.xlsx) att importera.", await FileErrorAsync(null));

        var empty = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl, null), HttpStatusCode.BadRequest);
        Assert.Equal("Förfrågan kunde inte läsas.", empty.GetProperty("title").GetString());
        var json = await api.PostAsync(ctx.ApiUrl, new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task A_formula_stops_the_import_and_names_its_cell()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "Tidpunkt", "Tid i h"], [["Möte", "juni 2023", 2], ["Summa", null, new Formula("SUM(C2:C2)")]]);
        var problem = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl, file), HttpStatusCode.BadRequest);

        Assert.Equal(["Cellen C3 innehåller en formel; skriv värdet i stället."], Errors(problem, "row3"));
        Assert.Equal(2, problem.GetProperty("preview").GetProperty("rows").GetArrayLength());
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task A_thousand_formatted_empty_rows_after_the_data_are_passed_over()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var file = Workbooks.Xlsx(Workbooks.Header000, Workbooks.Rows000, configure: ws =>
        {
            ws.Range("A16:F1015").Style.Fill.BackgroundColor = XLColor.LightYellow;
            ws.Range("A16:F1015").Style.Font.Bold = true;
        });
        var result = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl + "?createMissing=true", file), HttpStatusCode.OK);

        Assert.Equal(13, result.GetProperty("imported").GetInt32());
        Assert.Equal(16, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task Negative_hours_in_one_row_save_nothing_of_the_file()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "Målgrupp", "Tid i h"],
            [["Bra rad", "Ny grupp", 2], ["Också bra", "Styrgruppen", "1,5"], ["Dålig rad", "Styrgruppen", -1]]);
        var problem = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl + "?createMissing=true", file), HttpStatusCode.BadRequest);

        Assert.Equal(["Cellen C4: timmar kan inte vara negativa."], Errors(problem, "row4"));
        Assert.False(problem.GetProperty("errors").TryGetProperty("row2", out _));
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
        Assert.DoesNotContain("Ny grupp", await app.TargetGroupsAsync(ctx.PlanId));
    }

    [Fact]
    public async Task An_unknown_target_group_is_refused_and_then_created_when_asked()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "Målgrupp", "Kanal", "Ansvarig"], [["Informera facket", "Fack; styrgruppen", "nyhetsbrev", "Ny Person"]]);

        var refused = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl, file), HttpStatusCode.BadRequest);
        Assert.StartsWith("Målgrupper som inte finns i planen: Fack.", Errors(refused, "targetGroups").Single(), StringComparison.Ordinal);
        Assert.StartsWith("Ansvariga som inte finns i organisationen: Ny Person.", Errors(refused, "responsible").Single(), StringComparison.Ordinal);
        Assert.False(refused.GetProperty("errors").TryGetProperty("channels", out _));
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);

        var created = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl + "?createMissing=true", file), HttpStatusCode.OK);
        Assert.Equal(["Fack"], created.GetProperty("created").GetProperty("targetGroups").EnumerateArray().Select(e => e.GetString()));
        var stored = (await app.ActivitiesAsync(ctx.PlanId)).Last();
        Assert.Equal((4, "Informera facket"), (stored.Order, stored.What));
        Assert.Equal(["Styrgruppen", "Fack"], stored.TargetGroups);
        Assert.Equal(["Nyhetsbrev"], stored.Channels);
        Assert.Equal(["Ny Person"], stored.Responsible);
        Assert.Contains("Ny Person", await app.PeopleAsync(ctx.Tenant.OrganizationId));
    }

    [Fact]
    public async Task An_unparsed_timing_is_imported_as_written_and_flagged()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "När?"], [["Workshop", "när tillfälle ges"], ["Nyhetsbrev", "vecka 12 2023"]]);
        var result = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl, file), HttpStatusCode.OK);

        var warning = result.GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal(("B2", "warning"), (warning.GetProperty("cell").GetString(), warning.GetProperty("severity").GetString()));
        var stored = (await app.ActivitiesAsync(ctx.PlanId)).Skip(3).ToList();
        Assert.Equal(("när tillfälle ges", TimingKind.Unparsed, null, Timing.NotUnderstood), (stored[0].TimingText, stored[0].TimingKind, stored[0].StartDate, stored[0].TimingProblem));
        Assert.Equal((TimingKind.Week, new DateOnly(2023, 3, 20), (string?)null), (stored[1].TimingKind, stored[1].StartDate, stored[1].TimingProblem));
    }

    [Fact]
    public async Task The_columns_of_the_excel_export_import_back_to_the_same_activities()
    {
        var ctx = await app.NewImportAsync();
        var source = await app.ActivitiesAsync(ctx.PlanId);
        // A second plan of the organisation, with the same target groups and channels; the people are the organisation's.
        var target = await app.NewPlanAsync(ctx.Tenant.OrganizationId);
        await app.WithDbAsync(db => db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == target).ExecuteDeleteAsync());
        var file = Workbooks.Xlsx([.. ImportColumns.ExportHeaders], source.Select(a => new object?[]
        {
            a.What, a.MessageText, a.TimingText, string.Join(", ", a.TargetGroups), string.Join(", ", a.Channels), string.Join(", ", a.Responsible),
            a.PlannedHours, CommunicationLabels.Of(a.Status), a.StartDate?.ToDateTime(TimeOnly.MinValue), a.EndDate?.ToDateTime(TimeOnly.MinValue), a.Why, a.How,
        }), sheet: "Aktivitetsplan");

        using var api = await ctx.BearerClientAsync();
        var result = await JsonAsync(await api.PostXlsxAsync($"/api/communication-plans/{target}/import/xlsx", file), HttpStatusCode.OK);

        Assert.Equal(3, result.GetProperty("imported").GetInt32());
        Assert.Equal(source, await app.ActivitiesAsync(target), new StoredActivityComparer());
    }

    [Fact]
    public async Task Columns_are_chosen_through_the_api_by_their_letter()
    {
        var ctx = await app.NewImportAsync();
        using var api = await ctx.BearerClientAsync();
        var file = Workbooks.Xlsx(["Aktivitet", "Kommentar", "Beräknad tid"], [["Möte", "Bokat", "3 h"]]);

        var wrong = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl, file, new() { ["map[C]"] = "Timmar" }), HttpStatusCode.BadRequest);
        Assert.StartsWith("Okänt fält \"Timmar\".", Errors(wrong, "map[C]").Single(), StringComparison.Ordinal);

        var preview = await JsonAsync(await api.PostXlsxAsync(ctx.ApiUrl + "?dryRun=true", file, new() { ["map[C]"] = "PlannedHours", ["map.B"] = "why" }), HttpStatusCode.OK);
        var row = preview.GetProperty("rows")[0];
        Assert.Equal((3m, "Bokat"), (row.GetProperty("plannedHours").GetDecimal(), row.GetProperty("why").GetString()));
    }

    [Fact]
    public async Task A_cookie_call_needs_the_antiforgery_token_and_a_bearer_call_does_not()
    {
        var ctx = await app.NewImportAsync();
        var withoutToken = await JsonAsync(await ctx.Client.PostXlsxAsync(ctx.ApiUrl + "?dryRun=true", Workbooks.Lund()), HttpStatusCode.BadRequest);
        Assert.Equal("Antiforgery-token saknas eller är ogiltig.", withoutToken.GetProperty("title").GetString());

        var token = Http.AntiforgeryToken(await ctx.Client.HtmlAsync(ctx.Url));
        var withField = await ctx.Client.PostXlsxAsync(ctx.ApiUrl + "?dryRun=true", Workbooks.Lund(), new() { ["__RequestVerificationToken"] = token });
        await withField.BodyAsync(HttpStatusCode.OK);

        using var api = await ctx.BearerClientAsync();
        await (await api.PostXlsxAsync(ctx.ApiUrl + "?dryRun=true", Workbooks.Lund())).BodyAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_tenant_404()
    {
        var ctx = await app.NewImportAsync();
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(reader.UserId, ctx.Tenant.OrganizationId, OrganizationRole.Reader);
        var readerCtx = ctx with { Tenant = reader };
        using var readerApi = await readerCtx.BearerClientAsync();
        var denied = await readerApi.PostXlsxAsync(ctx.ApiUrl + "?createMissing=true", Workbooks.Lund());
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var stranger = await app.NewTenantAsync(OrganizationRole.Administrator);
        var strangerCtx = ctx with { Tenant = stranger };
        using var strangerApi = await strangerCtx.BearerClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await strangerApi.PostXlsxAsync(ctx.ApiUrl, Workbooks.Lund())).StatusCode);
        Assert.Equal(3, (await app.ActivitiesAsync(ctx.PlanId)).Count);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_upload()
    {
        using var doc = JsonDocument.Parse(await app.NewClient().GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken));
        var post = doc.RootElement.GetProperty("paths").GetProperty("/api/communication-plans/{id}/import/xlsx").GetProperty("post");
        Assert.Equal("ImportActivityPlanXlsx", post.GetProperty("operationId").GetString());
        var form = post.GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data");
        Assert.Equal("#/components/schemas/ImportForm", form.GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(doc.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("ImportForm").GetProperty("properties").TryGetProperty("file", out _));
        Assert.Contains(post.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "dryRun");
    }

    /// <summary>Equal in every column of the export (not the order, which follows the plan's own activities).</summary>
    private sealed class StoredActivityComparer : IEqualityComparer<StoredActivity>
    {
        public bool Equals(StoredActivity? x, StoredActivity? y) =>
            x is not null && y is not null
            && (x.What, x.MessageText, x.TimingText, x.TimingKind, x.StartDate, x.EndDate, x.TimingProblem, x.PlannedHours, x.Status, x.Why, x.How)
                == (y.What, y.MessageText, y.TimingText, y.TimingKind, y.StartDate, y.EndDate, y.TimingProblem, y.PlannedHours, y.Status, y.Why, y.How)
            && x.TargetGroups.SequenceEqual(y.TargetGroups) && x.Channels.SequenceEqual(y.Channels) && x.Responsible.SequenceEqual(y.Responsible);

        public int GetHashCode(StoredActivity obj) => obj.What.GetHashCode(StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ImportApiSqliteTests(SqliteApp app) : ImportApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ImportApiPostgresTests(PostgresApp app) : ImportApiTests(app);
