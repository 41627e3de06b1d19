using System.Globalization;
using ClosedXML.Excel;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>A column of the sheet: its number (A = 1), letter, header as written and the field it was recognised as.</summary>
public sealed record SheetColumn(int Number, string Letter, string Header, ImportField? Recognised);

/// <summary>A cell as text (numbers in Swedish form, dates as yyyy-MM-dd), with its number when it holds one.</summary>
public sealed record SheetCell(string Address, string Text, bool IsFormula, double? Number, bool IsNumber);

/// <summary>A row with content, by its number in the sheet.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<int, SheetCell> Cells);

/// <summary>What was read from the sheet: the header row, the columns and every row with content under it.</summary>
public sealed record SheetTable(string SheetName, int HeaderRow, IReadOnlyList<SheetColumn> Columns, IReadOnlyList<SheetRow> Rows);

/// <summary>
/// Reads an activity plan from an .xlsx file: the sheet named "Aktivitetsplan" or else the first, its
/// header row (the row among the first ten that names the most usual columns), and the rows under it
/// that have content. Only the cells that hold something are visited, so a thousand formatted but
/// empty rows cost nothing. Pure: bytes in, a table or a problem out; never throws for a bad file.
/// </summary>
public static class ActivityPlanReader
{
    public const int MaxRows = 2000;
    public const int HeaderSearchRows = 10;
    public const string PreferredSheet = "aktivitetsplan";

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>ClosedXML holds a whole workbook in memory: a few at a time.</summary>
    private static readonly SemaphoreSlim Gate = new(2, 2);

    public static async Task<(SheetTable? Table, ImportMessage? Problem)> ReadAsync(byte[] file, CancellationToken ct = default)
    {
        var (safe, problem) = XlsxPackage.Open(file);
        if (safe is null)
        {
            return (null, problem);
        }
        if (!await Gate.WaitAsync(TimeSpan.FromSeconds(30), ct))
        {
            return (null, new(ImportMessages.Busy));
        }
        try
        {
            return Read(safe);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static (SheetTable? Table, ImportMessage? Problem) Read(byte[] safe)
    {
        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(safe, writable: false));
            var sheet = workbook.Worksheets.FirstOrDefault(w => ImportColumns.Normalize(w.Name) == PreferredSheet)
                ?? workbook.Worksheets.FirstOrDefault();
            return sheet is null ? (null, new(ImportMessages.NoSheet)) : ReadSheet(sheet);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML and the Open XML SDK throw many kinds (XmlException, FileFormatException,
            // InvalidOperationException, even NullReferenceException) for a damaged or odd package.
            return (null, new(ImportMessages.Corrupt));
        }
    }

    private static (SheetTable? Table, ImportMessage? Problem) ReadSheet(IXLWorksheet sheet)
    {
        var rows = new SortedDictionary<int, Dictionary<int, SheetCell>>();
        foreach (var cell in sheet.CellsUsed(XLCellsUsedOptions.Contents))
        {
            var read = Cell(cell);
            if (read.Text.Length == 0 && !read.IsFormula)
            {
                continue;
            }
            var number = cell.Address.RowNumber;
            if (!rows.TryGetValue(number, out var row))
            {
                rows[number] = row = [];
            }
            row[cell.Address.ColumnNumber] = read;
        }
        if (rows.Count == 0)
        {
            return (null, new(ImportMessages.NoRows, sheet.Name));
        }

        var headerRow = HeaderRow(rows);
        var dataRows = rows.Where(r => r.Key > headerRow).Select(r => new SheetRow(r.Key, r.Value)).ToList();
        if (dataRows.Count > MaxRows)
        {
            return (null, new(ImportMessages.TooManyRows, dataRows.Count));
        }
        if (dataRows.Count == 0)
        {
            return (null, new(ImportMessages.NoRows, sheet.Name));
        }
        var header = rows[headerRow];
        var columns = header.Keys.Concat(dataRows.SelectMany(r => r.Cells.Keys)).Distinct().Order()
            .Select(n =>
            {
                var text = header.TryGetValue(n, out var h) ? h.Text : "";
                return new SheetColumn(n, XLHelper.GetColumnLetterFromNumber(n), text, ImportColumns.Recognise(text));
            })
            .ToList();
        return (new SheetTable(sheet.Name, headerRow, columns, dataRows), null);
    }

    /// <summary>The row among the first ten that names the most usual columns; the first row with content when none does.</summary>
    private static int HeaderRow(SortedDictionary<int, Dictionary<int, SheetCell>> rows)
    {
        var best = rows.Where(r => r.Key <= HeaderSearchRows)
            .Select(r => (Row: r.Key, Known: r.Value.Values.Count(c => ImportColumns.Recognise(c.Text) is not null)))
            .OrderByDescending(r => r.Known).ThenBy(r => r.Row)
            .FirstOrDefault();
        return best.Row > 0 ? best.Row : rows.Keys.First();
    }

    private static SheetCell Cell(IXLCell cell)
    {
        var address = cell.Address.ToString() ?? "";
        if (cell.HasFormula)
        {
            // Never read: ClosedXML would evaluate the formula to give its value. The row is refused anyway.
            return new(address, "", true, null, false);
        }
        switch (cell.DataType)
        {
            case XLDataType.Number:
                var number = cell.GetDouble();
                return new(address, number.ToString("0.##########", Swedish), false, number, true);
            case XLDataType.DateTime:
                var date = cell.GetDateTime();
                var text = date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                return new(address, text, false, null, false);
            case XLDataType.Boolean:
                return new(address, cell.GetBoolean() ? "SANT" : "FALSKT", false, null, false);
            case XLDataType.TimeSpan:
                return new(address, cell.GetTimeSpan().ToString(@"hh\:mm", CultureInfo.InvariantCulture), false, null, false);
            default:
                return new(address, Clean(cell.GetString()), false, null, false);
        }
    }

    /// <summary>Line breaks as "\n", surrounding space trimmed.</summary>
    private static string Clean(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
}
