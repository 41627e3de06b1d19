using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Goals;

/// <summary>
/// The goals, goal progress and messages pages of a sample plan in the browser, each scanned by axe in
/// its normal and error states; the goals and progress pages are photographed.
/// </summary>
public sealed class GoalPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task The_goals_page_shows_know_feel_do_and_measurable_goals_and_its_forms_explain_their_errors()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/mal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Mål");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kunskapsmål (veta)" })).ToBeVisibleAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Kommunikationsmål per målgrupp" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(4); // the header and three target groups
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Medarbetare" })).ToContainTextAsync("Vilja delta i genomförandet.");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Styrgruppen" })).ToContainTextAsync("Inga mål");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("comm-goals");

        // An empty cell's link opens the form with the group and the aspect chosen.
        await page.GetByRole(AriaRole.Link, new() { Name = "Lägg till attitydmålet för Styrgruppen" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Målgrupp", new() { Exact = true })).ToHaveValueAsync(await OptionValueAsync(page, "Styrgruppen"));
        await Assertions.Expect(page.GetByLabel("Veta, känna eller göra")).ToHaveValueAsync("Feel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till målet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Skriv målet.");
        Assert.EndsWith("#add-goal-heading", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Mål", Exact = true }).First.FillAsync("Känna förtroende för projektet.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till målet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Målet är tillagt.");
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "Styrgruppen" })).ToContainTextAsync("Känna förtroende för projektet.");

        // A quantitative goal without a target, and a negative progress.
        var measurable = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Lägg till mätbart mål" }) });
        await measurable.GetByLabel("Mål", new() { Exact = true }).FillAsync("Projektets digitala plattform ska nå 100 unika besökare");
        await measurable.GetByLabel("Enhet").FillAsync("unika besökare");
        await measurable.GetByLabel("Framsteg hittills").FillAsync("-4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till det mätbara målet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ett kvantitativt mål behöver ett målvärde större än noll");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Framsteget kan inte vara negativt.");
        await Assertions.Expect(measurable.GetByLabel("Målvärde", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("comm-goals-error");

        // A measurable goal's edit page and its delete question.
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera det mätbara målet Projektet ska ha presenterats på två konferenser" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Redigera det mätbara målet");
        await Assertions.Expect(page.GetByLabel("Målvärde", new() { Exact = true })).ToHaveValueAsync("2");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ta bort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("1 aktivitet räknas mot målet.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_progress_page_shows_each_goal_against_its_target_and_the_groups_without_goals()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/maluppfyllelse");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Måluppfyllelse");
        var bar = page.GetByRole(AriaRole.Progressbar, new() { Name = "Projektet ska ha presenterats på två konferenser" });
        await Assertions.Expect(bar).ToHaveAttributeAsync("value", "1");
        await Assertions.Expect(page.GetByText("1 av 2 konferenser (50 %)")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Projektet ska ha presenterats på två konferenser" }))
            .ToContainTextAsync("Information till styrgruppen");
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Positivt omnämnd i lokalpressen" })).ToContainTextAsync("Inte uppnått ännu");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Målgrupper utan mål" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("comm-goal-progress");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_messages_page_groups_the_messages_and_its_form_explains_its_errors()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/budskap");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Kärnintressenter" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Budskap 1" })).ToContainTextAsync("pålitligt metodstöd");
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Budskap utan nummer" })).ToContainTextAsync("Din känsla – så att jag tror på dig");
        await page.AssertAccessibleAsync();

        // Nothing said, then a number already taken.
        await page.GetByLabel("Nummer", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Förtydligande").FillAsync("Ett förtydligande utan budskap");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till budskapet" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Skriv budskapet, eller minst en av delarna varför, vad, känsla och hur.");
        await Assertions.Expect(alert).ToContainTextAsync("Nummer 1 används redan av ett annat budskap i planen.");
        await Assertions.Expect(page.GetByLabel("Förtydligande")).ToHaveValueAsync("Ett förtydligande utan budskap");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Nummer", new() { Exact = true }).FillAsync("2");
        await page.GetByLabel("Till prioritetsklass").SelectOptionAsync(new SelectOptionValue { Label = "Primärintressenter" });
        await page.GetByLabel("Medarbetare").CheckAsync();
        await page.GetByLabel("Budskap", new() { Exact = true }).FillAsync("Förändringen ger medarbetarna goda effekter.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till budskapet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Budskap nr 2 är tillagt.");
        await Assertions.Expect(page.GetByRole(AriaRole.Article, new() { Name = "Budskap 2" })).ToContainTextAsync("Medarbetare");
        await page.ScreenshotAsync("comm-messages");

        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera budskap nr 2" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Medarbetare")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    private static async Task<string> OptionValueAsync(IPage page, string label) =>
        await page.Locator("option", new() { HasTextString = label }).First.GetAttributeAsync("value") ?? "";
}
