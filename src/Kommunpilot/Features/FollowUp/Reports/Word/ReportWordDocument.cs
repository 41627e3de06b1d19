using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kommunpilot.Features.FollowUp.Charts;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Documents;

namespace Kommunpilot.Features.FollowUp.Reports.Word;

/// <summary>
/// Lays out a report (<see cref="ReportContent"/>) as a municipal report in Word: the organisation, the
/// title ("Uppföljningsrapport 1"), a header block of document facts (project, period, due date, status),
/// who it goes to ("Delges"), whether it is adopted or still a draft; then numbered sections
/// ("1. Sammanfattning", "2. Nyckeltal" ...) with their sub-headings numbered under them ("2.1 ...").
/// </summary>
/// <remarks>
/// In a section the project leader's own text comes first and the data after it: a KPI section runs to
/// pages of charts and tables, and the leader's assessment would be lost behind them; a committee reads
/// the assessment first and turns to the figures that support it. Tables carry their caption above
/// ("Tabell 2: ..."), charts theirs below ("Diagram 1: ..."), as Swedish reports have them; every chart
/// is a PNG whose alternative text names its series and points to the table with the same figures.
/// Swedish only, as the reports are. The page header names the project; the footer the report, its
/// status and the page number.
/// </remarks>
public static partial class ReportWordDocument
{
    public const string Draft = "Utkast – ej fastställd";
    public const string ExampleNote = "Rapportens nyckeltal och mätvärden är exempelvärden, inte uppmätta resultat.";

    /// <summary>The chart's width on the page: the text width of an A4 page with 2.5 cm margins.</summary>
    public const double ChartWidthCm = 16;

    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>"Uppföljningsrapport 1", "Utvärderingsrapport 2", "Slutrapport" (a project has one final report).</summary>
    public static string DocumentType(ReportContent c) =>
        c.Kind == ReportKind.Final ? FollowUpLabels.Of(c.Kind) : $"{FollowUpLabels.Of(c.Kind)} {c.Number}";

    /// <summary>"Uppföljningsrapport 1 Projektets namn.docx", cleaned for every file system and HTTP header.</summary>
    public static string FileName(ReportContent c) => WordDocument.FileName($"{DocumentType(c)} {c.ProjectName}");

    /// <summary>"Fastställd 2022-05-20 av Kommunstyrelsen", or "Utkast – ej fastställd".</summary>
    public static string StatusText(ReportContent c)
    {
        if (c.Status != ReportStatus.Adopted)
        {
            return Draft;
        }
        var text = "Fastställd";
        if (c.AdoptedOn is { } on)
        {
            text += " " + Date(on);
        }
        if (Has(c.AdoptedBy))
        {
            text += " av " + c.AdoptedBy!.Trim();
        }
        return text;
    }

    /// <summary>The .docx file. Its dates are the content's: the same content gives the same document.</summary>
    public static byte[] Build(ReportContent c)
    {
        var now = new DateTimeOffset(DateTime.SpecifyKind(c.GeneratedAt, DateTimeKind.Utc));
        c = c with
        {
            Title = Clean(c.Title),
            ProjectName = Clean(c.ProjectName),
            ProjectCode = Clean(c.ProjectCode),
            OrganizationName = Clean(c.OrganizationName),
            AdoptedBy = Clean(c.AdoptedBy),
            Recipients = [.. c.Recipients.Select(Clean)],
        };
        var type = DocumentType(c);
        var title = Has(c.Title) && c.Title.StartsWith(FollowUpLabels.Of(c.Kind), StringComparison.OrdinalIgnoreCase) ? c.Title : type;
        var footer = string.Join(" · ", new[] { type, c.Status == ReportStatus.Adopted ? StatusText(c) : Draft }.Where(Has));
        using var doc = new WordDocument(
            new WordDocumentInfo(
                Title: $"{title} – {c.ProjectName}",
                Creator: Has(c.OrganizationName) ? c.OrganizationName : "Kommunpilot",
                Subject: c.ProjectName,
                HeaderText: c.IsExample ? $"{c.ProjectName} · Exempelvärden" : c.ProjectName,
                FooterText: footer),
            now);

        if (Has(c.OrganizationName))
        {
            doc.Sender(c.OrganizationName);
        }
        doc.Title(title);
        doc.Subtitle(Subtitle(c, title, type));
        doc.FactTable(HeaderFacts(c, type), columns: 3);
        if (c.Recipients.Any(Has))
        {
            doc.Labelled("Delges", string.Join(", ", c.Recipients.Where(Has).Select(r => r.Trim())));
        }
        doc.Notice("Status", StatusText(c));
        if (c.IsExample)
        {
            doc.Notice("Exempelvärden", ExampleNote);
        }

        var numbers = new Numbers();
        var sectionNumber = 0;
        foreach (var section in c.Sections)
        {
            sectionNumber++;
            doc.Heading(1, $"{sectionNumber}. {Clean(section.Title)}");
            doc.Prose(section.Text);
            var headingNumber = 0;
            for (var i = 0; i < section.Blocks.Count; i++)
            {
                var block = section.Blocks[i];
                if (Has(block.Heading))
                {
                    doc.Heading(2, $"{sectionNumber}.{++headingNumber} {Clean(block.Heading)}");
                }
                if (Has(block.Paragraph))
                {
                    doc.Prose(block.Paragraph);
                }
                if (block.Chart is { } chart)
                {
                    // The table with the same figures follows the chart in the content: name it in the alternative text.
                    var next = i + 1 < section.Blocks.Count && section.Blocks[i + 1].Table is not null ? numbers.Table + 1 : (int?)null;
                    Chart(doc, chart, ++numbers.Chart, next);
                }
                if (block.Table is { } table)
                {
                    Table(doc, table, ++numbers.Table);
                }
            }
        }
        return doc.ToBytes();
    }

    private static string Subtitle(ReportContent c, string title, string type)
    {
        var project = Has(c.ProjectCode) ? $"{c.ProjectName} ({c.ProjectCode!.Trim()})" : c.ProjectName;
        // A title of its own that does not begin with the document type ("Lägesrapport våren 2022") is shown under it.
        return title == type && Has(c.Title) && c.Title.Trim() != type ? $"{project} – {c.Title.Trim()}" : project;
    }

    /// <summary>The header block, three to a row; the organisation is left out, as it heads the page already.</summary>
    private static List<(string Label, string? Value)?> HeaderFacts(ReportContent c, string type)
    {
        var facts = new (string Label, string? Value)[]
        {
            ("Dokumenttyp", type),
            ("Projekt", c.ProjectName),
            ("Projektkod", c.ProjectCode),
            ("Avser perioden", c.PeriodEnd is { } end ? "t.o.m. " + Date(end) : null),
            ("Lämnas senast", Date(c.DueDate)),
            ("Status", c.Status == ReportStatus.Adopted ? FollowUpLabels.Of(ReportStatus.Adopted) : FollowUpLabels.Of(ReportStatus.Draft)),
            ("Fastställd", c.Status == ReportStatus.Adopted && c.AdoptedOn is { } on ? Date(on) : null),
            ("Fastställd av", c.Status == ReportStatus.Adopted ? c.AdoptedBy : null),
            ("Sammanställd", ProjectFormat.Time(c.GeneratedAt)[..10]),
        };
        return [.. facts.Where(f => Has(f.Value)).Select(f => ((string Label, string? Value)?)f)];
    }

    private static void Chart(WordDocument doc, TrendChart chart, int number, int? tableNumber)
    {
        chart = chart with
        {
            Title = Clean(chart.Title),
            UnitLabel = Clean(chart.UnitLabel),
            Periods = [.. chart.Periods.Select(Clean)],
            Series = [.. chart.Series.Select(s => s with { Name = Clean(s.Name) })],
            TargetLabel = chart.TargetLabel is null ? null : Clean(chart.TargetLabel),
            BaselineLabel = chart.BaselineLabel is null ? null : Clean(chart.BaselineLabel),
        };
        doc.Picture(KpiChart.Png(chart), AltText(chart, tableNumber), ChartWidthCm, keepWithNext: true);
        doc.Caption("Diagram", number, chart.Title, keepWithNext: false);
    }

    /// <summary>What a screen reader says for a chart: its kind, title, unit, periods, series, target, and where its figures are.</summary>
    public static string AltText(TrendChart chart, int? tableNumber)
    {
        var parts = new List<string> { $"Linjediagram: {Clean(chart.Title)}" };
        if (Has(chart.UnitLabel))
        {
            parts.Add($"Enhet: {Clean(chart.UnitLabel)}");
        }
        if (chart.Periods.Count > 0)
        {
            parts.Add(chart.Periods.Count == 1 ? $"Period: {chart.Periods[0]}" : $"Perioder: {chart.Periods[0]} till {chart.Periods[^1]}");
        }
        parts.Add(chart.Series.Count == 0 ? "Inga serier" : "Serier: " + string.Join(", ", chart.Series.Select(s => Clean(s.Name))));
        if (chart.Target is { } target)
        {
            parts.Add($"{(Has(chart.TargetLabel) ? Clean(chart.TargetLabel!) : "Mål")}: {Number(target)}");
        }
        if (chart.Baseline is { } baseline)
        {
            parts.Add($"{(Has(chart.BaselineLabel) ? Clean(chart.BaselineLabel!) : "Utgångsvärde")}: {Number(baseline)}");
        }
        if (tableNumber is { } n)
        {
            parts.Add($"Samma värden finns i tabell {n}");
        }
        return string.Join(". ", parts) + ".";
    }

    /// <summary>Columns an upright page holds readably: the first (what the row is about) and seven more.</summary>
    public const int MaxColumns = 8;

    /// <summary>
    /// The caption above, then the table. A table wider than <see cref="MaxColumns"/> (a monthly KPI over
    /// two years) continues in further tables of the same width, each repeating the first column, under
    /// "Tabell n (forts.)", rather than squeezing the figures until they break mid-number.
    /// </summary>
    private static void Table(WordDocument doc, ReportTable table, int number)
    {
        var columnCount = Math.Max(table.Headers.Count, table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count));
        if (columnCount == 0)
        {
            return;
        }
        var columns = new List<WordColumn>(columnCount);
        var sizes = new List<(int Least, int Wanted)>(columnCount);
        for (var i = 0; i < columnCount; i++)
        {
            var heading = i < table.Headers.Count ? table.Headers[i] ?? "" : "";
            var cells = table.Rows.Select(r => i < r.Count ? r[i] : null).ToList();
            columns.Add(new WordColumn(heading, 1, IsNumeric(cells)));
            sizes.Add(Size(heading, cells));
        }
        var caption = Clean(table.Caption);
        var perPart = columnCount <= MaxColumns ? columnCount - 1 : MaxColumns - 1;
        for (var start = 1; start < columnCount || start == 1; start += Math.Max(perPart, 1))
        {
            int[] indexes = [0, .. Enumerable.Range(start, Math.Min(perPart, columnCount - start))];
            if (start == 1)
            {
                doc.Caption("Tabell", number, caption, keepWithNext: true);
            }
            else
            {
                doc.Caption("Tabell", number, Has(caption) ? caption + " (forts.)" : "(forts.)", keepWithNext: true, continued: true);
            }
            var weights = Weights([.. indexes.Select(i => sizes[i])]);
            doc.Table(
                [.. indexes.Select((i, n) => columns[i] with { Weight = weights[n] })],
                table.Rows.Select(r => (IReadOnlyList<WordCell>)[.. indexes.Select(i => new WordCell(i < r.Count ? r[i] : null))]));
        }
    }

    /// <summary>Characters of table text (9 pt) a line of the page holds, cell padding included.</summary>
    private const int LineCharacters = 80;

    /// <summary>What a column needs: its longest word (never broken), and its longest text (up to 40) to read well.</summary>
    private static (int Least, int Wanted) Size(string heading, IEnumerable<string?> cells)
    {
        var texts = cells.Where(Has).Select(t => t!).Append(heading).ToList();
        var longestWord = texts.SelectMany(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Select(w => w.Length).DefaultIfEmpty(1).Max();
        var longestText = texts.Select(t => t.Length).DefaultIfEmpty(1).Max();
        var least = Math.Clamp(longestWord + 2, 4, 24);
        return (least, Math.Max(least, Math.Min(longestText + 2, 40)));
    }

    /// <summary>
    /// The columns' shares of the width: every column gets its longest word first, so words are not
    /// broken mid-word; what is left of the line goes to the columns that want more, in proportion.
    /// </summary>
    private static int[] Weights(IReadOnlyList<(int Least, int Wanted)> sizes)
    {
        var least = sizes.Sum(s => s.Least);
        var wanted = sizes.Sum(s => s.Wanted);
        if (wanted <= LineCharacters)
        {
            return [.. sizes.Select(s => s.Wanted * 100)];
        }
        if (least >= LineCharacters)
        {
            // Not even the longest words fit: the widest columns give way first (their words break),
            // so narrow columns such as the period keep theirs.
            var cap = (double)LineCharacters / sizes.Count;
            foreach (var l in sizes.Select(s => s.Least).Order())
            {
                var narrower = sizes.Where(s => s.Least <= l).Sum(s => s.Least);
                var wider = sizes.Count(s => s.Least > l);
                if (narrower + wider * (double)l > LineCharacters)
                {
                    break;
                }
                cap = wider == 0 ? l : Math.Max(l, (LineCharacters - narrower) / (double)wider);
            }
            return [.. sizes.Select(s => (int)Math.Round(Math.Min(s.Least, cap) * 100))];
        }
        var spare = (double)(LineCharacters - least) / (wanted - least);
        return [.. sizes.Select(s => (int)Math.Round((s.Least + (s.Wanted - s.Least) * spare) * 100))];
    }

    // "1 234,5", "-3", "+2,0", "87 %", "12 500 kr", "4,5 procentenheter": a number with an optional unit after a space.
    private static readonly Regex NumberCell = new(@"^[+\-−]?\d[\d \u00A0\u202F]*([,.]\d+)?(\s?%|\s+[\p{L}.]{1,20})?$", RegexOptions.CultureInvariant);

    /// <summary>A column whose filled cells are all numbers (a dash for a missing value allowed) aligns right.</summary>
    public static bool IsNumeric(IEnumerable<string?> cells)
    {
        var filled = cells.Select(c => c?.Trim()).Where(c => !string.IsNullOrEmpty(c) && c is not ("–" or "-" or "—")).ToList();
        return filled.Count > 0 && filled.All(c => NumberCell.IsMatch(c!));
    }

    /// <summary>
    /// A one-line text (title, heading, name) as it can be written: control characters and line breaks
    /// become spaces, half an emoji (a lone surrogate) is dropped, runs of white space close up.
    /// </summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(ch).Append(text[++i]);
            }
            else if (char.IsSurrogate(ch) || ch is '\uFFFE' or '\uFFFF')
            {
                continue;
            }
            else
            {
                clean.Append(char.IsControl(ch) || ch is '\u2028' or '\u2029' ? ' ' : ch);
            }
        }
        return Spaces().Replace(clean.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string Number(decimal value) => value.ToString("#,##0.####", Swedish);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Has(string? text) => !string.IsNullOrWhiteSpace(text);

    private sealed class Numbers
    {
        public int Table { get; set; }

        public int Chart { get; set; }
    }
}
