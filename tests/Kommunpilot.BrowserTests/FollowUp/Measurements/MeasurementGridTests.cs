using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.FollowUp.Measurements;

/// <summary>
/// Two people entering the grid of the same period at once: the second save keeps the first person's
/// value, saves the other cells and shows the conflicting cell with both values and a choice – scanned by axe.
/// </summary>
public sealed class MeasurementGridTests(BrowserFixture app)
{
    [Fact]
    public async Task A_conflict_from_a_second_page_shows_both_values_and_nothing_is_lost()
    {
        var ids = await app.SampleFollowUpAsync();
        var url = $"/projekt/{ids.ProjectId}/matvarden/tabell?frekvens=Tertial&period=2022-T2";
        var kpi = $"Nöjda verksamheter {ids.SiteAName.Split(' ')[^1]}";
        var mine = await app.NewPageAsync();
        var theirs = await app.NewPageAsync();
        await mine.GotoAsync(url);
        await theirs.GotoAsync(url);
        await Assertions.Expect(mine.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("tertial 2 2022");
        await mine.AssertAccessibleAsync();
        await mine.ScreenshotAsync("measurement-grid");

        await theirs.GetByLabel($"Värde för {kpi}, {ids.SiteAName}").FillAsync("76");
        await theirs.GetByRole(AriaRole.Button, new() { Name = "Spara alla värden" }).ClickAsync();
        await Assertions.Expect(theirs.GetByRole(AriaRole.Status)).ToContainTextAsync("Sparade värden: 1");

        await mine.GetByLabel($"Värde för {kpi}, {ids.SiteAName}").FillAsync("78");
        await mine.GetByLabel($"Värde för {kpi}, {ids.SiteBName}").FillAsync("69");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Spara alla värden" }).ClickAsync();
        var notice = mine.Locator("#grid-notice");
        await Assertions.Expect(notice).ToContainTextAsync("Sparade värden: 1");
        await Assertions.Expect(notice).ToContainTextAsync("Celler som någon annan ändrat sedan du öppnade tabellen: 1.");
        var conflict = mine.GetByRole(AriaRole.Group, new() { Name = "Ändrat av någon annan" });
        await Assertions.Expect(conflict).ToContainTextAsync("ditt värde: 78");
        await Assertions.Expect(conflict).ToContainTextAsync("sparat värde: 76 %");
        await Assertions.Expect(mine.GetByLabel("Behåll det sparade värdet")).ToBeCheckedAsync();
        await mine.AssertAccessibleAsync();
        await mine.ScreenshotAsync("measurement-grid-conflict");

        await mine.GetByLabel("Spara mitt värde i stället").CheckAsync();
        await mine.GetByRole(AriaRole.Button, new() { Name = "Spara alla värden" }).ClickAsync();
        await Assertions.Expect(mine.GetByRole(AriaRole.Status)).ToContainTextAsync("Sparade värden: 1 (0 nya, 1 ändrade, 0 borttagna).");
        await Assertions.Expect(mine.GetByLabel($"Värde för {kpi}, {ids.SiteAName}")).ToHaveValueAsync("78");
        await Assertions.Expect(mine.GetByLabel($"Värde för {kpi}, {ids.SiteBName}")).ToHaveValueAsync("69");
    }
}
