using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.BrowserTests.Organizations;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Accounts;

/// <summary>Activating an invitation and one's own account page, in a real browser with axe on every state.</summary>
public sealed class AccountPagesTests(BrowserFixture app)
{
    private static async Task<string> InviteAsync(IPage admin, BrowserTenant tenant, string email)
    {
        await admin.GotoAsync($"/organisation/{tenant.OrganizationId}/anvandare");
        var invite = admin.GetByRole(AriaRole.Region, new() { Name = "Bjud in en användare" });
        await invite.GetByLabel("E-postadress").FillAsync(email);
        await invite.GetByLabel("Namn").FillAsync("Irma Inbjuden");
        await invite.GetByRole(AriaRole.Button, new() { Name = "Bjud in" }).ClickAsync();
        return await admin.GetByLabel("Aktiveringslänk", new() { Exact = true }).InputValueAsync();
    }

    [Fact]
    public async Task An_invitee_activates_the_account_and_sees_the_organisation()
    {
        var tenant = await BrowserTenant.CreateAsync(app);
        var admin = await tenant.SignInAsync(app);
        var email = $"irma-{Guid.NewGuid():N}@prov.example";
        var link = await InviteAsync(admin, tenant, email);
        await admin.Context.CloseAsync();

        var page = await app.NewPageAsync(signedIn: false);
        await page.GotoAsync("/konto/aktivera?uid=okand&token=QUJD");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Länken är ogiltig, har gått ut eller har redan använts.");
        await page.AssertAccessibleAsync();

        await page.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(page.GetByText(email)).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync("kort");
        await page.GetByLabel("Upprepa lösenordet").FillAsync("kort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Välj lösenord och logga in" }).ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Lösenordet måste ha minst 12 tecken.");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Lösenord", new() { Exact = true }).FillAsync("Irmas-losen-2026");
        await page.GetByLabel("Upprepa lösenordet").FillAsync("Irmas-losen-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Välj lösenord och logga in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = tenant.OrganizationName })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_account_page_shows_organisations_and_changes_the_password()
    {
        var tenant = await BrowserTenant.CreateAsync(app);
        var page = await tenant.SignInAsync(app);
        await page.GetByRole(AriaRole.Link, new() { Name = "Provadmin" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ditt konto" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = tenant.OrganizationName })).ToContainTextAsync("administratör");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Nuvarande lösenord").FillAsync("Fel-losenord-123");
        await page.GetByLabel("Nytt lösenord").FillAsync("Nytt-starkt-losen-9");
        await page.GetByLabel("Upprepa det nya lösenordet").FillAsync("Nytt-starkt-losen-9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Byt lösenord" }).ClickAsync();
        await Assertions.Expect(page.Locator("#form-errors")).ToContainTextAsync("Fel lösenord.");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Nuvarande lösenord").FillAsync(tenant.Password);
        await page.GetByLabel("Nytt lösenord").FillAsync("Nytt-starkt-losen-9");
        await page.GetByLabel("Upprepa det nya lösenordet").FillAsync("Nytt-starkt-losen-9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Byt lösenord" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Lösenordet är bytt.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
