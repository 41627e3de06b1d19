using System.Text;
using System.Xml.Linq;
using ClosedXML.Excel;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Import;

namespace Kommunpilot.Tests.Communication.Import;

/// <summary>The reader and the preview without a database: what a file must be, and how its rows are understood.</summary>
public sealed class ActivityPlanReaderTests
{
    private static readonly PlanNames Plan = new(new DateOnly(2023, 1, 1), ["Fack", "Styrgruppen"], ["Fysiskt möte", "Nyhetsbrev"], ["Pål Svensson"]);

    private static async Task<SheetTable> TableAsync(byte[] file)
    {
        var (table, problem) = await ActivityPlanReader.ReadAsync(file, TestContext.Current.CancellationToken);
        Assert.True(table is not null, $"Expected a table, got: {problem?.Swedish}");
        return table;
    }

    private static async Task<string> ProblemAsync(byte[] file)
    {
        var (table, problem) = await ActivityPlanReader.ReadAsync(file, TestContext.Current.CancellationToken);
        Assert.Null(table);
        return problem!.Swedish;
    }

    private static async Task<ImportPreview> PreviewAsync(byte[] file, Dictionary<int, ImportField>? choices = null, PlanNames? names = null)
    {
        var table = await TableAsync(file);
        var mapping = ImportColumns.DefaultMapping(table.Columns);
        foreach (var (column, field) in choices ?? [])
        {
            mapping[column] = field;
        }
        return ActivityImport.Preview(table, mapping, names ?? Plan);
    }

    [Fact]
    public async Task The_000_table_is_read_with_its_names_split_on_commas_but_not_on_slashes()
    {
        var preview = await PreviewAsync(Workbooks.Lund());

        Assert.Equal(1, preview.HeaderRow);
        Assert.Equal([ImportField.What, ImportField.MessageText, ImportField.Timing, ImportField.TargetGroups, ImportField.Channels, ImportField.Responsible],
            preview.Columns.Select(c => c.Field));
        Assert.Equal(13, preview.Rows.Count);
        Assert.Equal(0, preview.ErrorCount);
        Assert.Equal(0, preview.WarningCount);
        var first = preview.Rows[0];
        Assert.Equal(("Information berörda förvaltningsdirektörer", "Information och dialog", TimingKind.None), (first.What, first.MessageText, first.Timing.Kind));
        Assert.Equal(["Pål Svensson", "Annelie Thögerson"], first.Responsible.Select(n => n.Name));
        Assert.Equal([false, true], first.Responsible.Select(n => n.IsNew));
        Assert.Equal(["Fysiskt möte/ digitalt möte"], preview.Rows[1].Channels.Select(c => c.Name));
        Assert.Equal(["Annelie Thögerson"], preview.Rows[5].Responsible.Select(n => n.Name));
        Assert.Equal("Status och plan framåt, dialog", preview.Rows[5].MessageText);
        Assert.Equal(["Nyhetsbrev", "Inloggad"], preview.Rows[9].Channels.Select(c => c.Name));
        Assert.Equal(12, preview.Rows[9].Row);
        Assert.Empty(preview.Rows[12].Channels);
        Assert.Equal(
            ["Berörda förvaltningsdirektörer", "Kontaktpersoner möjliga pilotverksamheter", "Samtliga chefer inom Serviceförvaltningen", "Förvaltningsledningsgruppen",
             "Affärsområdesledningarna inom Serviceförvaltningen", "Pilotverksamheternas utsedda kontaktpersoner", "Pilotverksamheternas berörda medarbetare",
             "Service-förvaltningens samtliga medarbetare", "Service-nämnden"],
            preview.Missing.TargetGroups);
        Assert.Equal(["Fysiskt möte/ digitalt möte", "Digitalt möte", "Inloggad"], preview.Missing.Channels);
        Assert.Equal(["Annelie Thögerson", "Thobias Ligneman", "Annelie Thögersen"], preview.Missing.People);
    }

    [Fact]
    public async Task The_004_table_is_found_under_a_title_and_its_timings_and_hours_understood()
    {
        var preview = await PreviewAsync(Workbooks.Lekeberg());

        Assert.Equal(3, preview.HeaderRow);
        Assert.Equal([ImportField.What, ImportField.Timing, ImportField.Responsible, ImportField.PlannedHours], preview.Columns.Select(c => c.Field));
        Assert.Equal(8, preview.Rows.Count);
        Assert.Equal(0, preview.ErrorCount);
        var first = preview.Rows[0];
        Assert.Equal(["Kristin Lundgren", "Ellinor Hailee"], first.Responsible.Select(n => n.Name));
        Assert.Equal((TimingKind.Month, new DateOnly(2023, 6, 1), new DateOnly(2023, 6, 30)), (first.Timing.Kind, first.Timing.Start, first.Timing.End));
        Assert.Equal(8m, first.PlannedHours);
        Assert.Equal(2.5m, preview.Rows[1].PlannedHours);
        Assert.Equal((new DateOnly(2023, 6, 1), new DateOnly(2023, 9, 30)), (preview.Rows[1].Timing.Start, preview.Rows[1].Timing.End));
        Assert.Equal(TimingKind.Season, preview.Rows[6].Timing.Kind);
        Assert.Null(preview.Rows[2].PlannedHours);
        Assert.Equal(ActivityStatus.Planned, preview.Rows[2].Status);
    }

    [Fact]
    public async Task The_export_headers_are_all_recognised_and_the_derived_dates_ignored()
    {
        var file = Workbooks.Xlsx([.. ImportColumns.ExportHeaders],
            [["Nyhetsbrev", "Status", "hösten 2023", "Fack; Styrgruppen", "Nyhetsbrev", "Pål Svensson", 2.5, "Genomförd", new DateTime(2023, 8, 1), new DateTime(2023, 12, 31), "För att alla ska veta", "Via intranätet"]]);
        var preview = await PreviewAsync(file);

        Assert.Equal(
            [ImportField.What, ImportField.MessageText, ImportField.Timing, ImportField.TargetGroups, ImportField.Channels, ImportField.Responsible,
             ImportField.PlannedHours, ImportField.Status, ImportField.Ignore, ImportField.Ignore, ImportField.Why, ImportField.How],
            preview.Columns.Select(c => c.Field));
        Assert.All(preview.Columns, c => Assert.NotNull(c.Column.Recognised));
        var row = Assert.Single(preview.Rows);
        Assert.Equal(("Nyhetsbrev", "Status", 2.5m, ActivityStatus.Done, "För att alla ska veta", "Via intranätet"),
            (row.What, row.MessageText, row.PlannedHours, row.Status, row.Why, row.How));
        Assert.Equal(["Fack", "Styrgruppen"], row.TargetGroups.Select(g => g.Name));
        Assert.False(preview.Missing.Any);
    }

    [Theory]
    [InlineData(" AKTIVITET ", ImportField.What)]
    [InlineData("Vad ska vi göra?", ImportField.What)]
    [InlineData("vad  ska vi\ngöra", ImportField.What)]
    [InlineData("När?", ImportField.Timing)]
    [InlineData("Målgrupper:", ImportField.TargetGroups)]
    [InlineData("Kanaler", ImportField.Channels)]
    [InlineData("Ansvariga", ImportField.Responsible)]
    [InlineData("Vem", ImportField.Responsible)]
    [InlineData("Tid (h)", ImportField.PlannedHours)]
    [InlineData("Timmar", ImportField.PlannedHours)]
    [InlineData("Från", ImportField.Ignore)]
    public void Usual_headers_are_recognised_whatever_their_case_and_spacing(string header, ImportField field) =>
        Assert.Equal(field, ImportColumns.Recognise(header));

    [Fact]
    public void Names_are_split_on_commas_semicolons_and_line_breaks_only()
    {
        Assert.Equal(["Annelie Thögerson"], ActivityImport.SplitNames("Annelie Thögerson,"));
        Assert.Equal(["A", "B", "C", "D"], ActivityImport.SplitNames(" A ;B\nC\r\nD ,, "));
        Assert.Equal(["Fysiskt möte/ digitalt möte"], ActivityImport.SplitNames("Fysiskt möte/ digitalt möte"));
        Assert.Equal(["Barn- och utbildningsförvaltningen"], ActivityImport.SplitNames("Barn- och utbildningsförvaltningen"));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("2,5", 2.5)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("3 h", 3)]
    [InlineData("4 timmar", 4)]
    [InlineData("1 000", 1000)]
    [InlineData("-1", -1)]
    public void Hours_are_read_as_people_write_them(string text, decimal expected)
    {
        Assert.True(ActivityImport.TryParseHours(text, out var hours));
        Assert.Equal(expected, hours);
    }

    [Theory]
    [InlineData("två")]
    [InlineData("2-3")]
    [InlineData("")]
    public void Hours_that_are_not_a_number_are_not_guessed(string text) =>
        Assert.False(ActivityImport.TryParseHours(text, out _));

    [Fact]
    public async Task Bad_cells_are_errors_by_row_and_cell_and_an_unparsed_timing_only_a_warning()
    {
        var file = Workbooks.Xlsx(["Aktivitet", "Tidpunkt", "Tid i h", "Status", "Målgrupp"],
        [
            ["Rätt rad", "juni 2023", 2, "pågår", "fack"],
            ["Negativ tid", null, -3, null, null],
            ["Text som tid", null, "några", null, null],
            ["Okänd status", null, null, "Klar", null],
            [null, "juni 2023", 1, null, null],
            ["Formel", null, new Formula("1+1"), null, null],
            ["Oklar tid", "när andan faller på", null, null, null],
            ["För lång tid", new string('x', 201), null, null, null],
        ]);
        var preview = await PreviewAsync(file);

        Assert.Equal(8, preview.Rows.Count);
        var ok = preview.Rows[0];
        Assert.Empty(ok.Problems);
        Assert.Equal((ActivityStatus.InProgress, "Fack"), (ok.Status, ok.TargetGroups.Single().Name));
        Assert.False(ok.TargetGroups.Single().IsNew);
        Assert.Equal(("C3", "Cellen C3: timmar kan inte vara negativa."), Only(preview, 3));
        Assert.Equal(("C4", "Cellen C4: tiden ska vara ett antal timmar, t.ex. 2 eller 2,5."), Only(preview, 4));
        Assert.StartsWith("Cellen D5: okänd status \"Klar\".", Only(preview, 5).Message, StringComparison.Ordinal);
        Assert.Equal(("A6", "Raden saknar aktivitet (cellen A6 är tom) men har andra värden."), Only(preview, 6));
        Assert.Equal(("C7", "Cellen C7 innehåller en formel; skriv värdet i stället."), Only(preview, 7));
        Assert.Equal(("B9", "Cellen B9 är för lång: Tidpunkt får vara högst 200 tecken."), Only(preview, 9));
        var unclear = preview.Rows.Single(r => r.Row == 8);
        var warning = Assert.Single(unclear.Problems);
        Assert.True(warning.IsWarning);
        Assert.Equal("B8", warning.Cell);
        Assert.Contains(Timing.NotUnderstood, warning.Message.Swedish, StringComparison.Ordinal);
        Assert.Equal(("när andan faller på", TimingKind.Unparsed), (unclear.Timing.Text, unclear.Timing.Kind));
        Assert.Equal(6, preview.ErrorCount);
        Assert.Equal(1, preview.WarningCount);
    }

    [Fact]
    public async Task A_formula_is_never_evaluated_only_reported()
    {
        // A formula over the whole sheet, without a stored value: evaluating it would take very long.
        var file = Workbooks.Patch(Workbooks.Xlsx(["Aktivitet", "Tid i h"], [["Möte", "PLATS"]]), "xl/worksheets/sheet1.xml", xml =>
        {
            var start = xml.IndexOf("<x:c r=\"B2\"", StringComparison.Ordinal);
            var end = xml.IndexOf("</x:c>", start, StringComparison.Ordinal) + "</x:c>".Length;
            return xml[..start] + "<x:c r=\"B2\"><x:f>SUM(A1:XFD1048576)/0</x:f></x:c>" + xml[end..];
        });
        var problem = Assert.Single((await PreviewAsync(file)).Problems);
        Assert.Equal("Cellen B2 innehåller en formel; skriv värdet i stället.", problem.Message.Swedish);
    }

    private static (string? Cell, string Message) Only(ImportPreview preview, int row)
    {
        var problem = Assert.Single(preview.Rows.Single(r => r.Row == row).Problems);
        Assert.False(problem.IsWarning);
        return (problem.Cell, problem.Message.Swedish);
    }

    [Fact]
    public async Task A_thousand_formatted_but_empty_rows_after_the_data_are_not_rows()
    {
        var file = Workbooks.Xlsx(Workbooks.Header000, Workbooks.Rows000, configure: ws =>
        {
            ws.Range("A16:F1015").Style.Fill.BackgroundColor = XLColor.LightYellow;
            ws.Range("A16:F1015").Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            ws.Range("A16:F1015").Style.NumberFormat.Format = "@";
        });
        Assert.True(CellsIn(file) > 6000, "the formatted rows are in the file, as cells");
        var table = await TableAsync(file);

        Assert.Equal(13, table.Rows.Count);
        Assert.Equal(15, table.Rows[^1].Number);
    }

    [Fact]
    public async Task More_than_2000_rows_are_refused_with_a_message()
    {
        var rows = Enumerable.Range(1, 2001).Select(i => new object?[] { $"Aktivitet {i}" });
        Assert.Equal("Bladet har 2001 rader med innehåll; högst 2 000 rader kan importeras på en gång. Dela upp filen.",
            await ProblemAsync(Workbooks.Xlsx(["Aktivitet"], rows)));
    }

    [Fact]
    public async Task The_sheet_named_aktivitetsplan_is_read_before_the_first()
    {
        using var workbook = new XLWorkbook();
        workbook.AddWorksheet("Innehåll").Cell("A1").SetValue("Om planen");
        var sheet = workbook.AddWorksheet("Aktivitetsplan");
        sheet.Cell("A1").SetValue("Aktivitet");
        sheet.Cell("A2").SetValue("Rätt blad");
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var table = await TableAsync(stream.ToArray());
        Assert.Equal("Aktivitetsplan", table.SheetName);
        Assert.Equal("Rätt blad", table.Rows.Single().Cells[1].Text);
    }

    [Fact]
    public async Task Without_a_known_header_the_first_row_is_the_header_and_nothing_is_chosen_until_the_user_does()
    {
        var file = Workbooks.Xlsx(["Uppgift", "Datum"], [["Möte", "juni 2023"]]);
        var preview = await PreviewAsync(file);
        Assert.Empty(preview.Rows);
        Assert.Equal(["Ingen kolumn är vald som Aktivitet. Välj vilken kolumn som innehåller aktiviteterna."], preview.ColumnProblems.Select(m => m.Swedish));

        var chosen = await PreviewAsync(file, new() { [1] = ImportField.What, [2] = ImportField.Timing });
        Assert.Empty(chosen.ColumnProblems);
        Assert.Equal(("Möte", TimingKind.Month), (chosen.Rows.Single().What, chosen.Rows.Single().Timing.Kind));

        var twice = await PreviewAsync(file, new() { [1] = ImportField.What, [2] = ImportField.What });
        Assert.Equal(["Kolumnerna A, B är alla valda som Aktivitet. Välj en av dem och ignorera de andra."], twice.ColumnProblems.Select(m => m.Swedish));
    }

    [Fact]
    public async Task Cells_are_read_as_written_dates_as_iso_and_numbers_in_swedish()
    {
        var file = Workbooks.Xlsx(["Aktivitet", "Tidpunkt", "Budskap"], [[2024, new DateTime(2023, 6, 1), "=inte en formel"]]);
        var row = (await PreviewAsync(file)).Rows.Single();
        Assert.Equal(("2024", "2023-06-01", TimingKind.Date, "=inte en formel"), (row.What, row.Timing.Text, row.Timing.Kind, row.MessageText));
        Assert.Empty(row.Problems);
    }

    [Fact]
    public async Task Files_that_are_not_xlsx_are_refused_by_what_they_are_not_by_their_name()
    {
        const string notExcel = "Filen är inte en Excel-fil (.xlsx)";
        Assert.StartsWith(notExcel, await ProblemAsync(Encoding.UTF8.GetBytes("Aktivitet;Budskap\nMöte;Info\n")), StringComparison.Ordinal);
        Assert.StartsWith(notExcel, await ProblemAsync(Encoding.UTF8.GetBytes("%PDF-1.7\n%âãÏÓ\n")), StringComparison.Ordinal);
        Assert.StartsWith(notExcel, await ProblemAsync(Workbooks.Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("[Content_Types].xml", "<Types/>"u8.ToArray()))), StringComparison.Ordinal);
        Assert.StartsWith(notExcel, await ProblemAsync(Workbooks.Zip(("aktiviteter.csv", "Aktivitet\nMöte\n"u8.ToArray()))), StringComparison.Ordinal);
        Assert.StartsWith(notExcel, await ProblemAsync([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), StringComparison.Ordinal);
        Assert.Contains("äldre Excel-fil (.xls) eller lösenordsskyddad", await ProblemAsync([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]), StringComparison.Ordinal);
        Assert.Equal("Filen är tom.", await ProblemAsync([]));
    }

    [Fact]
    public async Task A_damaged_workbook_gets_a_message_not_an_exception()
    {
        var broken = Workbooks.Patch(Workbooks.Lund(), "xl/workbook.xml", _ => "inte xml");
        Assert.StartsWith("Filen kunde inte läsas som en Excel-arbetsbok", await ProblemAsync(broken), StringComparison.Ordinal);
        var truncated = Workbooks.Patch(Workbooks.Lund(), "xl/worksheets/sheet1.xml", xml => xml[..(xml.Length / 2)]);
        Assert.StartsWith("Filen kunde inte läsas som en Excel-arbetsbok", await ProblemAsync(truncated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Macros_are_refused_by_their_part_and_by_their_content_type()
    {
        const string macros = "Filen innehåller makron (.xlsm).";
        var withVba = Workbooks.WithEntry(Workbooks.Lund(), "xl/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);
        Assert.StartsWith(macros, await ProblemAsync(withVba), StringComparison.Ordinal);
        var macroType = Workbooks.Patch(Workbooks.Lund(), "[Content_Types].xml",
            xml => xml.Replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal));
        Assert.StartsWith(macros, await ProblemAsync(macroType), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Size_limits_hold_for_the_file_its_unpacked_content_and_each_part()
    {
        var tooBig = new byte[(5 * 1024 * 1024) + 1];
        "PK\u0003\u0004"u8.CopyTo(tooBig);
        Assert.Equal("Filen är för stor (5,0 MB). Den får vara högst 5 MB.", await ProblemAsync(tooBig));

        // A zip bomb: 20 MB of zeros packs to some kB.
        var bomb = Workbooks.WithEntry(Workbooks.Lund(), "xl/media/image1.png", new byte[20 * 1024 * 1024]);
        Assert.Equal("Filen innehåller en del (xl/media/image1.png) som packas upp till orimligt mycket mer än den tar plats. Den läses inte.", await ProblemAsync(bomb));

        // 55 parts of 1 MB each: none is large enough to count as a bomb, but together they pass 50 MB.
        var parts = Enumerable.Range(1, 55).Select(i => ($"docProps/part{i}.bin", new byte[1024 * 1024]))
            .Prepend(("xl/workbook.xml", "<workbook/>"u8.ToArray())).Prepend(("[Content_Types].xml", "<Types/>"u8.ToArray()));
        var big = Workbooks.Zip([.. parts]);
        Assert.Equal("Filen är för stor uppackad: innehållet får vara högst 50 MB.", await ProblemAsync(big));
    }

    [Fact]
    public async Task A_sheet_with_too_many_cells_is_refused_before_closedxml_holds_it()
    {
        var cells = new StringBuilder();
        for (var r = 1; r <= 25_001; r++)
        {
            cells.Append("<row r=\"").Append(r).Append("\">");
            for (var c = 0; c < 10; c++)
            {
                cells.Append("<c r=\"").Append((char)('A' + c)).Append(r).Append("\" s=\"0\"/>");
            }
            cells.Append("</row>");
        }
        var file = Workbooks.Patch(Workbooks.Lund(), "xl/worksheets/sheet1.xml", xml =>
        {
            var end = xml.IndexOf("</x:sheetData>", StringComparison.Ordinal);
            return xml[..end] + cells.ToString().Replace("<row", "<x:row", StringComparison.Ordinal).Replace("</row>", "</x:row>", StringComparison.Ordinal).Replace("<c ", "<x:c ", StringComparison.Ordinal) + xml[end..];
        });
        Assert.StartsWith("Filen har för många ifyllda eller formaterade celler", await ProblemAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pictures_are_never_decoded_so_a_broken_one_does_not_stop_the_import()
    {
        // ClosedXML 0.95.4 decodes pictures with System.Drawing; a picture it cannot decode would fail the whole file.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        var withPicture = Workbooks.Xlsx(Workbooks.Header000, Workbooks.Rows000, configure: ws => ws.AddPicture(new MemoryStream(png)).MoveTo(ws.Cell("H2")));
        var media = Assert.Single(ZipNames(withPicture), n => n.StartsWith("xl/media/", StringComparison.Ordinal));
        var broken = Workbooks.WithEntry(withPicture, media, [1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Equal(13, (await TableAsync(broken)).Rows.Count);
    }

    [Fact]
    public async Task External_entities_are_never_resolved()
    {
        var secret = Path.GetTempFileName();
        await File.WriteAllTextAsync(secret, "HEMLIGT", TestContext.Current.CancellationToken);
        var file = Workbooks.Patch(Workbooks.Xlsx(["Aktivitet"], [["PLATS"]]), "xl/sharedStrings.xml", xml => xml
            .Replace("<x:sst", $"<!DOCTYPE x:sst [<!ENTITY e SYSTEM \"{new Uri(secret)}\">]><x:sst", StringComparison.Ordinal)
            .Replace("PLATS", "&e;", StringComparison.Ordinal));
        var (table, problem) = await ActivityPlanReader.ReadAsync(file, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("HEMLIGT", table?.Rows.SelectMany(r => r.Cells.Values).Select(c => c.Text) ?? [problem!.Swedish]);
        File.Delete(secret);
    }

    [Fact]
    public void Every_message_of_the_import_has_its_english()
    {
        var resx = Path.Combine(Root(), "src", "Kommunpilot", "Features", "Communication", "Import", "ImportTexts.en.resx");
        var english = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var fields = Enum.GetValues<ImportField>().Select(ImportColumns.NameOf);
        var missing = ImportMessages.All.Concat(fields).Append(Timing.NotUnderstood).Append(Timing.EndBeforeStart).Where(t => !english.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "Without English: " + string.Join("\n", missing));
    }

    private static string Root([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (!File.Exists(Path.Combine(dir.FullName, "Kommunpilot.slnx")))
        {
            dir = dir.Parent!;
        }
        return dir.FullName;
    }

    private static int CellsIn(byte[] xlsx)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var sheet = new StreamReader(archive.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return sheet.ReadToEnd().Split("<x:c ").Length - 1;
    }

    private static List<string> ZipNames(byte[] zip)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        return [.. archive.Entries.Select(e => e.FullName)];
    }
}
