using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Activities;

/// <summary>
/// The activity plan in the browser, on a sample plan of its own: the table with filters applied, the
/// form (normal, with errors, after a conflict) and the follow-up, each scanned by axe.
/// </summary>
public sealed class ActivityPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task The_activity_plan_filters_and_sorts_and_is_accessible()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/aktiviteter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Aktivitetsplan");
        var rows = page.Locator("#activities tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Workshop med pilotverksamheter" })).ToContainTextAsync("Tidpunkten kunde inte tolkas");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Nyhetsbrev till medarbetare" })).ToContainTextAsync("augusti–december 2023");
        await Assertions.Expect(page.Locator("#totals")).ToHaveTextAsync("Summa för 3 aktiviteter: planerat 6 h, faktiskt 5 h.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("activities-list");

        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Planerad" });
        await page.GetByLabel("Målgrupp").SelectOptionAsync(new SelectOptionValue { Label = "Medarbetare" });
        await page.GetByLabel("Bara försenade").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrera" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Försenad");
        Assert.Contains("forsenade=ja", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("1 av planens 3 aktiviteter matchar filtret.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("activities-list-filtered");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rensa filter" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tid i h" }).ClickAsync();
        await Assertions.Expect(rows.First).ToContainTextAsync("Nyhetsbrev till medarbetare");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Tid i h" })).ToHaveAttributeAsync("aria-sort", "ascending");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_form_shows_its_errors_saves_an_unclear_timing_flagged_and_shows_a_conflict()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/aktiviteter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny aktivitet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ny aktivitet");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Tid i h").FillAsync("-2");
        await page.GetByLabel("Tidpunkt").FillAsync("hösten 2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara aktiviteten" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Beskriv aktiviteten.");
        await Assertions.Expect(errors).ToContainTextAsync("Timmar kan inte vara negativa.");
        await Assertions.Expect(page.GetByLabel("Tidpunkt")).ToHaveValueAsync("hösten 2023");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("activity-form-errors");

        await page.GetByLabel("Aktivitet", new() { Exact = false }).First.FillAsync("Information till fackliga");
        await page.GetByLabel("Budskap", new() { Exact = true }).FillAsync("Information");
        await page.GetByLabel("Tidpunkt").FillAsync("när facket hinner");
        await page.GetByLabel("Styrgruppen").CheckAsync();
        await page.GetByLabel("Fysiskt möte").CheckAsync();
        // A name no other test uses: the import test adds "Annelie Thögerson" to the same organisation.
        var newPerson = $"Agneta Öberg {Guid.NewGuid():N}"[..19];
        await page.GetByLabel("Ny ansvarig").FillAsync(newPerson);
        await page.GetByLabel("Tid i h").FillAsync("1,5");
        await page.ScreenshotAsync("activity-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara aktiviteten" }).ClickAsync();

        // Saved, but the timing was not understood: back on the form, which says so.
        var notice = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(notice).ToContainTextAsync($"{newPerson} har lagts till som ny person");
        await Assertions.Expect(notice).ToContainTextAsync("Tidpunkten \"när facket hinner\" kunde inte tolkas");
        await Assertions.Expect(page.Locator("#timing-stored")).ToContainTextAsync("Tidpunkten kunde inte tolkas: Skriv t.ex. 'juni 2023'");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("activity-form-unclear-timing");
        var editUrl = page.Url.Split('#')[0];

        // Someone else saves the activity while it is open here.
        var other = await app.NewPageAsync();
        await other.GotoAsync(editUrl);
        await other.GetByLabel("Tidpunkt").FillAsync("oktober 2023");
        await other.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparad");

        await page.GetByLabel("Tidpunkt").FillAsync("november 2023");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        var conflict = page.Locator("#conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Ändrad av någon annan");
        await Assertions.Expect(conflict.GetByRole(AriaRole.Row, new() { Name = "Tidpunkt" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["november 2023", "oktober 2023"]);
        await Assertions.Expect(page.GetByLabel("Tidpunkt")).ToHaveValueAsync("november 2023");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("activity-form-conflict");
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_follow_up_is_accessible_and_makes_the_activity_done()
    {
        var planId = await app.SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/aktiviteter");
        await page.GetByRole(AriaRole.Link, new() { Name = "Följ upp Nyhetsbrev till medarbetare" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Följ upp aktivitet");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Genomförd den").FillAsync("2023-07-01");
        await page.GetByLabel("Faktisk tid i h").FillAsync("tre");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Genomförandedatumet kan inte vara före aktivitetens start (2023-08-01).");
        await Assertions.Expect(errors).ToContainTextAsync("Faktisk tid i h ska vara ett tal");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Genomförd den").FillAsync("2023-11-20");
        await page.GetByLabel("Faktisk tid i h").FillAsync("3");
        await page.GetByLabel("Antal nådda").FillAsync("340");
        await page.GetByLabel("Resultat").FillAsync("Skickat till alla medarbetare.");
        await page.GetByLabel("Mätbart mål").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.ScreenshotAsync("activity-follow-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara uppföljningen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparad och aktiviteten är genomförd");
        var row = page.GetByRole(AriaRole.Row, new() { Name = "Nyhetsbrev till medarbetare" });
        await Assertions.Expect(row).ToContainTextAsync("Genomförd");
        await Assertions.Expect(row).Not.ToContainTextAsync("Försenad");
        await Assertions.Expect(page.Locator("#totals")).ToHaveTextAsync("Summa för 3 aktiviteter: planerat 6 h, faktiskt 8 h.");
        await page.Context.CloseAsync();
    }
}
