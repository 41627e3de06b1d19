using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Register;

/// <summary>The channels and the risks of a sample plan in the browser, in their normal and error states, with axe.</summary>
public sealed class ChannelsAndRisksPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_channels_and_risks_pages_are_accessible_and_refuse_bad_input_clearly()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/kanaler");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Fysiskt möte" })).ToContainTextAsync("Projektledare");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Fysiskt möte" })).ToContainTextAsync("1 aktivitet");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till kanalen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange kanalens namn.");
        Assert.EndsWith("#add-heading", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera Nyhetsbrev" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ta bort kanalen Nyhetsbrev" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Kanalen används i 1 aktivitet.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-channels-delete");

        await page.GotoAsync($"/kommunikation/{planId}/risker");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Information i fel tid skapar oro." })).ToContainTextAsync("Hög (6)");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Sannolikhet").SelectOptionAsync(new SelectOptionValue { Label = "Hög" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till risken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Beskriv risken.");
        await Assertions.Expect(page.GetByLabel("Sannolikhet")).ToHaveValueAsync("High");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Risk", new() { Exact = true }).FillAsync("Få deltagare på informationsmötena.");
        await page.GetByLabel("Konsekvens").SelectOptionAsync(new SelectOptionValue { Label = "Medel" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till risken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Risken är tillagd.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Få deltagare på informationsmötena." })).ToContainTextAsync("Hög (6)");
        await page.ScreenshotAsync("register-risks");
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera risken ”Få deltagare på informationsmötena.”" }).ClickAsync();
        await page.GetByLabel("Risk", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Beskriv risken.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
