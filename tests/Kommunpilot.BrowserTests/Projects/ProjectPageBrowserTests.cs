using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Projects;

public sealed class ProjectPageBrowserTests(BrowserFixture app)
{
    [Fact]
    public async Task The_lund_pilot_page_is_accessible_and_reads_like_the_project_description()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/projekt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Samordnade servicetjänster" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Samordnade servicetjänster", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Dokumentinformation" })).ToContainTextAsync("SN 2021/0083");
        foreach (var section in new[] { "1. Bakgrund och beställare", "2. Mål", "3. Projektbeskrivning, leveransförteckning", "4. Projektorganisation" })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = section, Level = 2 })).ToBeVisibleAsync();
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Pilotverksamheter" })).ToContainTextAsync("2022-04-01 (prel.)");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Leveransförteckning" }).GetByRole(AriaRole.Rowheader, new() { Name = "L8" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Redigera mål" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Word" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/projects/\\d+/export/docx$"));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("projekt-lund");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_project_is_an_accessible_404_page()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/projekt/987654321");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sidan finns inte" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
