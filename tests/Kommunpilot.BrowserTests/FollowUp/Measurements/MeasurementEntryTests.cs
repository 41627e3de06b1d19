using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.FollowUp.Measurements;

/// <summary>
/// Entering one measurement in the browser: the overview, a value in the wrong unit refused next to its
/// field, a duplicate offered as an update of the stored value, and the import page – each scanned by axe.
/// </summary>
public sealed class MeasurementEntryTests(BrowserFixture app)
{
    [Fact]
    public async Task A_value_with_errors_is_corrected_and_a_duplicate_updates_the_stored_value()
    {
        var ids = await app.SampleFollowUpAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/projekt/{ids.ProjectId}/matvarden");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Mätvärden");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("tertial 3 2022");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("measurements-overview");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nytt mätvärde" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Nytt mätvärde");
        await page.GetByLabel("Pilotverksamhet").SelectOptionAsync(new SelectOptionValue { Label = ids.SiteBName });
        await page.GetByLabel("Period").SelectOptionAsync(new SelectOptionValue { Label = "tertial 1 2023" });
        await page.GetByLabel("Värde", new() { Exact = true }).FillAsync("1 200 kr");
        await page.GetByLabel("Kommentar").FillAsync("Enkät i april");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("är angivet i kronor (kr), men");
        await Assertions.Expect(page.GetByLabel("Värde", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Värde", new() { Exact = true })).ToHaveValueAsync("1 200 kr");
        await Assertions.Expect(page.GetByLabel("Kommentar")).ToHaveValueAsync("Enkät i april");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("measurement-entry-errors");

        // The same site and a period that has a value: nothing saved, the stored value shown, update offered.
        await page.GetByLabel("Period").SelectOptionAsync(new SelectOptionValue { Label = "tertial 1 2022" });
        await page.GetByLabel("Värde", new() { Exact = true }).FillAsync("69 %");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        var duplicate = page.Locator("#duplicate");
        await Assertions.Expect(duplicate).ToContainTextAsync("Det finns redan ett värde för");
        await Assertions.Expect(duplicate).ToContainTextAsync("68 %");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("measurement-duplicate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ersätt det sparade värdet med mitt (69 %)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Det sparade värdet är ersatt med ditt.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("69 %");

        await page.GotoAsync($"/projekt/{ids.ProjectId}/matvarden/import");
        await Assertions.Expect(page.GetByLabel("Excel-fil (.xlsx)")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("measurement-import");
    }
}
