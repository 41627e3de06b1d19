using System.IO.Compression;
using System.Net;
using ClosedXML.Excel;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;
using static Kommunpilot.Tests.Communication.Documents.DocumentsTestKit;

namespace Kommunpilot.Tests.Communication.Documents;

public abstract class ExcelExportTests(AppFactory app)
{
    private static readonly string[] Headers =
        ["Aktivitet", "Budskap", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig", "Tid i h", "Status", "Från", "Till", "Varför", "Hur"];

    /// <summary>A row as text; dates as yyyy-MM-dd (ClosedXML 0.95 does not apply a date format when formatting).</summary>
    private static string[] RowOf(IXLWorksheet sheet, int row) =>
        [.. Enumerable.Range(1, Headers.Length).Select(c => sheet.Cell(row, c) is { DataType: XLDataType.DateTime } date
            ? date.GetDateTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : sheet.Cell(row, c).GetFormattedString())];

    [Fact]
    public async Task The_activity_plan_exports_with_the_exact_header_and_typed_values()
    {
        var ctx = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var client = await app.SignedInAsync(ctx.Tenant);
        var title = await app.PlanTitleAsync(ctx.PlanId);

        var response = await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/xlsx");
        var bytes = await response.FileAsync(XlsxType);
        Assert.Equal($"Aktivitetsplan {title}.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = Assert.Single(workbook.Worksheets);
        Assert.Equal("Aktivitetsplan", sheet.Name);
        Assert.Equal(Headers, RowOf(sheet, 1));
        Assert.All(Enumerable.Range(1, Headers.Length), c => Assert.True(sheet.Cell(1, c).Style.Font.Bold));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:L4", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(4, sheet.LastRowUsed().RowNumber());
        Assert.All(Enumerable.Range(1, Headers.Length), c => Assert.InRange(sheet.Column(c).Width, 10, 50));

        var done = sheet.Row(2);
        Assert.Equal("Information till styrgruppen", done.Cell(1).GetString());
        Assert.Equal("Information och dialog", done.Cell(2).GetString());
        Assert.Equal("mars 2023", done.Cell(3).GetString());
        Assert.Equal("Styrgruppen", done.Cell(4).GetString());
        Assert.Equal("Fysiskt möte", done.Cell(5).GetString());
        Assert.StartsWith("Projektledare ", done.Cell(6).GetString(), StringComparison.Ordinal);
        Assert.Equal(XLDataType.Number, done.Cell(7).DataType);
        Assert.Equal(4d, done.Cell(7).GetDouble());
        Assert.Equal("Genomförd", done.Cell(8).GetString());
        Assert.Equal(XLDataType.DateTime, done.Cell(9).DataType);
        Assert.Equal(new DateTime(2023, 3, 1), done.Cell(9).GetDateTime());
        Assert.Equal(new DateTime(2023, 3, 31), done.Cell(10).GetDateTime());
        Assert.Equal("yyyy-mm-dd", done.Cell(10).Style.DateFormat.Format);

        var late = RowOf(sheet, 3);
        Assert.Equal(["Nyhetsbrev till medarbetare", "Statusuppdatering", "hösten 2023", "Medarbetare", "Nyhetsbrev"], late[..5]);
        Assert.Matches("^Kommunikatör \\w+, Projektledare \\w+$", late[5]);
        Assert.Equal(["2", "Planerad", "2023-08-01", "2023-12-31", "", ""], late[6..]);

        // Timing not understood: kept as written, no dates.
        Assert.Equal(["Workshop med pilotverksamheter", "", "någon gång till hösten kanske", "Medarbetare", "", "", "", "Planerad", "", "", "", ""], RowOf(sheet, 4));
        Assert.True(sheet.Cell(4, 9).IsEmpty());
    }

    [Theory]
    [InlineData("=SUMMA(A1)")]
    [InlineData("=HYPERLINK(\"http://example.com\";\"klicka\")")]
    [InlineData("+46 70 123 45 67")]
    [InlineData("-5")]
    [InlineData("@x")]
    [InlineData("\t=1+1")]
    [InlineData("0046")]
    [InlineData("2023-06-01")]
    public async Task Text_that_looks_like_a_formula_or_number_is_written_as_text_and_reads_back_unchanged(string text)
    {
        var ctx = await app.NewPlanContextAsync();
        await app.ChangePlanAsync(ctx.PlanId, (plan, _) =>
        {
            var activity = new PlanActivity { What = text, MessageText = text, Why = text, How = "Hur: " + text, Order = 10 };
            activity.SetTiming(text, plan.PeriodStart);
            plan.Activities.Add(activity);
        });
        var client = await app.SignedInAsync(ctx.Tenant);

        var bytes = await (await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/xlsx")).FileAsync(XlsxType);

        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            var sheetXml = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
            Assert.DoesNotContain("<f>", sheetXml, StringComparison.Ordinal);
            Assert.DoesNotContain("<f ", sheetXml, StringComparison.Ordinal);
            Assert.DoesNotContain(":f>", sheetXml, StringComparison.Ordinal);
        }
        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Aktivitetsplan");
        var row = sheet.Row(5);
        // The timing is stored trimmed (as written, without surrounding white space); the other texts exactly as typed.
        foreach (var (column, expected) in new[] { (1, text), (2, text), (3, text.Trim()), (11, text) })
        {
            var cell = row.Cell(column);
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.Equal(expected, cell.GetString());
        }
        Assert.Equal("Hur: " + text, row.Cell(12).GetString());
    }

    [Fact]
    public async Task Control_characters_pasted_into_a_text_are_left_out_and_the_rest_is_kept()
    {
        var ctx = await app.NewPlanContextAsync();
        await app.ChangePlanAsync(ctx.PlanId, (plan, _) => plan.Activities.Add(new PlanActivity { What = "Styr\u0001tecken och 🚲\r\nny rad", Order = 10 }));
        var client = await app.SignedInAsync(ctx.Tenant);

        using var workbook = new XLWorkbook(new MemoryStream(await (await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/xlsx")).FileAsync(XlsxType)));
        // Line breaks come back as Excel keeps them (a line feed).
        Assert.Equal("Styrtecken och 🚲\nny rad", workbook.Worksheet("Aktivitetsplan").Cell(5, 1).GetString());
    }

    [Fact]
    public async Task A_plan_without_activities_exports_the_header_row_alone()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var planId = await app.WithDbAsync(async db =>
        {
            var plan = new CommunicationPlan { OrganizationId = tenant.OrganizationId, Title = "Tom plan", CalendarToken = CommunicationAccess.NewCalendarToken() };
            db.CommunicationPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
        var client = await app.BearerClientAsync(tenant);

        using var workbook = new XLWorkbook(new MemoryStream(await (await client.GetAsync($"/api/communication-plans/{planId}/export/xlsx")).FileAsync(XlsxType)));
        var sheet = workbook.Worksheet("Aktivitetsplan");
        Assert.Equal(Headers, RowOf(sheet, 1));
        Assert.Equal(1, sheet.LastRowUsed().RowNumber());
    }

    [Fact]
    public async Task Another_tenants_plan_is_404()
    {
        var ctx = await app.NewPlanContextAsync();
        var client = await app.BearerClientAsync(await app.NewTenantAsync());
        await (await client.GetAsync($"/api/communication-plans/{ctx.PlanId}/export/xlsx")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/communication-plans/987654/export/xlsx")).ProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExcelExportSqliteTests(SqliteApp app) : ExcelExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ExcelExportPostgresTests(PostgresApp app) : ExcelExportTests(app);
