using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Organizations;

/// <summary>The organisation administration in a real browser: every page, its error states, and axe on each.</summary>
public sealed class OrganizationAdminPageTests(BrowserFixture app)
{
    private static ILocator Alert(IPage page) => page.Locator("#form-errors");

    private static ILocator Status(IPage page) => page.GetByRole(AriaRole.Status);

    [Fact]
    public async Task Overview_departments_and_units_work_and_are_accessible()
    {
        var tenant = await BrowserTenant.CreateAsync(app);
        var page = await tenant.SignInAsync(app);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Organisation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organisationer du administrerar" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = tenant.OrganizationName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = tenant.OrganizationName, Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Organisationens namn").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange organisationens namn.");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Administrera organisationen" }).GetByRole(AriaRole.Link, new() { Name = "Förvaltningar" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Inga förvaltningar ännu.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till förvaltning" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange ett namn.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Förvaltningens namn").FillAsync("Vård- och omsorgsförvaltningen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till förvaltning" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToContainTextAsync("Förvaltningen är tillagd.");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Vård- och omsorgsförvaltningen" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till verksamhet" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange ett namn.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Verksamhetens namn").FillAsync("Pilotverksamhet 5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till verksamhet" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToContainTextAsync("Verksamheten är tillagd.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pilotverksamhet 5" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pilotverksamhet 5", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange ett namn.");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort verksamheten" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToContainTextAsync("Verksamheten är borttagen.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Decision_bodies_and_programmes_work_and_a_conflict_is_accessible()
    {
        var tenant = await BrowserTenant.CreateAsync(app);
        var page = await tenant.SignInAsync(app);
        await page.GotoAsync($"/organisation/{tenant.OrganizationId}/beslutsorgan");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Servicenämnden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till beslutsorgan" }).ClickAsync();
        await Assertions.Expect(Status(page)).ToContainTextAsync("Beslutsorganet är tillagt.");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Servicenämnden" }).ClickAsync();
        await page.AssertAccessibleAsync();

        // Someone else (here the same administrator in another tab) saves first.
        var other = await page.Context.NewPageAsync();
        await other.GotoAsync(page.Url);
        await other.GetByLabel("Namn", new() { Exact = true }).FillAsync("Servicenämnden i Lund");
        await other.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(Status(other)).ToContainTextAsync("Beslutsorganet är sparat.");
        await other.CloseAsync();

        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Kommunstyrelsen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ändrad av någon annan" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Servicenämnden i Lund" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Namn", new() { Exact = true })).ToHaveValueAsync("Kommunstyrelsen");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/organisation/{tenant.OrganizationId}/program");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Projektdirektiv Samordnad service");
        await page.GetByLabel("Typ").SelectOptionAsync(new SelectOptionValue { Label = "Direktiv" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Direktiv", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Projektdirektiv Samordnad service" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange ett namn.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_six_phase_project_model_with_BP1_to_BP5_is_built_and_looked_at()
    {
        var tenant = await BrowserTenant.CreateAsync(app);
        var page = await tenant.SignInAsync(app);
        await page.GotoAsync($"/organisation/{tenant.OrganizationId}/projektmodeller");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa projektmodell" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange ett namn.");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Namn", new() { Exact = true }).FillAsync("Projektmodell med sex faser");
        await page.GetByLabel("Beskrivning").FillAsync("Sex faser med beslutspunkterna BP1–BP5; BP4 kan tas flera gånger.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa projektmodell" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Projektmodell med sex faser", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var phases = page.GetByRole(AriaRole.Region, new() { Name = "Faser" });
        foreach (var name in new[] { "Idé", "Förstudie", "Planering", "Genomförande", "Avslut", "Effekthemtagning" })
        {
            await phases.GetByLabel("Namn", new() { Exact = true }).FillAsync(name);
            await phases.GetByRole(AriaRole.Button, new() { Name = "Lägg till fas" }).ClickAsync();
            await Assertions.Expect(Status(page)).ToContainTextAsync("Fasen är tillagd.");
        }
        var points = page.GetByRole(AriaRole.Region, new() { Name = "Beslutspunkter" });
        string[] decisions = ["Beslut om förstudie", "Beslut om planering", "Beslut om genomförande", "Beslut om fortsatt genomförande", "Beslut om avslut"];
        string[] closes = ["1. Idé", "2. Förstudie", "3. Planering", "4. Genomförande", "5. Avslut"];
        for (var i = 0; i < decisions.Length; i++)
        {
            await points.GetByLabel("Kod").FillAsync($"BP{i + 1}");
            await points.GetByLabel("Namn", new() { Exact = true }).FillAsync(decisions[i]);
            await points.GetByLabel("Fas som beslutet avslutar (valfri)").SelectOptionAsync(new SelectOptionValue { Label = closes[i] });
            if (i == 3)
            {
                await points.GetByLabel("Kan tas flera gånger").CheckAsync();
            }
            await points.GetByRole(AriaRole.Button, new() { Name = "Lägg till beslutspunkt" }).ClickAsync();
            await Assertions.Expect(Status(page)).ToContainTextAsync("Beslutspunkten är tillagd.");
        }
        await Assertions.Expect(points.GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        await Assertions.Expect(points.GetByRole(AriaRole.Row, new() { Name = "BP4" })).ToContainTextAsync("Ja");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("project-model");

        // A code already in the model is refused, and what was typed stays.
        await points.GetByLabel("Kod").FillAsync("bp2");
        await points.GetByLabel("Namn", new() { Exact = true }).FillAsync("Extra beslut");
        await points.GetByRole(AriaRole.Button, new() { Name = "Lägg till beslutspunkt" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Det finns redan en beslutspunkt med koden bp2 i projektmodellen.");
        await Assertions.Expect(points.GetByLabel("Namn", new() { Exact = true })).ToHaveValueAsync("Extra beslut");
        await page.AssertAccessibleAsync();

        await phases.GetByRole(AriaRole.Link, new() { Name = "Genomförande" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fas: Genomförande" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Ordning").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ordningen ska vara ett tal mellan 1 och 99.");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till Projektmodell med sex faser" }).ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Beslutspunkter" }).GetByRole(AriaRole.Link, new() { Name = "BP4" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beslutspunkt BP4" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Kan tas flera gånger")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Kod").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(Alert(page)).ToContainTextAsync("Ange beslutspunktens kod, till exempel BP1.");
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
