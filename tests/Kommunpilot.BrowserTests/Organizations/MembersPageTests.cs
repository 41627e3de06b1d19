using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Organizations;

/// <summary>The users page in a real browser: inviting, the activation link, the last administrator, and axe on each state.</summary>
public sealed class MembersPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_users_page_invites_shows_the_link_and_protects_the_last_administrator()
    {
        var tenant = await BrowserTenant.CreateAsync(app);
        var page = await tenant.SignInAsync(app);
        await page.GotoAsync($"/organisation/{tenant.OrganizationId}");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administrera organisationen" }).GetByRole(AriaRole.Link, new() { Name = "Användare" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Användare", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var invite = page.GetByRole(AriaRole.Region, new() { Name = "Bjud in en användare" });
        await invite.GetByLabel("E-postadress").FillAsync("inte-en-adress");
        await invite.GetByLabel("Namn").FillAsync("Pål Svensson");
        await invite.GetByRole(AriaRole.Button, new() { Name = "Bjud in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Ange en giltig e-postadress.");
        await Assertions.Expect(invite.GetByLabel("Namn")).ToHaveValueAsync("Pål Svensson");
        await page.AssertAccessibleAsync();

        await invite.GetByLabel("E-postadress").FillAsync($"pal-{Guid.NewGuid():N}@lund.example");
        await invite.GetByLabel("Roll").SelectOptionAsync(new SelectOptionValue { Label = "projektledare" });
        await invite.GetByRole(AriaRole.Button, new() { Name = "Bjud in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("är inbjuden som projektledare.");
        await Assertions.Expect(page.GetByText("Skicka länken till personen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Aktiveringslänk", new() { Exact = true })).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/konto/aktivera\\?uid=.+&token=.+"));
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Pål Svensson" })).ToContainTextAsync("Inbjuden, ej aktiverad");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("users");

        // The only administrator cannot step down.
        var me = page.GetByRole(AriaRole.Row).Filter(new() { HasText = tenant.Email });
        await me.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "läsare" });
        await me.GetByRole(AriaRole.Button, new() { Name = "Spara roll" }).ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("är organisationens enda administratör.");
        await page.AssertAccessibleAsync();

        // Make the invitee an administrator too; then the first may step down.
        var pal = page.GetByRole(AriaRole.Row, new() { Name = "Pål Svensson" });
        await pal.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "administratör" });
        await pal.GetByRole(AriaRole.Button, new() { Name = "Spara roll för Pål Svensson" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Pål Svensson har nu rollen administratör.");
        await page.AssertAccessibleAsync();

        // The administration speaks English too.
        await page.GetByRole(AriaRole.Button, new() { Name = "In English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Invite" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "På svenska" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Användare", Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
