using Kommunpilot.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Projects;

public sealed class ProjectListPageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_project_list_is_accessible_and_searches_without_javascript_tricks()
    {
        var page = await app.NewPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Projekt", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Projektregistret", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Samordnade servicetjänster" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Nytt projekt" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("projekt-lista");

        await page.GetByLabel("Sök på namn, projektkod eller diarienummer").FillAsync("SN 2021/0083");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Samordnade servicetjänster" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Digitala processer för socialtjänst i Fyrbodal" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rensa filter" }).ClickAsync();
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Pågående" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Digitala processer för socialtjänst i Fyrbodal" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Samordnade servicetjänster" })).ToHaveCountAsync(0);
        Assert.Contains("status=Ongoing", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Bad_query_values_show_a_message_that_passes_axe()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/projekt?sida=-1&status=foo&organisation=999999");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Statusen foo finns inte" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
