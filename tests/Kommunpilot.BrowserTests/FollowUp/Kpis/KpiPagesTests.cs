using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.FollowUp.Kpis;

/// <summary>
/// The KPI pages in the browser, on a sample follow-up of their own: the list, a new KPI with errors and
/// then saved, the KPI page with its chart and table, and an edit conflict, each scanned by axe.
/// </summary>
public sealed class KpiPagesTests(BrowserFixture app)
{
    [Fact]
    public async Task List_new_kpi_with_errors_saved_kpi_page_with_chart_and_table_and_an_edit_conflict()
    {
        var ids = await app.SampleFollowUpAsync();
        var page = await app.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                blocked.Add(message.Text);
            }
        };
        await page.GotoAsync($"/projekt/{ids.ProjectId}/nyckeltal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Nyckeltal");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Kundnöjdhet och kvalitet" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = $"Nöjda verksamheter" })).ToContainTextAsync("Ur fas");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kpis-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nytt nyckeltal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Nytt nyckeltal");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Mäts för").SelectOptionAsync(new SelectOptionValue { Label = "En pilotverksamhet" });
        await page.GetByLabel("Utgångsvärde", new() { Exact = true }).FillAsync("70");
        await page.GetByLabel("Utgångsvärdets datum").FillAsync("2023-06-01");
        await page.GetByLabel("Målvärde").FillAsync("180");
        await page.GetByLabel("Måldatum").FillAsync("2023-01-01");
        await page.GetByLabel("Kolada-id").FillAsync("N945");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara nyckeltalet" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Ange nyckeltalets namn.");
        await Assertions.Expect(errors).ToContainTextAsync("Välj vilken pilotverksamhet nyckeltalet mäts för.");
        await Assertions.Expect(errors).ToContainTextAsync("Utgångsvärdets datum (2023-06-01) måste vara före måldatumet (2023-01-01).");
        await Assertions.Expect(errors).ToContainTextAsync("Målvärdet 180 ligger utanför nyckeltalets tillåtna värden (0–100).");
        await Assertions.Expect(errors).ToContainTextAsync("Kolada-id ska vara en bokstav och fem siffror");
        await Assertions.Expect(page.GetByLabel("Kolada-id")).ToHaveValueAsync("N945");
        await Assertions.Expect(page.GetByLabel("Målvärde")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kpi-form-errors");

        var name = $"Nöjda brukare {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("Namn (krävs)").FillAsync(name);
        await page.GetByLabel("Pilotverksamhet", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = ids.SiteAName });
        await page.GetByLabel("Utgångsvärdets datum").FillAsync("2022-01-01");
        await page.GetByLabel("Målvärde").FillAsync("90");
        await page.GetByLabel("Måldatum").FillAsync("2023-12-31");
        await page.GetByLabel("Kolada-id").FillAsync("U00405");
        await page.GetByLabel("Verifikationskälla").FillAsync("Brukarenkät");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara nyckeltalet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Nyckeltalet \"{name}\" är sparat.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Jämför med Kolada (U00405)" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        var kpiUrl = page.Url.Split('#')[0];

        // The sample KPI with values: the chart and the same figures in a table beside it.
        await page.GotoAsync($"/projekt/{ids.ProjectId}/nyckeltal/{ids.SatisfactionKpi}");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Linjediagram över" });
        await Assertions.Expect(chart).ToBeVisibleAsync();
        Assert.True(await chart.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The chart image did not load");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Värden per period (Procent)" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row, new() { Name = "tertial 2 2022" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["75", "66"]);
        var standings = page.Locator("#standings");
        await Assertions.Expect(standings.GetByRole(AriaRole.Row, new() { Name = ids.SiteAName })).ToContainTextAsync("I fas");
        await Assertions.Expect(standings.GetByRole(AriaRole.Row, new() { Name = ids.SiteBName })).ToContainTextAsync("Ur fas");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kpi-page");
        Assert.Empty(blocked);

        // Someone else saves the new KPI while it is open here.
        await page.GotoAsync(kpiUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera nyckeltalet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Redigera {name}");
        var other = await app.NewPageAsync();
        await other.GotoAsync(page.Url);
        await other.GetByLabel("Målvärde").FillAsync("95");
        await other.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Assertions.Expect(other.GetByRole(AriaRole.Status)).ToContainTextAsync("är sparat");

        await page.GetByLabel("Målvärde").FillAsync("88");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        var conflict = page.Locator("#conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("Ändrad av någon annan");
        await Assertions.Expect(conflict.GetByRole(AriaRole.Row, new() { Name = "Målvärde" }).GetByRole(AriaRole.Cell)).ToHaveTextAsync(["88", "95"]);
        await Assertions.Expect(page.GetByLabel("Målvärde")).ToHaveValueAsync("88");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kpi-form-conflict");
        await other.Context.CloseAsync();
        await page.Context.CloseAsync();
    }
}
