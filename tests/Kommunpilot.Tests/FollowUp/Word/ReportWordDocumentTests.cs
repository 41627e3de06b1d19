using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Charts;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.FollowUp.Reports.Word;
using Kommunpilot.Infrastructure.Documents;
using static Kommunpilot.Tests.FollowUp.Word.ReportSamples;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Kommunpilot.Tests.FollowUp.Word;

public sealed class ReportWordDocumentTests
{
    [Fact]
    public void A_draft_has_its_header_block_numbered_sections_captions_chart_and_tables()
    {
        var bytes = ReportWordDocument.Build(Draft());
        SaveForLooking("uppfoljningsrapport-utkast", bytes);
        using var doc = Open(bytes);
        var main = doc.MainDocumentPart!;
        var body = main.Document.Body!;

        Assert.Equal("Lunds kommun", Paragraphs(main, "Avsandare").Single());
        Assert.Equal("Uppföljningsrapport 1", Paragraphs(main, "Title").Single());
        Assert.Equal("Samordnade servicetjänster (KS 2021/0815)", Paragraphs(main, "Subtitle").Single());

        var facts = Rows(body.Elements<Table>().First()).SelectMany(r => r).ToList();
        Assert.Contains("Dokumenttyp / Uppföljningsrapport 1", facts);
        Assert.Contains("Projekt / Samordnade servicetjänster", facts);
        Assert.Contains("Projektkod / KS 2021/0815", facts);
        Assert.Contains("Avser perioden / t.o.m. 2022-04-30", facts);
        Assert.Contains("Lämnas senast / 2022-05-15", facts);
        Assert.Contains("Status / Utkast", facts);
        Assert.Contains("Sammanställd / 2022-05-02", facts);
        Assert.DoesNotContain(facts, f => f.StartsWith("Fastställd", StringComparison.Ordinal));

        var paragraphs = Paragraphs(main);
        Assert.Contains("Delges: Kommunstyrelsens arbetsutskott, Styrgruppen för servicetjänster, Kontaktpersoner i pilotverksamheterna", paragraphs);
        Assert.Contains("Status: Utkast – ej fastställd", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("Exempelvärden", StringComparison.Ordinal));

        Assert.Equal(["1. Sammanfattning", "2. Nyckeltal", "3. Leveranser"], Paragraphs(main, "Heading1"));
        Assert.Equal(["2.1 Kundnöjdhet och kvalitet"], Paragraphs(main, "Heading2"));

        // The leader's text first, split on blank lines; a single line break stays inside its paragraph; "- " lines are bullets.
        var afterSummary = paragraphs.SkipWhile(p => p != "1. Sammanfattning").Skip(1).Take(4).ToArray();
        Assert.Equal(["Projektet följer i stort sin plan.", "Två av tre pilotverksamheter har kommit i gång.Den tredje startar i augusti.", "Hemtjänst Väster är i gång", "Korttidsboende Öster är i gång"], afterSummary);
        Assert.Equal(2, Paragraphs(main, "ListBullet").Length);
        Assert.Single(body.Descendants<Break>());
        var kpiSection = paragraphs.SkipWhile(p => p != "2. Nyckeltal").ToArray();
        Assert.Equal("Nöjdheten ökar i båda pilotverksamheterna men når ännu inte målet.", kpiSection[1]);
        Assert.Equal("2.1 Kundnöjdhet och kvalitet", kpiSection[2]);
        Assert.Equal("Mäts med en enkät efter varje ärende.", kpiSection[3]);

        // Captions: the table's above it, the chart's below it, numbered through the document.
        Assert.Contains("Diagram 1: Andel nöjda brukare", paragraphs);
        Assert.Contains("Tabell 1: Andel nöjda brukare per pilotverksamhet", paragraphs);
        Assert.Contains("Tabell 2: Leveranser", paragraphs);
        Assert.Equal(3, body.Descendants<SimpleField>().Count(f => f.Instruction!.Value!.Contains("SEQ", StringComparison.Ordinal)));
        var order = body.Elements().Select(e => e is Table ? "[tabell]" : e.Descendants<Drawing>().Any() ? "[bild]" : e.InnerText).ToList();
        var picture = order.IndexOf("[bild]");
        Assert.Equal("Diagram 1: Andel nöjda brukare", order[picture + 1]);
        Assert.Equal("Tabell 1: Andel nöjda brukare per pilotverksamhet", order[picture + 2]);
        Assert.Equal("[tabell]", order[picture + 3]);

        // The chart: one PNG, 16 cm wide keeping the chart's 2:1 shape, kept with its caption, with alternative text.
        var image = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using (var stream = image.GetStream())
        {
            var head = new byte[8];
            stream.ReadExactly(head);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
        }
        var inline = Assert.Single(body.Descendants<DW.Inline>());
        // 16 cm is just over the text width of an A4 page with 2.5 cm margins (15.998 cm): the picture takes the text width.
        Assert.Equal(WordDocument.TextWidth * 635L, inline.Extent!.Cx!.Value);
        Assert.Equal(inline.Extent.Cx.Value / 2, inline.Extent!.Cy!.Value);
        var alt = inline.DocProperties!.Description!.Value!;
        Assert.Contains("Andel nöjda brukare", alt, StringComparison.Ordinal);
        Assert.Contains("Serier: Hemtjänst Väster, Korttidsboende Öster", alt, StringComparison.Ordinal);
        Assert.Contains("Mål 80 %: 80", alt, StringComparison.Ordinal);
        Assert.Contains("tabell 1", alt, StringComparison.Ordinal);
        Assert.NotNull(body.Descendants<Paragraph>().Single(p => p.Descendants<Drawing>().Any()).ParagraphProperties?.KeepNext);

        // The tables: the figures beside the chart, the header row repeating, numbers right-aligned and texts not.
        var tables = body.Elements<Table>().Skip(1).ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(
            [
                ["Pilotverksamhet", "tertial 1 2022", "tertial 2 2022", "tertial 3 2022", "Status"],
                ["Hemtjänst Väster", "71,0 %", "74,5 %", "78,0 %", "Risk"],
                ["Korttidsboende Öster", "65,0 %", "–", "70,0 %", "Ur fas"],
            ],
            Rows(tables[0]));
        Assert.NotNull(tables[0].Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        var row = tables[0].Elements<TableRow>().ElementAt(1).Elements<TableCell>().ToList();
        Assert.Null(Alignment(row[0]));
        Assert.Equal(JustificationValues.Right, Alignment(row[1]));
        Assert.Equal(JustificationValues.Right, Alignment(row[2]));
        Assert.Null(Alignment(row[4]));
        Assert.Equal(["Gemensam kontaktväg för medborgare", "Anna Åberg", "2022-06-30", "Pågår"], Rows(tables[1])[1]);
        Assert.All(tables[1].Descendants<Paragraph>(), p => Assert.Null(p.ParagraphProperties?.Justification));

        // The page header names the project; the footer the report, its status and the page number.
        Assert.Contains("Samordnade servicetjänster", Paragraphs(Assert.Single(main.HeaderParts)));
        var footer = string.Join(" ", Paragraphs(Assert.Single(main.FooterParts)));
        Assert.Contains("Uppföljningsrapport 1 · Utkast – ej fastställd", footer, StringComparison.Ordinal);
        Assert.Contains("Sida", footer, StringComparison.Ordinal);
        Assert.Equal("Uppföljningsrapport 1 – Samordnade servicetjänster", doc.PackageProperties.Title);
        Assert.Equal("Lunds kommun", doc.PackageProperties.Creator);
    }

    [Fact]
    public void An_adopted_report_says_when_and_by_whom_and_nowhere_that_it_is_a_draft()
    {
        var bytes = ReportWordDocument.Build(Draft(c => c with { Status = ReportStatus.Adopted, AdoptedBy = "Kommunstyrelsens arbetsutskott", AdoptedOn = new DateOnly(2022, 5, 20) }));
        SaveForLooking("uppfoljningsrapport-faststalld", bytes);
        using var doc = Open(bytes);
        var main = doc.MainDocumentPart!;
        var paragraphs = Paragraphs(main);
        Assert.Contains("Status: Fastställd 2022-05-20 av Kommunstyrelsens arbetsutskott", paragraphs);
        var facts = Rows(main.Document.Body!.Elements<Table>().First()).SelectMany(r => r).ToList();
        Assert.Contains("Status / Fastställd", facts);
        Assert.Contains("Fastställd / 2022-05-20", facts);
        Assert.Contains("Fastställd av / Kommunstyrelsens arbetsutskott", facts);
        Assert.Contains("Uppföljningsrapport 1 · Fastställd 2022-05-20 av Kommunstyrelsens arbetsutskott", string.Join(" ", Paragraphs(main.FooterParts.Single())), StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs.Concat(facts), p => p.Contains("Utkast", StringComparison.Ordinal));
    }

    [Fact]
    public void Example_values_are_marked_at_the_top_and_on_every_page()
    {
        using var doc = Open(ReportWordDocument.Build(Draft(c => c with { IsExample = true })));
        var main = doc.MainDocumentPart!;
        Assert.Contains("Exempelvärden: " + ReportWordDocument.ExampleNote, Paragraphs(main));
        Assert.Contains("Samordnade servicetjänster · Exempelvärden", Paragraphs(main.HeaderParts.Single()));
    }

    [Fact]
    public void Text_with_markup_emoji_and_control_characters_is_kept_as_text_and_the_file_stays_valid()
    {
        const string Nasty = "Kostnad <b>&amp; \"nytta\"</b> & 'risk' 🚲 \u0001klar\u001F";
        var loneSurrogate = "halv\uD83Dsträng";
        var longText = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Stycke {i}: {Nasty} – åäö ÅÄÖ é ü ß € …"));
        var chart = ReportSamples.Satisfaction with
        {
            Title = "Diagram <svg onload=x> & \u0007",
            Series = [new ChartSeries("Serie <1> & 🚲\u0002", [1m, 2m, 3m]), new ChartSeries(loneSurrogate, [3m, 2m, 1m])],
        };
        var content = Draft(c => c with
        {
            ProjectName = "Projekt <x> & \"y\" 🚲\u0003",
            OrganizationName = "Kommun & <Region>",
            Title = "Uppföljningsrapport 1 <sida>",
            Recipients = ["Nämnd <A> & B\u0000", "🚲 Cykelrådet"],
            Sections =
            [
                new ReportContentSection(ReportSectionKeys.Summary, "Sammanfattning <&>\u000B", "Före sidbrytning\fEfter sidbrytning\n\n" + longText, []),
                new ReportContentSection(ReportSectionKeys.Custom, "Egen \u0008rubrik", null,
                [
                    new ReportBlock(Heading: "Rubrik <h1> & \u0001"),
                    new ReportBlock(Paragraph: Nasty),
                    new ReportBlock(Chart: chart),
                    new ReportBlock(Table: new ReportTable("Tabell <&> \u0001", ["Namn <&>", "Värde\u0002"], [[Nasty, "1 234,5 kr"], [loneSurrogate]])),
                ]),
            ],
        });
        var bytes = ReportWordDocument.Build(content);
        SaveForLooking("uppfoljningsrapport-specialtecken", bytes);
        using var doc = Open(bytes);
        var main = doc.MainDocumentPart!;
        var paragraphs = Paragraphs(main);
        const string Clean = "Kostnad <b>&amp; \"nytta\"</b> & 'risk' 🚲 klar";
        Assert.Contains(Clean, paragraphs);
        Assert.Contains("Före sidbrytning", paragraphs);
        Assert.Contains("Efter sidbrytning", paragraphs);
        Assert.Contains($"Stycke 60: {Clean} – åäö ÅÄÖ é ü ß € …", paragraphs);
        Assert.Contains("Projekt <x> & \"y\" 🚲", Paragraphs(main, "Subtitle").Single(), StringComparison.Ordinal);
        Assert.Equal("Kommun & <Region>", Paragraphs(main, "Avsandare").Single());
        Assert.Equal("Uppföljningsrapport 1 <sida>", Paragraphs(main, "Title").Single());
        Assert.Contains("Delges: Nämnd <A> & B, 🚲 Cykelrådet", paragraphs);
        Assert.Equal(["1. Sammanfattning <&>", "2. Egen rubrik"], Paragraphs(main, "Heading1"));
        Assert.Equal(["2.1 Rubrik <h1> &"], Paragraphs(main, "Heading2"));
        Assert.Contains("Tabell 1: Tabell <&>", paragraphs);
        Assert.Contains("Diagram 1: Diagram <svg onload=x> &", paragraphs);
        Assert.Contains("halvsträng", paragraphs);
        var alt = main.Document.Body!.Descendants<DW.DocProperties>().Single().Description!.Value!;
        Assert.Contains("Serier: Serie <1> & 🚲, halvsträng", alt, StringComparison.Ordinal);

        // No character XML cannot hold is left anywhere in the document's text or attributes.
        var xml = main.Document.OuterXml;
        Assert.All(xml, ch => Assert.True(XmlConvert.IsXmlChar(ch) || char.IsSurrogate(ch), $"U+{(int)ch:X4} in the document"));
        Assert.DoesNotContain("<svg", xml, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload=x&gt;", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_with_sections_but_no_data_a_chart_without_values_and_no_recipients_is_still_valid()
    {
        var empty = new TrendChart("Inga mätvärden än", "Antal", [], []);
        var content = Draft(c => c with
        {
            Kind = ReportKind.Final,
            PeriodEnd = null,
            ProjectCode = null,
            Recipients = [],
            Sections =
            [
                new ReportContentSection(ReportSectionKeys.PurposeAndGoals, "Syfte och mål", null, []),
                new ReportContentSection(ReportSectionKeys.Kpis, "Nyckeltal", "   ",
                [
                    new ReportBlock(Chart: empty),
                    new ReportBlock(Table: new ReportTable("Inga rader", ["Nyckeltal", "Värde"], [])),
                    new ReportBlock(Table: new ReportTable("", [], [])),
                ]),
            ],
        });
        using var doc = Open(ReportWordDocument.Build(content));
        var main = doc.MainDocumentPart!;
        var paragraphs = Paragraphs(main);
        Assert.Equal("Slutrapport", Paragraphs(main, "Title").Single());
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Delges", StringComparison.Ordinal));
        var facts = Rows(main.Document.Body!.Elements<Table>().First()).SelectMany(r => r).ToList();
        Assert.DoesNotContain(facts, f => f.StartsWith("Avser", StringComparison.Ordinal) || f.StartsWith("Projektkod", StringComparison.Ordinal));
        Assert.Equal(["1. Syfte och mål", "2. Nyckeltal"], Paragraphs(main, "Heading1"));
        Assert.Contains("Diagram 1: Inga mätvärden än", paragraphs);
        Assert.Contains("Tabell 1: Inga rader", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("Tabell 2", StringComparison.Ordinal));
        Assert.Contains("Inga serier", main.Document.Body!.Descendants<DW.DocProperties>().Single().Description!.Value!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_too_wide_for_the_page_continues_in_parts_that_repeat_its_first_column()
    {
        var months = Enumerable.Range(1, 24).Select(m => $"{2022 + (m - 1) / 12}-{(m - 1) % 12 + 1:00}").ToList();
        var wide = new ReportTable("Antal besök per månad", ["Pilotverksamhet", .. months],
        [
            ["Hemtjänst Väster", .. months.Select((_, i) => (i * 10).ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("sv-SE")))],
            ["Korttidsboende Öster", .. months.Select(_ => "–")],
        ]);
        var bytes = ReportWordDocument.Build(Draft(c => c with
        {
            Sections = [new ReportContentSection(ReportSectionKeys.Kpis, "Nyckeltal", null, [new ReportBlock(Table: wide), new ReportBlock(Table: Deliverables)])],
        }));
        SaveForLooking("uppfoljningsrapport-bred-tabell", bytes);
        using var doc = Open(bytes);
        var main = doc.MainDocumentPart!;
        var paragraphs = Paragraphs(main);
        Assert.Equal(
            ["Tabell 1: Antal besök per månad", "Tabell 1: Antal besök per månad (forts.)", "Tabell 1: Antal besök per månad (forts.)", "Tabell 1: Antal besök per månad (forts.)", "Tabell 2: Leveranser"],
            paragraphs.Where(p => p.StartsWith("Tabell", StringComparison.Ordinal)));
        Assert.Equal(2, main.Document.Body!.Descendants<SimpleField>().Count(f => f.Instruction!.Value!.Contains("SEQ Tabell", StringComparison.Ordinal)));
        var parts = main.Document.Body!.Elements<Table>().Skip(1).Take(4).Select(Rows).ToList();
        Assert.Equal([8, 8, 8, 4], parts.Select(p => p[0].Length));
        Assert.All(parts, p => Assert.Equal(["Pilotverksamhet", "Hemtjänst Väster", "Korttidsboende Öster"], p.Select(r => r[0])));
        Assert.Equal(["Pilotverksamhet", "2022-01", "2022-02", "2022-03", "2022-04", "2022-05", "2022-06", "2022-07"], parts[0][0]);
        Assert.Equal(["Pilotverksamhet", "2023-10", "2023-11", "2023-12"], parts[3][0]);
        Assert.Equal("230", parts[3][1][3]);
    }

    [Theory]
    [InlineData(ReportKind.FollowUp, 3, "Samordnade servicetjänster", "Uppföljningsrapport 3 Samordnade servicetjänster.docx")]
    [InlineData(ReportKind.Evaluation, 2, "Trygg hemgång", "Utvärderingsrapport 2 Trygg hemgång.docx")]
    [InlineData(ReportKind.Final, 1, "Trygg hemgång", "Slutrapport Trygg hemgång.docx")]
    [InlineData(ReportKind.FollowUp, 1, "Ny/gammal: \"väg\" <x>?*|\u0001", "Uppföljningsrapport 1 Ny gammal väg x.docx")]
    public void The_file_name_is_the_report_and_the_project_cleaned(ReportKind kind, int number, string project, string expected) =>
        Assert.Equal(expected, ReportWordDocument.FileName(Draft(c => c with { Kind = kind, Number = number, ProjectName = project })));

    [Theory]
    [InlineData(true, "71,0 %", "1 234,5", "-3", "+2,0", "12 500 kr", "4,5 procentenheter", "–", "")]
    [InlineData(true, "1\u00A0234,5 kr", "2023")]
    [InlineData(false, "tertial 1 2022")]
    [InlineData(false, "2022-T1")]
    [InlineData(false, "2022-06-30")]
    [InlineData(false, "71 %", "Risk")]
    [InlineData(false, "–", "")]
    public void Numeric_columns_are_those_whose_filled_cells_are_all_numbers(bool numeric, params string[] cells) =>
        Assert.Equal(numeric, ReportWordDocument.IsNumeric(cells));

    private static JustificationValues? Alignment(TableCell cell) =>
        cell.Elements<Paragraph>().First().ParagraphProperties?.Justification?.Val?.Value;
}
