using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;

namespace Kommunpilot.Tests.Projects.Export;

public abstract class ProjectExportTests(AppFactory app)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static async Task<byte[]> DocxAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string[] Paragraphs(OpenXmlPart part, string? style = null) =>
        [.. part.RootElement!.Descendants<Paragraph>()
            .Where(p => style is null || p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)];

    private static List<string[]> Rows(Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];

    [Fact]
    public async Task The_lund_pilot_exports_as_a_valid_project_description()
    {
        var client = await app.BearerClientAsync();
        var response = await client.GetAsync($"/api/projects/{await app.LundPilotIdAsync()}/export/docx");
        var bytes = await DocxAsync(response);
        Assert.Equal("Projektbeskrivning Samordnade servicetjänster.docx", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);

        using var stream = new MemoryStream(bytes);
        using var doc = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var main = doc.MainDocumentPart!;
        Assert.Equal("LUNDS KOMMUN", Paragraphs(main, "Avsandare").Single().ToUpperInvariant());
        Assert.Equal("Projektbeskrivning", Paragraphs(main, "Title").Single());
        Assert.Equal("Samordnade servicetjänster – Pilotprojekt", Paragraphs(main, "Subtitle").Single());
        Assert.Equal(
            ["1. Bakgrund och beställare", "2. Mål", "3. Projektbeskrivning, leveransförteckning", "4. Projektorganisation"],
            Paragraphs(main, "Heading1"));
        var subheadings = Paragraphs(main, "Heading2");
        foreach (var heading in new[] { "Effektmål", "Projektmål", "Avgränsningar", "Projektets uppföljning", "Projektbeskrivning", "Leveransförteckning", "Milstolpar", "Styrgrupp" })
        {
            Assert.Contains(heading, subheadings);
        }

        var tables = main.Document.Body!.Elements<Table>().ToList();
        var facts = string.Join(" | ", Rows(tables[0]).SelectMany(r => r));
        Assert.Contains("DiarienummerSN 2021/0083", facts, StringComparison.Ordinal);
        Assert.Contains("Beslutsdatum2021-11-25", facts, StringComparison.Ordinal);
        Assert.Contains("Senast reviderad2021-11-19", facts, StringComparison.Ordinal);

        var sites = tables.Single(t => Rows(t)[0].SequenceEqual(["Datum", "Verksamhet", "Förklaring", "Överenskommelse"]));
        Assert.Equal(8, Rows(sites).Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Pilotverksamhet {i}"), Rows(sites).Skip(1).Select(r => r[1][..17]));
        Assert.Contains(Rows(sites), r => r[0] == "2022-02-01 (prel.)" && r[3] == "Offert under framtagande");
        Assert.NotNull(sites.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());

        var deliverables = tables.Single(t => Rows(t)[0][0] == "Leverans");
        Assert.Equal(["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8"], Rows(deliverables).Skip(1).Select(r => r[0]));
        Assert.Equal(["Leverans", "Beskrivning", "Kommentar", "Klart senast"], Rows(deliverables)[0]);
        Assert.Equal("2024-01-30", Rows(deliverables)[8][3]);

        // L7's description has two paragraphs; texts with newlines become paragraphs.
        var l7 = deliverables.Elements<TableRow>().ElementAt(7).Elements<TableCell>().ElementAt(1);
        Assert.Equal(2, l7.Elements<Paragraph>().Count());
        Assert.True(Paragraphs(main).Count(p => p.StartsWith("Uppföljningen kan göras", StringComparison.Ordinal)) == 1);

        Assert.Contains("Fastställda nyckeltal och uppföljningsmetoder (Styrgrupp)", Paragraphs(main, "ListBullet"));

        var header = main.HeaderParts.Single();
        Assert.Equal("Demodata", Paragraphs(header).Single());
        var footer = main.FooterParts.Single().Footer!;
        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Contains("PAGE", StringComparison.Ordinal));
        Assert.Contains("SN 2021/0083", footer.InnerText, StringComparison.Ordinal);

        var section = main.Document.Body.Elements<SectionProperties>().Single();
        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838U, section.GetFirstChild<PageSize>()!.Height!.Value);
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId!.Value).ToList();
        Assert.Contains("Heading1", styles);
        Assert.Contains("Title", styles);

        Assert.Equal("Projektbeskrivning – Samordnade servicetjänster", doc.PackageProperties.Title);
        Assert.Equal("Lunds kommun", doc.PackageProperties.Creator);
    }

    [Fact]
    public async Task Unknown_and_other_tenants_projects_are_404()
    {
        var tenant = await app.NewTenantAsync();
        var client = await app.BearerClientAsync(tenant);
        await (await client.GetAsync($"/api/projects/{await app.LundPilotIdAsync()}/export/docx")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/projects/987654/export/docx")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reader_exports_a_project_and_text_lines_become_paragraphs()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Reader);
        var id = await app.SeedProjectAsync(tenant.OrganizationId, "Bibliotek: \"Läsfrämjande\" / pilot?", p =>
        {
            p.Background = "Första raden.\r\nAndra raden.\n\nTredje raden med \u0001styrtecken och 🚲.";
            p.Header = new DocumentHeader { DocumentVersion = "2.0", OtherReferences = "Finansiärens ärende 2024-17" };
            p.Deliverables.Add(new Deliverable { Code = "L1", Description = "En leverans.", Status = WorkStatus.InProgress });
        });
        // With the browser session, as the button on the project page downloads it.
        var client = await app.SignedInClientAsync(tenant.Email, tenant.Password);

        var response = await client.GetAsync($"/api/projects/{id}/export/docx");
        var bytes = await DocxAsync(response);
        var fileName = response.Content.Headers.ContentDisposition!.FileNameStar!;
        Assert.Equal("Projektbeskrivning Bibliotek Läsfrämjande pilot.docx", fileName);

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var main = doc.MainDocumentPart!;
        var paragraphs = Paragraphs(main);
        Assert.Contains("Första raden.", paragraphs);
        Assert.Contains("Andra raden.", paragraphs);
        Assert.Contains("Tredje raden med styrtecken och 🚲.", paragraphs);
        Assert.Empty(main.HeaderParts);
        Assert.Equal(tenant.OrganizationName, Paragraphs(main, "Avsandare").Single());
        var facts = string.Join(" | ", Rows(main.Document.Body!.Elements<Table>().First()).SelectMany(r => r));
        Assert.Contains("Version2.0", facts, StringComparison.Ordinal);
        Assert.Contains("Övriga referenserFinansiärens ärende 2024-17", facts, StringComparison.Ordinal);
        var deliverables = main.Document.Body.Elements<Table>().Single(t => Rows(t)[0][0] == "Leverans");
        Assert.Equal(["Leverans", "Beskrivning", "Kommentar", "Status"], Rows(deliverables)[0]);
        Assert.Equal("Pågår", Rows(deliverables)[1][3]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ProjectExportSqliteTests(SqliteApp app) : ProjectExportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ProjectExportPostgresTests(PostgresApp app) : ProjectExportTests(app);
