using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Accounts;

public sealed class LoginPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_login_page_is_accessible_and_says_what_is_wrong()
    {
        var page = await app.NewPageAsync(signedIn: false);
        await page.GotoAsync("/");
        Assert.Contains("/konto/logga-in", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange din e-postadress.");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("E-postadress").FillAsync(BrowserFixture.AdminEmail);
        await page.GetByLabel("Lösenord").FillAsync("fel-lösenord");
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fel e-postadress eller lösenord.");
        await Assertions.Expect(page.GetByLabel("E-postadress")).ToHaveValueAsync(BrowserFixture.AdminEmail);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_start_page_is_accessible_by_keyboard_and_switches_language()
    {
        var page = await app.NewPageAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Välkommen till Kommunpilot" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("start");

        // The first Tab reaches the skip link.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hoppa till innehållet" })).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome to Kommunpilot" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Välkommen till Kommunpilot" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
