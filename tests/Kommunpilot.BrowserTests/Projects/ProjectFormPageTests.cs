using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Projects;

public sealed class ProjectFormPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_create_form_says_what_is_wrong_and_is_usable_by_keyboard()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/projekt");
        await page.GetByRole(AriaRole.Link, new() { Name = "Nytt projekt" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nytt projekt", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Sent empty: each missing field is named, marked invalid and described by its message.
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa projektet" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Välj vilken organisation som leder projektet.");
        await Assertions.Expect(errors).ToContainTextAsync("Ange projektets namn.");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Namn", Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Namn", Exact = true })).ToHaveAccessibleDescriptionAsync("Ange projektets namn.");
        await page.AssertAccessibleAsync();

        // Dates out of order keep everything typed.
        await page.GetByLabel("Ledande organisation").SelectOptionAsync(new SelectOptionValue { Label = ProjectSeed.Organization });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Namn", Exact = true }).FillAsync("Datumprov");
        await page.GetByLabel("Startdatum").FillAsync("2026-06-01");
        await page.GetByLabel("Slutdatum").FillAsync("2026-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa projektet" }).ClickAsync();
        await Assertions.Expect(errors).ToContainTextAsync("Slutdatum kan inte vara före startdatum.");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Namn", Exact = true })).ToHaveValueAsync("Datumprov");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("projekt-nytt-fel");

        // By keyboard: from the organisation, Tab reaches name, code and subtitle in order; Enter sends.
        var name = ProjectSeed.UniqueName("Tangentbordsprojekt");
        await page.GetByLabel("Slutdatum").FillAsync("");
        await page.GetByLabel("Ledande organisation").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Namn", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Projektkod")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Undertitel")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Pilotprojekt");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Projektet är skapat.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_edit_form_saves_and_shows_a_conflict_when_two_edit_at_once()
    {
        var name = ProjectSeed.UniqueName("Redigeras i webbläsaren");
        var first = await app.NewPageAsync();
        await first.GotoAsync("/projekt/nytt");
        await first.GetByLabel("Ledande organisation").SelectOptionAsync(new SelectOptionValue { Label = ProjectSeed.Organization });
        await first.GetByRole(AriaRole.Textbox, new() { Name = "Namn", Exact = true }).FillAsync(name);
        await first.GetByRole(AriaRole.Button, new() { Name = "Skapa projektet" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        var projectUrl = new Uri(first.Url).AbsolutePath;

        await first.GetByRole(AriaRole.Link, new() { Name = "Redigera projektets uppgifter" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Redigera projektet", Level = 1 })).ToBeVisibleAsync();
        await first.AssertAccessibleAsync();

        var second = await app.NewPageAsync();
        await second.GotoAsync(projectUrl + "/redigera");

        await first.GetByLabel("Diarienummer").FillAsync("KS 2026/0001");
        await first.GetByLabel("Bakgrund", new() { Exact = true }).FillAsync("Den första användarens bakgrund.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("Ändringarna är sparade.");
        await Assertions.Expect(first.GetByRole(AriaRole.Table, new() { Name = "Dokumentinformation" })).ToContainTextAsync("KS 2026/0001");

        await second.GetByLabel("Bakgrund", new() { Exact = true }).FillAsync("Den andra användarens bakgrund.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        var conflict = second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ändrad av någon annan" });
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict.GetByRole(AriaRole.Rowheader, new() { Name = "Bakgrund" })).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("Den första användarens bakgrund.");
        await Assertions.Expect(second.GetByLabel("Bakgrund", new() { Exact = true })).ToHaveValueAsync("Den andra användarens bakgrund.");
        await second.AssertAccessibleAsync();
        await second.ScreenshotAsync("projekt-konflikt");

        // Saving again, having seen both versions, is a deliberate choice.
        await second.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("Ändringarna är sparade.");
        await Assertions.Expect(second.GetByText("Den andra användarens bakgrund.")).ToBeVisibleAsync();

        // The history names who changed what.
        await second.GetByRole(AriaRole.Link, new() { Name = "Historik", Exact = true }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Historik", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Rowheader, new() { Name = "Diarienummer" }).First).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByText("Demoadministratör").First).ToBeVisibleAsync();
        await second.AssertAccessibleAsync();
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Fact]
    public async Task The_phase_page_sets_the_phase_and_records_decisions()
    {
        var id = await app.ProjectWithModelAsync(ProjectSeed.UniqueName("Fasprojekt i webbläsaren"));
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/projekt/{id}/fas");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fas och beslut", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Aktuell fas", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Genomförande" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara fas" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fasen är sparad.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslutet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange vem som fattade beslutet.");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Beslutspunkt", Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Beslutat av").FillAsync("Styrgruppen");
        await page.GetByLabel("Beslutsdatum").FillAsync("2026-03-01");
        await page.GetByLabel("Beslutsunderlag").FillAsync("Projektplan 1.0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera beslutet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Beslutet är registrerat.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Beslut vid beslutspunkterna" })).ToContainTextAsync("Projektplan 1.0");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("projekt-fas");
        await page.Context.CloseAsync();
    }
}
