using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Projects.Parts;

/// <summary>
/// Adding, editing and deleting a deliverable, two users at once: one with JavaScript switched off
/// (the forms need none), the other, whose pages axe scans (axe needs scripts), sees the conflict with
/// both versions. Runs on a project of its own in Lunds kommun, so the demo project stays as it is.
/// </summary>
public sealed class PartFlowTests(BrowserFixture app)
{
    private async Task<int> NewLundProjectAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lund = await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == "Lunds kommun").Select(o => o.Id).SingleAsync();
        var project = new Project { Name = "Webbtest av leveranser", OrganizationId = lund };
        project.Owners.Add(new ProjectOwner { OrganizationId = lund });
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }

    /// <summary>A signed-in page in a context of its own, without JavaScript.</summary>
    private async Task<IPage> NewPageWithoutScriptsAsync()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, Locale = "sv-SE", JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/konto/logga-in");
        await page.GetByLabel("E-postadress").FillAsync(BrowserFixture.AdminEmail);
        await page.GetByLabel("Lösenord").FillAsync(BrowserFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/konto/logga-in", StringComparison.Ordinal));
        return page;
    }

    [Fact]
    public async Task Two_users_editing_the_same_deliverable_see_a_conflict_and_nothing_is_lost()
    {
        var id = await NewLundProjectAsync();
        var theirs = await NewPageWithoutScriptsAsync();
        await theirs.GotoAsync($"/projekt/{id}/leveranser");
        await Assertions.Expect(theirs.GetByText("Projektet har inga leveranser ännu.")).ToBeVisibleAsync();
        await theirs.GetByLabel("Kod").FillAsync("L1");
        await theirs.GetByLabel("Beskrivning").FillAsync("Uppföljningsrapport till berörda förvaltningar");
        await theirs.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Pågår" });
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Lägg till leveransen" }).ClickAsync();
        await Assertions.Expect(theirs.GetByRole(AriaRole.Status)).ToHaveTextAsync("Leverans L1 är tillagd.");
        Assert.EndsWith($"/projekt/{id}/leveranser#main", theirs.Url, StringComparison.Ordinal);
        await Assertions.Expect(theirs.GetByRole(AriaRole.Row, new() { Name = "L1" })).ToContainTextAsync("Pågår");

        // Both open the edit page; the other saves first.
        var mine = await app.NewPageAsync();
        await mine.GotoAsync(theirs.Url);
        await mine.AssertAccessibleAsync();
        await mine.GetByRole(AriaRole.Link, new() { Name = "Redigera L1" }).ClickAsync();
        await theirs.GetByRole(AriaRole.Link, new() { Name = "Redigera L1" }).ClickAsync();
        await theirs.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Klar" });
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(theirs.GetByRole(AriaRole.Status)).ToHaveTextAsync("Leverans L1 är sparad.");

        await mine.GetByLabel("Kommentar").FillAsync("Löpande under hela pilotprojektet");
        await mine.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Försenad" });
        await mine.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        var conflict = mine.GetByRole(AriaRole.Alert);
        await Assertions.Expect(conflict).ToContainTextAsync("Ändrad av någon annan");
        await Assertions.Expect(conflict.GetByRole(AriaRole.Row, new() { Name = "Status" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["Försenad", "Klar"]);
        await Assertions.Expect(mine.GetByLabel("Kommentar")).ToHaveValueAsync("Löpande under hela pilotprojektet");
        await mine.AssertAccessibleAsync();
        await mine.ScreenshotAsync("parts-deliverable-conflict");

        // The delete question is answered after the other has changed the code: nothing is deleted.
        await mine.GetByRole(AriaRole.Link, new() { Name = "Ta bort leverans L1" }).ClickAsync();
        await theirs.GetByRole(AriaRole.Link, new() { Name = "Redigera L1" }).ClickAsync();
        await theirs.GetByLabel("Kod").FillAsync("L2");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await mine.GetByRole(AriaRole.Button, new() { Name = "Ja, ta bort leverans L1" }).ClickAsync();
        await Assertions.Expect(mine.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ändrad av någon annan" })).ToContainTextAsync("L2");
        await mine.AssertAccessibleAsync();
        await mine.GetByRole(AriaRole.Button, new() { Name = "Ja, ta bort leverans L2" }).ClickAsync();
        await Assertions.Expect(mine.GetByRole(AriaRole.Status)).ToHaveTextAsync("Leverans L2 är borttagen.");
        await Assertions.Expect(mine.GetByText("Projektet har inga leveranser ännu.")).ToBeVisibleAsync();
        await mine.AssertAccessibleAsync();
        await mine.Context.CloseAsync();
        await theirs.Context.CloseAsync();
    }
}
