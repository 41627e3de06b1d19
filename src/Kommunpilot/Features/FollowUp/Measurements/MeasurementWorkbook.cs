using System.Globalization;
using System.Xml;
using ClosedXML.Excel;
using Kommunpilot.Features.Communication.Import;
using Kommunpilot.Infrastructure.Documents;
using M = Kommunpilot.Features.FollowUp.Measurements.MeasurementMessages;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>A cell of a data row as read: its text (numbers in Swedish form), its number when it holds one, and whether it held a formula.</summary>
public sealed record MeasurementCell(string Address, string Text, decimal? Number, bool IsFormula);

/// <summary>A row of the sheet with content, by its number, with its cells by column name (<see cref="MeasurementWorkbook.Headers"/>).</summary>
public sealed record MeasurementSheetRow(int Number, IReadOnlyDictionary<string, MeasurementCell> Cells)
{
    public MeasurementCell? this[string column] => Cells.GetValueOrDefault(column);
}

/// <summary>
/// A project's measurements as Excel, and the same layout read back: sheet "Mätvärden" with the columns
/// Nyckeltal, Område, Pilotverksamhet, Period (the key, 2022-T1), Periodnamn, Värde (a number cell), Enhet,
/// Kommentar, Inmatad av and Inmatad. Every text is written as a string, never a formula: a comment starting
/// with "=", "+", "-" or "@" stays text (and gets Excel's quote prefix). The reader goes through
/// <see cref="XlsxPackage"/> first (size, real xlsx, zip bomb, macros, cell count), finds the columns by their
/// headings in any order, and reports a formula rather than evaluating it.
/// </summary>
public static class MeasurementWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Mätvärden";
    public const int MaxRows = 5000;

    public const string KpiColumn = "Nyckeltal";
    public const string AreaColumn = "Område";
    public const string SiteColumn = "Pilotverksamhet";
    public const string PeriodColumn = "Period";
    public const string PeriodNameColumn = "Periodnamn";
    public const string ValueColumn = "Värde";
    public const string UnitColumn = "Enhet";
    public const string CommentColumn = "Kommentar";
    public const string EnteredByColumn = "Inmatad av";
    public const string EnteredAtColumn = "Inmatad";

    public static readonly IReadOnlyList<string> Headers =
        [KpiColumn, AreaColumn, SiteColumn, PeriodColumn, PeriodNameColumn, ValueColumn, UnitColumn, CommentColumn, EnteredByColumn, EnteredAtColumn];

    private static readonly int[] MaxWidths = [40, 26, 30, 10, 20, 14, 8, 45, 24, 17];

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>ClosedXML holds a whole workbook in memory: a few at a time.</summary>
    private static readonly SemaphoreSlim Gate = new(2, 2);

    public static string FileName(string projectName) => WordDocument.FileName($"Mätvärden {projectName}", ".xlsx");

    public static byte[] Create(string projectName, MeasurementProject project, IReadOnlyList<MeasurementRow> rows)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"{SheetName} – {projectName}";
        workbook.Properties.Author = "Kommunpilot";
        var sheet = workbook.Worksheets.Add(SheetName);
        for (var c = 0; c < Headers.Count; c++)
        {
            Text(sheet.Cell(1, c + 1), Headers[c]);
        }
        var r = 2;
        foreach (var m in rows)
        {
            var kpi = project.Kpi(m.KpiId);
            Text(sheet.Cell(r, 1), m.Kpi);
            Text(sheet.Cell(r, 2), kpi?.AreaName);
            Text(sheet.Cell(r, 3), m.PilotSite);
            Text(sheet.Cell(r, 4), m.Period.Key);
            Text(sheet.Cell(r, 5), m.Period.Label(Swedish));
            var value = sheet.Cell(r, 6);
            value.SetValue(m.Value);
            value.Style.NumberFormat.Format = m.Decimals <= 0 ? "# ##0" : "# ##0." + new string('0', Math.Clamp(m.Decimals, 1, 4));
            Text(sheet.Cell(r, 7), m.Symbol);
            Text(sheet.Cell(r, 8), m.Comment);
            Text(sheet.Cell(r, 9), m.EnteredBy);
            if (m.EnteredAt != default)
            {
                sheet.Cell(r, 10).SetValue(m.EnteredAt);
                sheet.Cell(r, 10).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
            }
            r++;
        }
        var last = Math.Max(1, r - 1);
        var header = sheet.Range(1, 1, 1, Headers.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E7ECF2");
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Range(1, 1, last, Headers.Count).SetAutoFilter();
        sheet.SheetView.FreezeRows(1);
        // Widths counted from the texts (ClosedXML's AdjustToContents measures with System.Drawing, slowly).
        for (var c = 1; c <= Headers.Count; c++)
        {
            var longest = Enumerable.Range(1, last).Select(i => sheet.Cell(i, c)).Where(cell => !cell.IsEmpty())
                .Select(cell => cell.DataType switch
                {
                    XLDataType.DateTime => 16,
                    XLDataType.Number => cell.GetFormattedString().Length + 1,
                    _ => cell.GetString().Split('\n').Max(line => line.Length),
                })
                .DefaultIfEmpty(0).Max();
            sheet.Column(c).Width = Math.Clamp(longest + 2, 8, MaxWidths[c - 1]);
        }
        sheet.Column(8).Style.Alignment.WrapText = true;
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A text cell: always a string, never a number, date or formula; formula-like text gets the quote prefix.</summary>
    private static void Text(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        var safe = text.All(XmlConvert.IsXmlChar) ? text : new string([.. text.Where(XmlConvert.IsXmlChar)]);
        cell.SetValue(safe);
        cell.DataType = XLDataType.Text;
        if (safe.Length > 0 && safe[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n')
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>Reads the rows of the layout above. Never throws for a bad file: a problem comes back instead.</summary>
    public static async Task<(string? Sheet, IReadOnlyList<MeasurementSheetRow>? Rows, MeasurementMessage? Problem)> ReadAsync(byte[] file, CancellationToken ct)
    {
        var (safe, problem) = XlsxPackage.Open(file);
        if (safe is null)
        {
            return (null, null, Translate(problem));
        }
        if (!await Gate.WaitAsync(TimeSpan.FromSeconds(30), ct))
        {
            return (null, null, new(M.Busy));
        }
        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(safe, writable: false));
            var sheet = workbook.Worksheets.FirstOrDefault(w => string.Equals(w.Name.Trim(), SheetName, StringComparison.OrdinalIgnoreCase))
                ?? workbook.Worksheets.FirstOrDefault();
            if (sheet is null)
            {
                return (null, null, new(M.NoSheet));
            }
            var (rows, rowProblem) = ReadSheet(sheet);
            return (sheet.Name, rows, rowProblem);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            // ClosedXML and the Open XML SDK throw many kinds for a damaged or odd package.
            return (null, null, new(M.Corrupt));
        }
        finally
        {
            Gate.Release();
        }
    }

    private static (IReadOnlyList<MeasurementSheetRow>? Rows, MeasurementMessage? Problem) ReadSheet(IXLWorksheet sheet)
    {
        var cells = new SortedDictionary<int, Dictionary<int, MeasurementCell>>();
        foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents))
        {
            var read = Cell(cell);
            if (read.Text.Length == 0 && !read.IsFormula)
            {
                continue;
            }
            var number = cell.Address.RowNumber;
            if (!cells.TryGetValue(number, out var row))
            {
                cells[number] = row = [];
            }
            row[cell.Address.ColumnNumber] = read;
        }
        if (cells.Count == 0)
        {
            return (null, new(M.NoRows, sheet.Name));
        }
        // The header row: among the first ten, the one naming the most of the columns.
        var (headerRow, columns) = cells.Where(r => r.Key <= 10)
            .Select(r => (Row: r.Key, Columns: r.Value.Where(c => Known(c.Value.Text) is not null).ToDictionary(c => c.Key, c => Known(c.Value.Text)!)))
            .OrderByDescending(r => r.Columns.Count).ThenBy(r => r.Row)
            .First();
        var missing = new[] { KpiColumn, PeriodColumn, ValueColumn }.Where(h => !columns.ContainsValue(h)).ToList();
        if (missing.Count > 0)
        {
            return (null, new(M.MissingColumns, string.Join(", ", missing)));
        }
        var rows = cells.Where(r => r.Key > headerRow)
            .Select(r => new MeasurementSheetRow(r.Key, r.Value.Where(c => columns.ContainsKey(c.Key))
                .GroupBy(c => columns[c.Key]).ToDictionary(g => g.Key, g => g.First().Value)))
            .Where(r => r.Cells.Count > 0)
            .ToList();
        if (rows.Count == 0)
        {
            return (null, new(M.NoRows, sheet.Name));
        }
        return rows.Count > MaxRows ? (null, new(M.TooManyRows, rows.Count, MaxRows)) : (rows, null);
    }

    /// <summary>A heading as one of the columns, whatever its case and surrounding space.</summary>
    private static string? Known(string heading) =>
        Headers.FirstOrDefault(h => string.Equals(h, heading.Trim(), StringComparison.OrdinalIgnoreCase));

    private static MeasurementCell Cell(IXLCell cell)
    {
        var address = cell.Address.ToString() ?? "";
        if (cell.HasFormula)
        {
            // Never read: ClosedXML would evaluate the formula to give its value. The row is refused.
            return new(address, "", null, true);
        }
        switch (cell.DataType)
        {
            case XLDataType.Number:
                var d = cell.GetDouble();
                var number = double.IsFinite(d) && Math.Abs(d) < 1e15 ? (decimal?)Math.Round((decimal)d, 10) : null;
                return new(address, d.ToString("0.##########", Swedish), number, false);
            case XLDataType.DateTime:
                var date = cell.GetDateTime();
                return new(address, date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), null, false);
            case XLDataType.Boolean:
                return new(address, cell.GetBoolean() ? "SANT" : "FALSKT", null, false);
            default:
                return new(address, cell.GetString().Replace("\r\n", "\n", StringComparison.Ordinal).Trim(), null, false);
        }
    }

    /// <summary>The package check's message in this feature's words.</summary>
    private static MeasurementMessage Translate(ImportMessage? problem) => problem?.Template switch
    {
        ImportMessages.EmptyFile => new(M.EmptyFile),
        ImportMessages.TooBig => new(M.TooBig, problem.Args),
        ImportMessages.OldOrEncrypted => new(M.OldOrEncrypted),
        ImportMessages.Macros => new(M.Macros),
        ImportMessages.TooBigUnpacked => new(M.TooBigUnpacked),
        ImportMessages.Bomb => new(M.Bomb, problem.Args),
        ImportMessages.TooManyParts => new(M.TooManyParts),
        ImportMessages.TooManyCells => new(M.TooManyCells),
        ImportMessages.Corrupt => new(M.Corrupt),
        _ => new(M.NotXlsx),
    };
}
