using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Charts;
using Kommunpilot.Features.FollowUp.Reports;

namespace Kommunpilot.Tests.FollowUp.Word;

/// <summary>Report contents built by hand, and what the tests read back out of a .docx.</summary>
internal static class ReportSamples
{
    public static readonly TrendChart Satisfaction = new(
        "Andel nöjda brukare",
        "Procent",
        ["tertial 1 2022", "tertial 2 2022", "tertial 3 2022"],
        [
            new ChartSeries("Hemtjänst Väster", [71m, 74.5m, 78m]),
            new ChartSeries("Korttidsboende Öster", [65m, null, 70m]),
        ],
        Target: 80m,
        TargetLabel: "Mål 80 %",
        Baseline: 68m);

    public static readonly ReportTable SatisfactionTable = new(
        "Andel nöjda brukare per pilotverksamhet",
        ["Pilotverksamhet", "tertial 1 2022", "tertial 2 2022", "tertial 3 2022", "Status"],
        [
            ["Hemtjänst Väster", "71,0 %", "74,5 %", "78,0 %", "Risk"],
            ["Korttidsboende Öster", "65,0 %", "–", "70,0 %", "Ur fas"],
        ]);

    public static readonly ReportTable Deliverables = new(
        "Leveranser",
        ["Leverans", "Ansvarig", "Klar senast", "Status"],
        [
            ["Gemensam kontaktväg för medborgare", "Anna Åberg", "2022-06-30", "Pågår"],
            ["Utbildning av servicehandläggare", "Örjan Ek", "2022-09-30", "Klar"],
        ]);

    /// <summary>A draft follow-up report: a text-only summary, then KPIs with a chart and its table, then deliverables.</summary>
    public static ReportContent Draft(Func<ReportContent, ReportContent>? change = null)
    {
        var content = new ReportContent(
            ReportId: 17,
            Kind: ReportKind.FollowUp,
            Number: 1,
            Title: "Uppföljningsrapport 1",
            ProjectName: "Samordnade servicetjänster",
            ProjectCode: "KS 2021/0815",
            OrganizationName: "Lunds kommun",
            PeriodEnd: new DateOnly(2022, 4, 30),
            DueDate: new DateOnly(2022, 5, 15),
            Recipients: ["Kommunstyrelsens arbetsutskott", "Styrgruppen för servicetjänster", "Kontaktpersoner i pilotverksamheterna"],
            Status: ReportStatus.Draft,
            AdoptedBy: null,
            AdoptedOn: null,
            GeneratedAt: new DateTime(2022, 5, 2, 8, 30, 0, DateTimeKind.Utc),
            IsExample: false,
            Sections:
            [
                new ReportContentSection(ReportSectionKeys.Summary, "Sammanfattning",
                    "Projektet följer i stort sin plan.\n\nTvå av tre pilotverksamheter har kommit i gång.\nDen tredje startar i augusti.\n\n- Hemtjänst Väster är i gång\n- Korttidsboende Öster är i gång",
                    []),
                new ReportContentSection(ReportSectionKeys.Kpis, "Nyckeltal",
                    "Nöjdheten ökar i båda pilotverksamheterna men når ännu inte målet.",
                    [
                        new ReportBlock(Heading: "Kundnöjdhet och kvalitet"),
                        new ReportBlock(Paragraph: "Mäts med en enkät efter varje ärende."),
                        new ReportBlock(Chart: Satisfaction),
                        new ReportBlock(Table: SatisfactionTable),
                    ]),
                new ReportContentSection(ReportSectionKeys.Deliverables, "Leveranser", null,
                    [new ReportBlock(Table: Deliverables)]),
            ],
            MeasurementIds: [1, 2, 3]);
        return change is null ? content : change(content);
    }

    /// <summary>Opens a .docx and asserts that it passes the Open XML validator.</summary>
    public static WordprocessingDocument Open(byte[] bytes)
    {
        var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return doc;
    }

    public static string[] Paragraphs(OpenXmlPart part, string? style = null) =>
        [.. part.RootElement!.Descendants<Paragraph>()
            .Where(p => style is null || p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)];

    /// <summary>Each row's cells; a cell's paragraphs joined with " / ".</summary>
    public static List<string[]> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>()
            .Select(c => string.Join(" / ", c.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)))
            .ToArray())];

    /// <summary>Saves the document for a look in LibreOffice when KP_WORD_LOOK names a folder.</summary>
    public static void SaveForLooking(string name, byte[] bytes)
    {
        if (Environment.GetEnvironmentVariable("KP_WORD_LOOK") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name + ".docx"), bytes);
        }
    }
}
