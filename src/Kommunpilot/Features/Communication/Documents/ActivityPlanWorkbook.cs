using System.Xml;
using ClosedXML.Excel;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Documents;

namespace Kommunpilot.Features.Communication.Documents;

/// <summary>
/// The activity plan as Excel, like the "Kommunikationsplan – Aktivitetsplan.xlsx" beside 002: the
/// columns of 000 plus hours, status, the understood dates, why and how. The import reads exactly
/// these headings back, so export then import gives back the same activities: "Budskap" is the
/// message as written in the row (not a linked message of the framework), "Tidpunkt" the timing as
/// written, and "Från"/"Till" only what it was understood as.
/// </summary>
/// <remarks>
/// Every text is written as text, never as a formula: a "=SUMMA(A1)", "+46 ..." or "-5" typed into the
/// plan comes back out exactly as typed and is never evaluated (no <c>&lt;f&gt;</c> in the sheet). Such
/// texts also get Excel's quote prefix, so that editing the cell later keeps it text.
/// </remarks>
internal static class ActivityPlanWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Aktivitetsplan";

    /// <summary>The header row, in order. The import recognises these names; keep them as they are.</summary>
    public static readonly IReadOnlyList<string> Headers =
        ["Aktivitet", "Budskap", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig", "Tid i h", "Status", "Från", "Till", "Varför", "Hur"];

    /// <summary>Widest a column gets from its content, in characters; longer texts wrap.</summary>
    private static readonly int[] MaxWidths = [45, 30, 18, 25, 22, 22, 10, 12, 12, 12, 35, 35];

    public static string FileName(string planTitle) => WordDocument.FileName($"Aktivitetsplan {planTitle}", ".xlsx");

    public static byte[] Create(string planTitle, string? organization, IReadOnlyList<ActivityDto> activities)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = $"{SheetName} – {planTitle}";
        workbook.Properties.Author = organization ?? "Kommunpilot";
        var sheet = workbook.Worksheets.Add(SheetName);

        for (var c = 0; c < Headers.Count; c++)
        {
            Text(sheet.Cell(1, c + 1), Headers[c]);
        }
        var row = 2;
        foreach (var a in activities)
        {
            Text(sheet.Cell(row, 1), a.What);
            Text(sheet.Cell(row, 2), a.MessageText);
            Text(sheet.Cell(row, 3), a.Timing);
            Text(sheet.Cell(row, 4), Joined(a.TargetGroups.Select(g => g.Name)));
            Text(sheet.Cell(row, 5), Joined(a.Channels.Select(c => c.Name)));
            Text(sheet.Cell(row, 6), Joined(a.Responsible.Select(r => r.Name)));
            if (a.PlannedHours is { } hours)
            {
                sheet.Cell(row, 7).SetValue((double)hours);
            }
            Text(sheet.Cell(row, 8), CommunicationLabels.Of(a.Status));
            Date(sheet.Cell(row, 9), a.Start);
            Date(sheet.Cell(row, 10), a.End);
            Text(sheet.Cell(row, 11), a.Why);
            Text(sheet.Cell(row, 12), a.How);
            row++;
        }

        var lastRow = Math.Max(1, row - 1);
        var table = sheet.Range(1, 1, lastRow, Headers.Count);
        table.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        var header = sheet.Range(1, 1, 1, Headers.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#E7ECF2");
        header.Style.Border.BottomBorder = XLBorderStyleValues.Thin;
        sheet.Range(2, 9, Math.Max(2, lastRow), 10).Style.DateFormat.Format = "yyyy-mm-dd";
        table.SetAutoFilter();
        sheet.SheetView.FreezeRows(1);

        // Widths from the longest line in each column, counted in characters: ClosedXML's AdjustToContents
        // measures every cell with System.Drawing and took 1.5 s for 1000 rows (bench/RESULTS.md).
        for (var c = 1; c <= Headers.Count; c++)
        {
            var longest = Enumerable.Range(1, Math.Max(1, lastRow))
                .Select(r => sheet.Cell(r, c))
                .Where(cell => !cell.IsEmpty())
                .Select(cell => cell.DataType == XLDataType.DateTime ? 10 : LongestLine(cell.GetString()))
                .DefaultIfEmpty(0)
                .Max();
            sheet.Column(c).Width = Math.Clamp(longest + 2, 10, MaxWidths[c - 1]);
        }
        // Wrap after the widths are set, so that long texts break within their column instead of widening it.
        table.Style.Alignment.WrapText = true;
        for (var r = 2; r <= lastRow; r++)
        {
            FitHeight(sheet, r);
        }

        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.PaperSize = XLPaperSize.A4Paper;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(1, 1);
        sheet.PageSetup.Header.Center.AddText($"{SheetName} – {planTitle}");

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static int LongestLine(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Max(line => line.Length);

    /// <summary>
    /// Makes a row tall enough for its wrapped texts. Spreadsheet programs keep a stored height as it is
    /// (ClosedXML's own fitting ignores wrapping), so the lines are estimated from the column widths.
    /// </summary>
    private static void FitHeight(IXLWorksheet sheet, int row)
    {
        var lines = 1;
        for (var c = 1; c <= Headers.Count; c++)
        {
            var cell = sheet.Cell(row, c);
            if (cell.DataType != XLDataType.Text || cell.IsEmpty())
            {
                continue;
            }
            // A column's width is in widths of "0"; ordinary text is about as wide, word wrapping loses a little.
            var perLine = Math.Max(1, (int)sheet.Column(c).Width - 1);
            var needed = cell.GetString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                .Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / (double)perLine)));
            lines = Math.Max(lines, needed);
        }
        if (lines > 1)
        {
            sheet.Row(row).Height = Math.Min(409, lines * 15);
        }
    }

    private static string? Joined(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A text cell: stored as a string whatever it starts with, never parsed as a number, date or formula.</summary>
    private static void Text(IXLCell cell, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        cell.SetValue(XmlSafe(text));
        cell.DataType = XLDataType.Text;
        if (LooksLikeFormula(text))
        {
            cell.Style.IncludeQuotePrefix = true;
        }
    }

    /// <summary>What a spreadsheet would take as the start of a formula (or hide it behind a control character).</summary>
    internal static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n';

    /// <summary>The text without the control characters XML cannot hold (pasted from elsewhere, they would make the file fail to write).</summary>
    private static string XmlSafe(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text
        : new string([.. text.Where((c, i) => XmlConvert.IsXmlChar(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))]);

    private static void Date(IXLCell cell, DateOnly? date)
    {
        if (date is { } d)
        {
            cell.SetValue(d.ToDateTime(TimeOnly.MinValue));
        }
    }
}
