using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Documents;

/// <summary>
/// The plan's page "Dokument och kalender" in the browser: the downloads, the calendar links, and
/// renewing the plan's link (the old one stops working), scanned by axe before and after.
/// </summary>
public sealed class DocumentsPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_documents_page_offers_the_downloads_and_renews_the_calendar_link()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/dokument");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Dokument och kalender");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Dokument och kalender" })).ToHaveAttributeAsync("aria-current", "page");
        var link = page.GetByLabel("Planens kalenderlänk");
        await Assertions.Expect(link).ToHaveAttributeAsync("readonly", "");
        var oldUrl = await link.InputValueAsync();
        Assert.Matches($"^https?://[^/]+/api/communication-plans/{planId}/calendar\\.ics\\?token=[A-Za-z0-9_-]{{43}}$", oldUrl);
        await Assertions.Expect(page.GetByLabel(new System.Text.RegularExpressions.Regex("^Kalenderlänk för Projektledare "))).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/api/communication-people/\\d+/calendar\\.ics\\?token="));
        await Assertions.Expect(page.GetByText("1 av planens 3 aktiviteter saknar datum")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("communication-documents");

        var word = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner planen som Word" }).ClickAsync());
        Assert.EndsWith(".docx", word.SuggestedFilename, StringComparison.Ordinal);
        var excel = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner aktivitetsplanen som Excel" }).ClickAsync());
        Assert.StartsWith("Aktivitetsplan ", excel.SuggestedFilename, StringComparison.Ordinal);

        var feed = await page.APIRequest.GetAsync(oldUrl);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Förnya länken för planen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planens kalenderlänk är förnyad.");
        var newUrl = await page.GetByLabel("Planens kalenderlänk").InputValueAsync();
        Assert.NotEqual(oldUrl, newUrl);
        Assert.Equal(404, (await page.APIRequest.GetAsync(oldUrl)).Status);
        Assert.Equal(200, (await page.APIRequest.GetAsync(newUrl)).Status);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("communication-documents-renewed");
    }
}
