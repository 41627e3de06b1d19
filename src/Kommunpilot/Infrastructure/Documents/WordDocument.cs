using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Kommunpilot.Infrastructure.Documents;

/// <summary>What a document says about itself: its properties, and the texts in its header and footer.</summary>
/// <param name="Title">Document title (File &gt; Properties).</param>
/// <param name="Creator">Author: usually the organisation.</param>
/// <param name="HeaderText">Shown at the top right of every page, e.g. "Demodata".</param>
/// <param name="FooterText">Shown at the bottom left of every page, beside the page number.</param>
public sealed record WordDocumentInfo(string Title, string Creator, string? Subject = null, string? HeaderText = null, string? FooterText = null);

/// <summary>A table column: its heading, its share of the page width and whether its cells align right (numbers).</summary>
public sealed record WordColumn(string Heading, int Weight, bool AlignRight = false);

/// <summary>A table cell: text (newlines become paragraphs) and an optional smaller note under it.</summary>
public sealed record WordCell(string? Text, string? Note = null)
{
    public static implicit operator WordCell(string? text) => new(text);
}

/// <summary>
/// Builds a Word document the way municipal documents look: sender, title, a header table of document
/// facts, headings, text, bullet lists and bordered tables whose header row repeats on each page;
/// A4 with page numbers in the footer. Shared by the exports (project description now; plans and
/// reports later). Write in order, then call <see cref="ToBytes"/>.
/// </summary>
public sealed class WordDocument : IDisposable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>A4 with 2.5 cm margins: the width text and tables have, in twentieths of a point.</summary>
    public const int TextWidth = PageShort - 2 * Margin;

    /// <summary>The width on a landscape page (see <see cref="Landscape"/>).</summary>
    public const int LandscapeTextWidth = PageLong - 2 * Margin;

    private const int PageShort = 11906;
    private const int PageLong = 16838;
    private const int Margin = 1418;

    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _package;
    private readonly Body _body;
    private readonly WordDocumentInfo _info;
    private bool _finished;
    private bool _landscape;
    private string? _headerId;
    private readonly Dictionary<bool, string> _footerIds = [];
    private uint _drawingId;

    /// <summary>The width text and tables have on the current page.</summary>
    private int Width => _landscape ? LandscapeTextWidth : TextWidth;

    public WordDocument(WordDocumentInfo info, DateTimeOffset now)
    {
        _info = info;
        _package = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordStyles.Numbering();
        main.AddNewPart<DocumentSettingsPart>().Settings = WordStyles.Settings();
        _body = new Body();
        main.Document = new Document(_body);

        var props = _package.PackageProperties;
        props.Title = info.Title;
        props.Creator = info.Creator;
        props.LastModifiedBy = info.Creator;
        props.Subject = info.Subject;
        props.Language = "sv-SE";
        props.Created = now.UtcDateTime;
        props.Modified = now.UtcDateTime;
    }

    /// <summary>The sending organisation, at the very top ("LUNDS KOMMUN").</summary>
    public void Sender(string text) => Paragraph(text, WordStyles.Sender);

    public void Title(string text) => Paragraph(text, "Title");

    public void Subtitle(string text) => Paragraph(text, "Subtitle");

    public void Heading(int level, string text) => Paragraph(text, $"Heading{Math.Clamp(level, 1, 3)}");

    /// <summary>Free text: each line becomes a paragraph; lines starting with "- " or "• " become bullets.</summary>
    public void Text(string? text)
    {
        foreach (var line in Lines(text))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal))
            {
                Paragraph(line[2..].TrimStart(), WordStyles.ListBullet);
            }
            else
            {
                Paragraph(line, null);
            }
        }
    }

    /// <summary>"Label: value" on one line, the label in bold. Nothing when the value is empty.</summary>
    public void Labelled(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _body.Append(new Paragraph(
                new Run(WordStyles.Strong(), XmlText(label + ": ")),
                new Run(XmlText(value.Trim()))));
        }
    }

    /// <summary>A bullet; further lines of the text continue under it, indented, without a bullet.</summary>
    public void Bullet(string text, string? noteLabel = null, string? note = null)
    {
        var lines = Lines(text).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            Paragraph(lines[i], i == 0 ? WordStyles.ListBullet : WordStyles.ListContinue);
        }
        foreach (var line in Lines(note))
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = WordStyles.ListContinue }));
            if (noteLabel is not null)
            {
                paragraph.Append(new Run(new RunProperties(new Italic(), new ItalicComplexScript()), XmlText(noteLabel + ": ")));
                noteLabel = null;
            }
            paragraph.Append(new Run(XmlText(line)));
            _body.Append(paragraph);
        }
    }

    /// <summary>
    /// Document facts as a grid of small label over value, <paramref name="columns"/> to a row, like
    /// the header of a municipal document (Dokumenttyp, Beslutsinstans, Diarienummer ...).
    /// A null entry leaves its cell empty, to keep the grid's columns aligned.
    /// </summary>
    public void FactTable(IReadOnlyList<(string Label, string? Value)?> facts, int columns)
    {
        var width = Width / columns;
        var table = NewTable(Enumerable.Repeat(width, columns).ToArray(), headerRow: false);
        for (var start = 0; start < facts.Count; start += columns)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < columns; c++)
            {
                var fact = start + c < facts.Count ? facts[start + c] : null;
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                if (fact is { } f)
                {
                    cell.Append(StyledParagraph(f.Label, WordStyles.FieldLabel));
                    cell.Append(StyledParagraph(string.IsNullOrWhiteSpace(f.Value) ? "" : f.Value.Trim(), WordStyles.FieldValue));
                }
                else
                {
                    cell.Append(StyledParagraph("", WordStyles.FieldValue));
                }
                row.Append(cell);
            }
            table.Append(row);
        }
        _body.Append(table);
        Spacer();
    }

    /// <summary>A bordered table whose header row repeats at the top of each page.</summary>
    public void Table(IReadOnlyList<WordColumn> columns, IEnumerable<IReadOnlyList<WordCell>> rows)
    {
        var total = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => Width * c.Weight / total).ToArray();
        var table = NewTable(widths, headerRow: true);
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(Cell(widths[i], [StyledParagraph(columns[i].Heading, WordStyles.TableText, bold: true, right: columns[i].AlignRight)], WordStyles.HeaderFill));
        }
        table.Append(header);
        foreach (var row in rows)
        {
            // A row stays on one page (a row taller than a page still breaks), so no cell is cut after a line.
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < columns.Count; i++)
            {
                var content = i < row.Count ? row[i] : new WordCell(null);
                var right = columns[i].AlignRight;
                var paragraphs = Lines(content.Text).Select(l => StyledParagraph(l, WordStyles.TableText, right: right))
                    .Concat(Lines(content.Note).Select(l => StyledParagraph(l, WordStyles.TableNote, right: right)))
                    .ToList();
                tr.Append(Cell(widths[i], paragraphs.Count == 0 ? [StyledParagraph("", WordStyles.TableText)] : paragraphs, fill: null));
            }
            table.Append(tr);
        }
        _body.Append(table);
        Spacer();
    }

    public void Paragraph(string text, string? style) => _body.Append(StyledParagraph(text, style));

    /// <summary>
    /// Text as written in a text box: a blank line (or a form feed) starts a new paragraph, a single line
    /// break stays a line break inside its paragraph, and lines starting with "- " or "• " become bullets.
    /// </summary>
    public void Prose(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Replace("\f", "\n\n", StringComparison.Ordinal).Replace("\v", "\n\n", StringComparison.Ordinal);
        foreach (var block in System.Text.RegularExpressions.Regex.Split(normalized, @"\n[ \t]*\n"))
        {
            var lines = new List<string>();
            foreach (var raw in block.Split('\n'))
            {
                var line = raw.Trim();
                if (line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal))
                {
                    ProseParagraph(lines);
                    Paragraph(line[2..].TrimStart(), WordStyles.ListBullet);
                }
                else if (XmlSafe(line).Trim().Length > 0)
                {
                    lines.Add(line);
                }
            }
            ProseParagraph(lines);
        }
    }

    /// <summary>Lines kept together as one paragraph, with line breaks between them.</summary>
    private void ProseParagraph(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }
        var run = new Run();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(XmlText(lines[i]));
        }
        _body.Append(new Paragraph(run));
        lines.Clear();
    }

    /// <summary>
    /// A boxed, shaded paragraph that stands out: a draft's status, a note that the figures are examples.
    /// The label, if any, is bold before the text.
    /// </summary>
    public void Notice(string? label, string text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = WordStyles.Accent },
                new LeftBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = WordStyles.Accent },
                new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = WordStyles.Accent },
                new RightBorder { Val = BorderValues.Single, Size = 8, Space = 4, Color = WordStyles.Accent }),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = WordStyles.HeaderFill },
            new SpacingBetweenLines { Before = "120", After = "240" },
            new Indentation { Left = "85", Right = "85" }));
        if (!string.IsNullOrWhiteSpace(label))
        {
            paragraph.Append(new Run(WordStyles.Strong(), XmlText(label.Trim() + (string.IsNullOrWhiteSpace(text) ? "" : ": "))));
        }
        paragraph.Append(new Run(XmlText(text.Trim())));
        _body.Append(paragraph);
    }

    /// <summary>
    /// A numbered caption such as "Tabell 3: Kostnad per år" or "Diagram 2: Andel nöjda brukare". The number
    /// is a SEQ field (with <paramref name="number"/> as its shown value), so Word can list the tables and
    /// figures. <paramref name="keepWithNext"/> keeps a caption above a table on the table's page. A
    /// <paramref name="continued"/> caption (a table carried on) repeats the number as plain text, so that
    /// Word does not count it as a table of its own.
    /// </summary>
    public void Caption(string label, int number, string? text, bool keepWithNext, bool continued = false)
    {
        var properties = new ParagraphProperties();
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }
        properties.Append(new SpacingBetweenLines { Before = keepWithNext ? "160" : "60", After = keepWithNext ? "80" : "320" });
        var shown = number.ToString(CultureInfo.InvariantCulture);
        var paragraph = new Paragraph(properties, new Run(CaptionRun(), XmlText(label + " ")));
        paragraph.Append(continued
            ? new Run(CaptionRun(), new Text(shown))
            : new SimpleField(new Run(CaptionRun(), new Text(shown))) { Instruction = $" SEQ {label} \\* ARABIC " });
        if (!string.IsNullOrWhiteSpace(text))
        {
            paragraph.Append(new Run(CaptionRun(), XmlText(": " + text.Trim())));
        }
        _body.Append(paragraph);
    }

    private static RunProperties CaptionRun() => new(
        new Bold(), new BoldComplexScript(), new Color { Val = WordStyles.Accent },
        new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" });

    /// <summary>
    /// A PNG image on a line of its own: <paramref name="widthCm"/> wide (at most the text width), its
    /// height keeping the image's aspect ratio, and <paramref name="description"/> as its alternative text
    /// (what a screen reader says). <paramref name="keepWithNext"/> keeps it on the page of its caption below.
    /// </summary>
    public void Picture(byte[] png, string description, double widthCm = 16, bool keepWithNext = false)
    {
        var (pixelWidth, pixelHeight) = PngSize(png);
        const long EmuPerCm = 360000;
        const long EmuPerTwip = 635;
        var cx = Math.Min((long)Math.Round(widthCm * EmuPerCm), Width * EmuPerTwip);
        var cy = cx * pixelHeight / pixelWidth;

        var main = _package.MainDocumentPart!;
        var image = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png, writable: false))
        {
            image.FeedData(stream);
        }
        var id = ++_drawingId;
        var name = $"Bild {id}";
        var alt = XmlSafe(description.Trim());
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = alt },
                        new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        var properties = new ParagraphProperties();
        if (keepWithNext)
        {
            properties.Append(new KeepNext());
        }
        properties.Append(new SpacingBetweenLines { Before = "120", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto });
        properties.Append(new Justification { Val = JustificationValues.Center });
        _body.Append(new Paragraph(properties, new Run(new Drawing(inline))));
    }

    /// <summary>A PNG's size in pixels, from its IHDR chunk.</summary>
    private static (long Width, long Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new ArgumentException("Not a PNG image.", nameof(png));
        }
        long width = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4));
        long height = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4));
        if (width == 0 || height == 0)
        {
            throw new ArgumentException("The PNG image has no size.", nameof(png));
        }
        return (width, height);
    }

    /// <summary>
    /// Continues on a new page turned to landscape (or back to portrait), for a table too wide for an
    /// upright page, such as an activity plan. Header and footer continue; tables get the new width.
    /// </summary>
    public void Landscape(bool landscape = true)
    {
        if (landscape == _landscape)
        {
            return;
        }
        // A section ends with the properties of the pages before it, carried by its last paragraph.
        _body.Append(new Paragraph(new ParagraphProperties(PageSetup())));
        _landscape = landscape;
    }

    /// <summary>Finishes the document (page setup, header, footer) and returns the .docx file.</summary>
    public byte[] ToBytes()
    {
        if (!_finished)
        {
            _finished = true;
            _body.Append(PageSetup());
            _package.Dispose();
        }
        return _stream.ToArray();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _package.Dispose();
        }
        _stream.Dispose();
    }

    /// <summary>A file name from a title: what Windows, macOS and HTTP headers all accept.</summary>
    public static string FileName(string title, string extension = ".docx")
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '<', '>', '|', ':', '*', '?', '\\', '/']).ToHashSet();
        var clean = new StringBuilder(title.Length);
        foreach (var ch in title.Normalize(NormalizationForm.FormC))
        {
            clean.Append(char.IsControl(ch) || invalid.Contains(ch) ? ' ' : ch);
        }
        var name = string.Join(' ', clean.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('.', ' ');
        if (name.Length > 120)
        {
            name = name[..120].TrimEnd('.', ' ');
        }
        return (name.Length == 0 ? "dokument" : name) + extension;
    }

    private static IEnumerable<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
                .Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0);

    /// <summary>
    /// A text run's text, without the characters XML 1.0 cannot hold (control characters pasted
    /// from elsewhere would otherwise make the document fail to write).
    /// </summary>
    private static Text XmlText(string text) => new(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>The text without the characters XML 1.0 cannot hold (for attributes such as a picture's description, too).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c))
            ? new string([.. text.Where((c, i) => XmlConvert.IsXmlChar(c) || (char.IsSurrogate(c) && IsPairedSurrogate(text, i)))])
            : text;

    private static bool IsPairedSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static Paragraph StyledParagraph(string text, string? style, bool bold = false, bool right = false)
    {
        var paragraph = new Paragraph();
        if (style is not null || right)
        {
            var properties = new ParagraphProperties();
            if (style is not null)
            {
                properties.Append(new ParagraphStyleId { Val = style });
            }
            if (right)
            {
                properties.Append(new Justification { Val = JustificationValues.Right });
            }
            paragraph.Append(properties);
        }
        if (text.Length > 0)
        {
            var run = new Run();
            if (bold)
            {
                run.Append(WordStyles.Strong());
            }
            run.Append(XmlText(text));
            paragraph.Append(run);
        }
        return paragraph;
    }

    private static Table NewTable(int[] widths, bool headerRow)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableStyle },
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = headerRow ? "04A0" : "0400" }));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, string? fill)
    {
        var props = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            props.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }
        var cell = new TableCell(props);
        cell.Append(paragraphs);
        return cell;
    }

    /// <summary>Word needs a paragraph between two tables, and text after a table reads better with air.</summary>
    private void Spacer() => _body.Append(new Paragraph(
        new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "120" })));

    /// <summary>The current pages' size, margins, header and footer (one header; a footer per orientation, for its right tab).</summary>
    private SectionProperties PageSetup()
    {
        var main = _package.MainDocumentPart!;
        var section = new SectionProperties();
        if (_info.HeaderText is { } headerText)
        {
            if (_headerId is null)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(
                    new ParagraphProperties(new ParagraphStyleId { Val = "Header" }, new Justification { Val = JustificationValues.Right }),
                    new Run(WordStyles.Strong(), XmlText(headerText))));
                _headerId = main.GetIdOfPart(header);
            }
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = _headerId });
        }
        if (!_footerIds.TryGetValue(_landscape, out var footerId))
        {
            footerId = main.GetIdOfPart(Footer(main, _landscape ? LandscapeTextWidth : TextWidth));
            _footerIds[_landscape] = footerId;
        }
        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        section.Append(_landscape
            ? new PageSize { Width = (uint)PageLong, Height = (uint)PageShort, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = (uint)PageShort, Height = (uint)PageLong });
        section.Append(new PageMargin { Top = Margin, Right = (uint)Margin, Bottom = Margin, Left = (uint)Margin, Header = 709U, Footer = 709U, Gutter = 0U });
        return section;
    }

    /// <summary>The footer: a rule, the footer text at the left and "Sida 1 (3)" at the right edge of <paramref name="width"/>.</summary>
    private FooterPart Footer(MainDocumentPart main, int width)
    {
        var footer = main.AddNewPart<FooterPart>();
        var properties = new ParagraphProperties(
            new ParagraphStyleId { Val = "Footer" },
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = WordStyles.Border }));
        if (width != TextWidth)
        {
            properties.Append(new Tabs(
                new TabStop { Val = TabStopValues.Clear, Position = WordStyles.FooterTab },
                new TabStop { Val = TabStopValues.Right, Position = width }));
        }
        var line = new Paragraph(properties);
        if (_info.FooterText is { } footerText)
        {
            line.Append(new Run(XmlText(footerText)));
        }
        line.Append(
            new Run(new TabChar(), new Text("Sida ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" (") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " },
            new Run(new Text(")")));
        footer.Footer = new Footer(line);
        return footer;
    }
}
