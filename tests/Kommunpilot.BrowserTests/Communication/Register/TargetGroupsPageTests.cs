using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Register;

/// <summary>
/// The stakeholder register of a sample plan in the browser: grouped by priority under the definitions,
/// a new group added through the form (and refused first, with its input kept), moved within its
/// priority, and the delete question of a group that activities and messages use. Axe on each state.
/// </summary>
public sealed class TargetGroupsPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_stakeholder_register_is_grouped_by_priority_and_edited_through_its_forms()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/malgrupper");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Målgrupper");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync(["Definition av prioritet", "Kärnintressenter", "Primärintressenter", "Sekundärintressenter", "Lägg till målgrupp"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Styrgruppen" })).ToContainTextAsync("Kärnintressent");
        await page.AssertAccessibleAsync();

        // Refused: the name is taken (ignoring case). What was typed stays.
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("medarbetare");
        await page.GetByLabel("Prioritet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Primärintressent" });
        await page.GetByLabel("Beskrivning").FillAsync("Svarar på frågor från medborgare.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till målgruppen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Det finns redan en målgrupp som heter medarbetare i planen.");
        await Assertions.Expect(page.GetByLabel("Beskrivning")).ToHaveValueAsync("Svarar på frågor från medborgare.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-target-groups-error");

        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Kontaktcenter");
        await page.GetByLabel("Intern eller extern").SelectOptionAsync(new SelectOptionValue { Label = "Intern" });
        await page.GetByLabel("Varför?").FillAsync("För att de ska kunna svara på frågor från medborgare.");
        await page.GetByLabel("Inflytande").SelectOptionAsync(new SelectOptionValue { Label = "Låg" });
        await page.GetByLabel("Intresse", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hög" });
        await page.GetByLabel("Målgruppen för budskapen vidare till andra").CheckAsync();
        await page.GetByLabel("Till vem").FillAsync("Medborgare som ringer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till målgruppen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Målgruppen Kontaktcenter är tillagd.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Kontaktcenter" })).ToContainTextAsync("Ja, till Medborgare som ringer");

        // Moved up within the primary stakeholders: it now comes before Medarbetare.
        await page.GetByRole(AriaRole.Button, new() { Name = "Flytta upp Kontaktcenter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kontaktcenter är flyttad.");
        var primary = page.Locator("tbody").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Primärintressenter" }) });
        await Assertions.Expect(primary.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync(["Kontaktcenter", "Medarbetare"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Flytta upp Kontaktcenter" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-target-groups");

        // The delete question of a group in use says what goes with it; left unanswered.
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera Medarbetare" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Redigera målgruppen Medarbetare");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ta bort målgruppen Medarbetare" }).ClickAsync();
        var question = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(question).ToContainTextAsync("Målgruppen används i 2 aktiviteter.");
        await Assertions.Expect(question).ToContainTextAsync("Målgruppens 1 eget mål (veta, känna, göra) tas också bort.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-target-group-delete");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nej, behåll" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
