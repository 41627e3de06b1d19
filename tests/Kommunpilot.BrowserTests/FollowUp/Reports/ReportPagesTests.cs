using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.FollowUp.Reports;

/// <summary>
/// A follow-up report from plan to adoption in the browser: the draft is started, a section written,
/// the adoption first refused (no one named) and then made, and the adopted report shown as adopted.
/// Every page is scanned by axe in its normal and error states and photographed.
/// </summary>
public sealed class ReportPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task A_report_is_drafted_written_and_adopted()
    {
        var ids = await app.SampleFollowUpAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/rapporter/{ids.FollowUpReport1}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Uppföljningsrapport 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Starta utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet är startat.");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "mätvärden per period och pilotverksamhet" }).First;
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "tertial 1 2022" })).ToContainTextAsync("72 %");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Linjediagram: Nöjda verksamheter" }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-draft");

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera texten i Sammanfattning" }).ClickAsync();
        var text = page.GetByLabel("Text i avsnittet Sammanfattning");
        await text.FillAsync("Piloten har kommit i gång vid båda pilotverksamheterna.\n\nNöjdheten är strax under det förväntade.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-edit-section");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Avsnittet Sammanfattning är sparat.");
        await Assertions.Expect(page.GetByText("Nöjdheten är strax under det förväntade.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Fastställ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Fastställ rapporten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ rapporten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange vem som fastställde rapporten, till exempel Servicenämnden.");
        await Assertions.Expect(page.GetByLabel("Fastställd av")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-adopt-error");

        await page.GetByLabel("Fastställd av").FillAsync("Servicenämnden");
        await page.GetByLabel("Fastställd den").FillAsync("2022-05-20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ rapporten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uppföljningsrapport 1 är fastställd av Servicenämnden.");
        await Assertions.Expect(page.GetByText("Fastställd 2022-05-20 av Servicenämnden; visar rapporten som den fastställdes.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Redigera texten i Sammanfattning" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ladda ner som Word" })).ToHaveAttributeAsync("href", $"/api/reports/{ids.FollowUpReport1}/export/docx");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("report-adopted");
    }
}
