using System.Globalization;
using System.Text;
using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.BrowserTests.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.FollowUp.Kolada;

/// <summary>
/// Kolada in the browser: the organisation page (choosing the municipality, a refused file, the preview
/// and the import) and a project's comparison page, each scanned by axe. Uses a Kolada KPI id of its own
/// (U19371) on the sample's satisfaction KPI, in Åmål.
/// </summary>
public sealed class KoladaFlowTests(BrowserFixture app)
{
    private const string KpiId = "U19371";

    private static string Element(string municipality, int year, string value) =>
        $$"""{"kpi":"{{KpiId}}","municipality":"{{municipality}}","period":{{year}},"values":[{"count":1,"gender":"T","status":"","value":{{value}}}]}""";

    private static FilePayload Json(string name, params string[] elements) => new()
    {
        Name = name,
        MimeType = "application/json",
        Buffer = Encoding.UTF8.GetBytes($$"""{"count":{{elements.Length}},"values":[{{string.Join(",", elements)}}]}"""),
    };

    private static async Task UploadAsync(IPage page, FilePayload file)
    {
        await page.GetByLabel("Fil från Kolada (JSON)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Förhandsgranska", Exact = true }).ClickAsync();
    }

    [Fact]
    public async Task Kolada_figures_are_imported_on_the_organisation_page_and_compared_on_the_project_page()
    {
        var sample = await app.SampleFollowUpAsync();
        int organizationId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            organizationId = await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == ProjectSeed.Organization).Select(o => o.Id).SingleAsync();
            var kpi = await db.Kpis.IgnoreQueryFilters().SingleAsync(k => k.Id == sample.SatisfactionKpi);
            kpi.KoladaKpiId = KpiId;
            await db.SaveChangesAsync();
        }

        var page = await app.NewPageAsync();
        await page.GotoAsync($"/organisation/{organizationId}/kolada");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kolada");
        await page.GetByLabel("Kommun eller region", new() { Exact = true }).SelectOptionAsync("1492");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Organisationen är nu 1492 Åmål i Kolada.");
        await page.AssertAccessibleAsync();

        // A file naming a municipality that does not exist: refused at the upload field, nothing saved.
        await UploadAsync(page, Json("fel.json", Element("1492", 2022, "80.5"), Element("9999", 2022, "1")));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Filen nämner kommun-id som inte finns: 9999.");
        await Assertions.Expect(page.GetByLabel("Fil från Kolada (JSON)")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kolada-upload-refused");

        await UploadAsync(page, Json("kolada-amal.json",
            Element("1492", 2021, "77.0"), Element("1492", 2022, "80.5"), Element("1492", 2023, "null"),
            Element("0000", 2021, "75.2"), Element("0000", 2022, "76.8"), Element("0000", 2023, "77.1")));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Förhandsgranskning av kolada-amal.json" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("0000 Riket, 1492 Åmål");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kolada-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Importera 6 värden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"värden för {KpiId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = KpiId })).ToContainTextAsync("2021–2023");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kolada-imported");

        await page.GotoAsync($"/projekt/{sample.ProjectId}/kolada");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kolada");
        var table = page.GetByRole(AriaRole.Table).First;
        await Assertions.Expect(table).ToContainTextAsync("1492 Åmål");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "2022" }).First).ToContainTextAsync("80,5");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "2023" }).First).ToContainTextAsync("saknas");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Linjediagram över" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Källa: Kolada (RKA), hämtad " + DateTime.UtcNow.ToString("yyyy", CultureInfo.InvariantCulture)).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kolada-comparison");
    }
}
