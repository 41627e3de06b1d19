using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Projects.Parts;

/// <summary>
/// The six part pages of the Lund pilot (Samordnade servicetjänster) in the browser: the list, the add
/// form with its errors, an item's edit page with its errors and the delete question, each scanned by
/// axe. Nothing here changes the demo project: the forms are only sent with errors, and the delete
/// question is left unanswered.
/// </summary>
public sealed class PartPagesTests(BrowserFixture app)
{
    /// <summary>A part page: its address, the add button, and the field that is required, with its message when empty.</summary>
    public sealed record Part(string Slug, string Heading, string AddButton, string RequiredLabel, bool RequiredIsSelect, string RequiredMessage);

    private static readonly Dictionary<string, Part> Parts = new Part[]
    {
        new("mal", "Mål", "Lägg till målet", "Målformulering", false, "Skriv målet."),
        new("avgransningar", "Avgränsningar", "Lägg till avgränsningen", "Avgränsning", false, "Beskriv avgränsningen."),
        new("pilotverksamheter", "Pilotverksamheter", "Lägg till pilotverksamheten", "Verksamhet", true, "Välj en verksamhet."),
        new("leveranser", "Leveranser", "Lägg till leveransen", "Kod", false, "Ange leveransens kod, till exempel L1."),
        new("milstolpar", "Milstolpar", "Lägg till milstolpen", "Beslut", false, "Beskriv beslutet."),
        new("organisation", "Projektorganisation", "Lägg till personen", "Namn", false, "Ange namnet."),
    }.ToDictionary(p => p.Slug);

    public static TheoryData<string> Slugs => [.. Parts.Keys];

    public static async Task<int> LundPilotIdAsync(BrowserFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.IgnoreQueryFilters().Where(p => p.Name == "Samordnade servicetjänster").Select(p => p.Id).SingleAsync();
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task The_part_page_of_the_lund_pilot_is_accessible_in_its_normal_and_error_states(string slug)
    {
        var part = Parts[slug];
        var id = await LundPilotIdAsync(app);
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/projekt/{id}/{slug}");

        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(heading).ToContainTextAsync(part.Heading);
        await Assertions.Expect(heading).ToContainTextAsync("Samordnade servicetjänster");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till projektet" })).ToHaveAttributeAsync("href", $"/projekt/{id}");
        Assert.True(await page.Locator("tbody tr").CountAsync() > 0, "the Lund pilot has items of every part");
        await page.AssertAccessibleAsync();

        // The add form, sent empty: it opens again at the form, with the errors.
        await page.GetByRole(AriaRole.Button, new() { Name = part.AddButton }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(part.RequiredMessage);
        Assert.EndsWith("#add-heading", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        // An item's edit page, then its required field emptied.
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Redigera");
        await page.AssertAccessibleAsync();
        var required = page.GetByLabel(part.RequiredLabel, new() { Exact = true });
        if (part.RequiredIsSelect)
        {
            await required.SelectOptionAsync("");
        }
        else
        {
            await required.FillAsync("");
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(part.RequiredMessage);
        await page.AssertAccessibleAsync();

        // The delete question, left unanswered.
        await page.GetByRole(AriaRole.Link, new() { Name = "Ta bort" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vill du ta bort");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Nej, behåll" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_deliverables_and_pilot_sites_of_the_lund_pilot_look_right()
    {
        var id = await LundPilotIdAsync(app);
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/projekt/{id}/leveranser");
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(9); // the header and L1..L8
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader).First).ToHaveTextAsync("L1");
        await page.ScreenshotAsync("parts-deliverables");
        await page.GetByLabel("Klart senast").FillAsync("2024-01-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till leveransen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Beskriv leveransen.");
        await Assertions.Expect(page.GetByLabel("Klart senast")).ToHaveValueAsync("2024-01-30");
        await page.ScreenshotAsync("parts-deliverables-error");

        await page.GotoAsync($"/projekt/{id}/pilotverksamheter");
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(8); // the header and the seven sites
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Pilotverksamhet 7" })).ToContainTextAsync("Externt avtal med uppsägningstid");
        await page.ScreenshotAsync("parts-pilot-sites");
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera Pilotverksamhet 2" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Verksamhet", new() { Exact = true })).ToHaveValueAsync(await SelectedUnitAsync(page));
        await page.ScreenshotAsync("parts-pilot-site-edit");
        await page.Context.CloseAsync();
    }

    private static async Task<string> SelectedUnitAsync(IPage page) =>
        await page.Locator("option[selected]", new() { HasText = "Pilotverksamhet 2" }).GetAttributeAsync("value") ?? "";
}
