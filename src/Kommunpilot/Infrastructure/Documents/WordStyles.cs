using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunpilot.Infrastructure.Documents;

/// <summary>
/// The Word styles every exported document uses: real built-in style ids (Title, Heading1, ...) so that
/// Word's navigation pane and table of contents work, and a bordered table style with a header row.
/// Elements are added in the order the schema requires (the tests run OpenXmlValidator).
/// </summary>
internal static class WordStyles
{
    public const string Font = "Arial";
    public const string TableStyle = "KommunpilotTabell";
    public const string Sender = "Avsandare";
    public const string FieldLabel = "Faltetikett";
    public const string FieldValue = "Faltvarde";
    public const string TableText = "Tabelltext";
    public const string TableNote = "Tabellnot";
    public const string ListBullet = "ListBullet";
    public const string ListContinue = "ListContinue";
    public const string BulletNumberingId = "1";

    /// <summary>The footer's right tab: the right edge of an upright A4 page's text.</summary>
    public const int FooterTab = 9070;

    /// <summary>Dark blue-grey for headings and the header row; light grey for borders and shading.</summary>
    public const string Accent = "1F3A5F";
    public const string Border = "A6A6A6";
    public const string HeaderFill = "E7ECF2";
    public const string Muted = "595959";

    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "sv-SE", EastAsia = "sv-SE", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
        Paragraph("Title", "Title", next: "Normal",
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { Before = "240", After = "60" }),
            run: Run(bold: true, size: 48, color: Accent)),
        Paragraph("Subtitle", "Subtitle", next: "Normal",
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "360" }),
            run: Run(size: 30, color: Muted)),
        Heading(1, size: 30, before: 480, after: 160),
        Heading(2, size: 24, before: 320, after: 100),
        Heading(3, size: 21, before: 240, after: 60),
        Paragraph(Sender, "Avsändare", next: "Normal",
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "480" }),
            run: Run(bold: true, caps: true, size: 28, color: Accent, spacing: 20)),
        Paragraph(FieldLabel, "Fältetikett",
            paragraph: new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "20", After = "0" }),
            run: Run(size: 15, color: Muted)),
        Paragraph(FieldValue, "Fältvärde",
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "40" })),
        Paragraph(TableText, "Tabelltext",
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "60", Line = "252", LineRule = LineSpacingRuleValues.Auto }),
            run: Run(size: 19)),
        Paragraph(TableNote, "Tabellnot", basedOn: TableText,
            run: Run(size: 17, color: Muted)),
        Paragraph(ListBullet, "List Bullet",
            paragraph: new StyleParagraphProperties(
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = int.Parse(BulletNumberingId, System.Globalization.CultureInfo.InvariantCulture) }),
                new SpacingBetweenLines { After = "80" },
                new Indentation { Left = "357", Hanging = "357" })),
        Paragraph(ListContinue, "List Continue",
            paragraph: new StyleParagraphProperties(new SpacingBetweenLines { After = "80" }, new Indentation { Left = "357" })),
        Paragraph("Header", "header",
            paragraph: new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Center, Position = 4536 }, new TabStop { Val = TabStopValues.Right, Position = 9070 }),
                new SpacingBetweenLines { After = "0" }),
            run: Run(size: 16, color: Muted)),
        Paragraph("Footer", "footer",
            paragraph: new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = FooterTab }),
                new SpacingBetweenLines { After = "0" }),
            run: Run(size: 16, color: Muted)),
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true },
        new Style(
            new StyleName { Val = "Kommunpilot tabell" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Border },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Border },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Border },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Border },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Border },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = Border }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new Color { Val = Accent }),
                new TableStyleConditionalFormattingTableRowProperties(new TableHeader()),
                new TableStyleConditionalFormattingTableCellProperties(
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = TableStyle, CustomStyle = true });

    private static Style Paragraph(string id, string name, string? basedOn = "Normal", string? next = null, bool isDefault = false,
        StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else if (id is not ("Title" or "Subtitle" or "Header" or "Footer" or ListBullet or ListContinue) && !id.StartsWith("Heading", StringComparison.Ordinal))
        {
            style.CustomStyle = true;
        }
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }

    private static Style Heading(int level, int size, int before, int after) =>
        Paragraph($"Heading{level}", $"heading {level}", next: "Normal",
            paragraph: new StyleParagraphProperties(
                new KeepNext(),
                new KeepLines(),
                new SpacingBetweenLines { Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture), After = after.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new OutlineLevel { Val = level - 1 }),
            run: Run(bold: true, size: size, color: Accent));

    private static StyleRunProperties Run(bool bold = false, bool caps = false, int? size = null, string? color = null, int? spacing = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }
        if (caps)
        {
            run.Append(new Caps());
        }
        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }
        if (spacing is not null)
        {
            run.Append(new Spacing { Val = spacing });
        }
        if (size is { } s)
        {
            var half = s.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.Append(new FontSize { Val = half }, new FontSizeComplexScript { Val = half });
        }
        return run;
    }

    /// <summary>One bullet list definition ("•" at level 0, "–" at level 1).</summary>
    public static Numbering Numbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            BulletLevel(0, "•", 357),
            BulletLevel(1, "–", 714))
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = int.Parse(BulletNumberingId, System.Globalization.CultureInfo.InvariantCulture) });

    private static Level BulletLevel(int level, string symbol, int indent) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = NumberFormatValues.Bullet },
        new LevelText { Val = symbol },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "357" }),
        new NumberingSymbolRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, Hint = FontTypeHintValues.Default }))
    { LevelIndex = level };

    public static Settings Settings() => new(
        new DefaultTabStop { Val = 1304 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    /// <summary>Run properties for text that stands out inside a paragraph (a label before its value).</summary>
    public static RunProperties Strong() => new(new Bold(), new BoldComplexScript());
}
