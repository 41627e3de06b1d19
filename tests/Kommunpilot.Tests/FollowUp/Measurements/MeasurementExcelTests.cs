using System.Net;
using System.Net.Http.Headers;
using ClosedXML.Excel;
using Kommunpilot.Features.FollowUp.Measurements;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;

using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Measurements;

/// <summary>Measurements as Excel: the export's layout, export then import gives the same values, formulas stay text or are refused, every problem by row.</summary>
public abstract class MeasurementExcelTests(AppFactory app)
{
    private static MultipartFormDataContent File(byte[] bytes, string name = "matvarden.xlsx")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(MeasurementWorkbook.ContentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static async Task<byte[]> ExportAsync(MeasurementContext ctx)
    {
        var response = await ctx.Api.GetAsync($"{ctx.ApiList}/export/xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MeasurementWorkbook.ContentType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_export_has_the_columns_a_number_cell_a_bold_frozen_header_and_a_formula_like_comment_as_text()
    {
        var ctx = await app.NewMeasurementsAsync();
        await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T1", value = 81, comment = "=SUMMA(A1:A9)" })).JsonAsync(HttpStatusCode.Created);
        using var workbook = new XLWorkbook(new MemoryStream(await ExportAsync(ctx)));
        var sheet = workbook.Worksheet("Mätvärden");
        Assert.Equal(MeasurementWorkbook.Headers, Enumerable.Range(1, 10).Select(c => sheet.Cell(1, c).GetString()));
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(8, rows.Count);
        var row = rows.Single(r => r.Cell(4).GetString() == "2023-T1" && r.Cell(3).GetString() == ctx.Ids.SiteAName);
        Assert.Equal(XLDataType.Number, row.Cell(6).DataType);
        Assert.Equal(81d, row.Cell(6).GetDouble());
        Assert.Equal("tertial 1 2023", row.Cell(5).GetString());
        Assert.Equal("%", row.Cell(7).GetString());
        Assert.False(row.Cell(8).HasFormula);
        Assert.Equal(XLDataType.Text, row.Cell(8).DataType);
        Assert.Equal("=SUMMA(A1:A9)", row.Cell(8).GetString());
        Assert.StartsWith("Testare ", row.Cell(9).GetString());
        Assert.Equal("Kundnöjdhet och kvalitet", row.Cell(2).GetString());
        Assert.True(sheet.Column(1).Width > 10);
    }

    [Fact]
    public async Task Export_then_import_gives_the_same_values_and_changed_rows_update_the_stored_ones()
    {
        var ctx = await app.NewMeasurementsAsync();
        await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.CostKpi, period = "2023", value = 955000, comment = "+ moms, -rabatt @ kontoret" })).JsonAsync(HttpStatusCode.Created);
        var before = await (await ctx.Api.GetAsync(ctx.ApiList)).JsonAsync(HttpStatusCode.OK);
        var bytes = await ExportAsync(ctx);

        var same = await (await ctx.Api.PostAsync($"{ctx.ApiList}/import/xlsx", File(bytes))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, same.GetProperty("new").GetInt32());
        Assert.Equal(0, same.GetProperty("updated").GetInt32());
        Assert.Equal(8, same.GetProperty("unchanged").GetInt32());

        // Into another project of another tenant with the same names: the same values come out.
        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet(1);
            foreach (var row in sheet.RowsUsed().Skip(1).Where(r => r.Cell(4).GetString() == "2022-T1" && r.Cell(3).GetString() == ctx.Ids.SiteAName))
            {
                row.Cell(6).SetValue(74);
            }
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            bytes = stream.ToArray();
        }
        var dry = await (await ctx.Api.PostAsync($"{ctx.ApiList}/import/xlsx?dryRun=true", File(bytes))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, dry.GetProperty("updates").GetInt32());
        Assert.Equal(72m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 1, 1)))!.Value);
        var saved = await (await ctx.Api.PostAsync($"{ctx.ApiList}/import/xlsx", File(bytes))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, saved.GetProperty("updated").GetInt32());
        Assert.Equal(74m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 1, 1)))!.Value);

        var after = await (await ctx.Api.GetAsync(ctx.ApiList)).JsonAsync(HttpStatusCode.OK);
        static string Key(System.Text.Json.JsonElement i) => $"{i.GetProperty("kpiId")}|{i.GetProperty("pilotSiteId")}|{i.GetProperty("period")}|{i.GetProperty("comment")}";
        Assert.Equal(before.GetProperty("items").EnumerateArray().Select(Key).Order(), after.GetProperty("items").EnumerateArray().Select(Key).Order());
        Assert.Equal("+ moms, -rabatt @ kontoret", (await app.StoredAsync(ctx.Ids.CostKpi, null, new DateOnly(2023, 1, 1)))!.Comment);
        Assert.Equal(8, await app.CountAsync(ctx.Ids.ProjectId));
    }

    [Fact]
    public async Task Every_problem_is_reported_by_row_and_nothing_is_imported()
    {
        var ctx = await app.NewMeasurementsAsync();
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Mätvärden");
        string[] header = ["Nyckeltal", "Pilotverksamhet", "Period", "Värde", "Enhet", "Kommentar"];
        for (var c = 0; c < header.Length; c++)
        {
            sheet.Cell(1, c + 1).SetValue(header[c]);
        }
        var kpi = (await app.WithDbAsync(db => Task.FromResult(db.Kpis.IgnoreQueryFilters().Single(k => k.Id == ctx.Ids.SatisfactionKpi).Name)));
        void Row(int r, string k, string site, string period, object value, string unit = "", string comment = "")
        {
            sheet.Cell(r, 1).SetValue(k);
            sheet.Cell(r, 2).SetValue(site);
            sheet.Cell(r, 3).SetValue(period);
            if (value is string s && s.StartsWith('='))
            {
                sheet.Cell(r, 4).FormulaA1 = s[1..];
            }
            else if (value is string text)
            {
                sheet.Cell(r, 4).SetValue(text);
            }
            else
            {
                sheet.Cell(r, 4).SetValue((int)value);
            }
            sheet.Cell(r, 5).SetValue(unit);
            sheet.Cell(r, 6).SetValue(comment);
        }
        Row(2, kpi, ctx.Ids.SiteAName, "2023-T1", 80, "%");             // fine
        Row(3, "Okänt nyckeltal", ctx.Ids.SiteAName, "2023-T1", 80);      // unknown KPI
        Row(4, kpi, "Okänd skola", "2023-T1", 80);                        // unknown site
        Row(5, kpi, ctx.Ids.SiteBName, "2025-T1", 80);                    // outside the life
        Row(6, kpi, ctx.Ids.SiteBName, "2023-T2", "1 200 kr");            // wrong unit
        Row(7, kpi, ctx.Ids.SiteBName, "2023-T3", 80, "kr");              // wrong unit column
        Row(8, kpi, ctx.Ids.SiteBName, "2023-T1", "=40*2");               // a formula
        Row(9, kpi, ctx.Ids.SiteAName, "T1 2023", 81);                    // the same as row 2
        Row(10, kpi, ctx.Ids.SiteAName, "2022-T1", 130);                  // out of range
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var problem = await (await ctx.Api.PostAsync($"{ctx.ApiList}/import/xlsx", File(stream.ToArray()))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Nyckeltalet \"Okänt nyckeltal\" finns inte", problem.Errors("row3"));
        Assert.Contains("Pilotverksamheten \"Okänd skola\" finns inte", problem.Errors("row4"));
        Assert.Contains("utanför nyckeltalets giltighetstid", problem.Errors("row5"));
        Assert.Contains("angivet i kronor (kr)", problem.Errors("row6"));
        Assert.Contains("Cellen E7: enheten \"kr\" stämmer inte", problem.Errors("row7"));
        Assert.Contains("Cellen D8 innehåller en formel", problem.Errors("row8"));
        Assert.Contains("Samma nyckeltal, pilotverksamhet och period som rad 2", problem.Errors("row9"));
        Assert.Contains("för högt", problem.Errors("row10"));
        Assert.Equal("", problem.Errors("row2"));
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));
    }

    [Fact]
    public async Task A_file_that_is_not_excel_is_refused_and_the_import_page_previews_before_it_saves()
    {
        var ctx = await app.NewMeasurementsAsync();
        var notExcel = await (await ctx.Api.PostAsync($"{ctx.ApiList}/import/xlsx", File("Nyckeltal;Värde\n"u8.ToArray()))).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("inte en Excel-fil", notExcel.Errors("file"));

        // The page: upload, preview with counts, import.
        var bytes = await ExportAsync(ctx);
        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet(1);
            var last = sheet.LastRowUsed()!.RowNumber();
            sheet.Row(last).CopyTo(sheet.Row(last + 1));
            var copy = sheet.Row(last + 1);
            copy.Cell(4).SetValue("2023");
            copy.Cell(6).SetValue(880000);
            using var stream = new MemoryStream();
            workbook.SaveAs(stream);
            bytes = stream.ToArray();
        }
        var importUrl = $"{ctx.List}/import";
        var page = await ctx.Pages.HtmlAsync(importUrl);
        var upload = File(bytes);
        upload.Add(new StringContent(Http.AntiforgeryToken(page)), "__RequestVerificationToken");
        var uploaded = await ctx.Pages.PostAsync($"{importUrl}?handler=Upload", upload);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var preview = await (await ctx.Pages.GetAsync(uploaded.Headers.Location!.OriginalString)).TextAsync();
        Assert.Contains("Nya värden: 1", preview);
        Assert.Contains("Oförändrade (samma värde och kommentar finns redan): 7", preview);
        Assert.Contains("Importera värdena (1)", preview);
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));
        var fil = uploaded.Headers.Location!.OriginalString.Split("fil=")[1];
        var imported = await ctx.Pages.PostAsync($"{importUrl}?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["fil"] = fil,
            ["__RequestVerificationToken"] = Http.AntiforgeryToken(preview),
        }));
        imported.AssertRedirectTo(ctx.List);
        Assert.Equal(8, await app.CountAsync(ctx.Ids.ProjectId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasurementExcelSqliteTests(SqliteApp app) : MeasurementExcelTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasurementExcelPostgresTests(PostgresApp app) : MeasurementExcelTests(app);
