using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.BrowserTests.Projects;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Calendar;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.FollowUp.Calendar;

/// <summary>
/// The reporting calendar, a project's reports with the planner, and the cross-project overview in the
/// browser, in Åmåls kommun, each scanned by axe in its normal and error state.
/// </summary>
public sealed class CalendarBrowserTests(BrowserFixture app)
{
    private async Task<int> AmalAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == ProjectSeed.Organization).Select(o => o.Id).SingleAsync();
    }

    private async Task StandardCalendarAsync(int organizationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await StandardCalendar.AddMissingAsync(db, organizationId, default);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_calendar_page_adds_the_standard_calendar_and_refuses_a_day_that_does_not_exist()
    {
        var org = await AmalAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/organisation/{org}/rapportkalender");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rapportkalender");
        await Assertions.Expect(page.GetByText("Datumen är typiska exempel.")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till kommunens standardkalender" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("standard");
        var occasions = page.GetByRole(AriaRole.Table, new() { Name = "Rapporttillfällen, sorterade efter per-datum" });
        await Assertions.Expect(occasions.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Årsanalys", Exact = true }) })).ToContainTextAsync("28 februari (året därpå)");
        await Assertions.Expect(occasions.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Delårsrapport 1", Exact = true }) })).ToContainTextAsync("30 april");

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Lägg till rapporttillfälle" });
        await form.GetByLabel("Namn").FillAsync("Februarirapport webbtest");
        var per = form.GetByRole(AriaRole.Group, new() { Name = "Siffrorna tas per" });
        await per.GetByLabel("Dag").FillAsync("30");
        await per.GetByLabel("Månad").SelectOptionAsync(new SelectOptionValue { Label = "februari" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Lägg till tillfället" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("30 februari finns inte. Ange en dag mellan 1 och 28.");
        await Assertions.Expect(form.GetByLabel("Namn")).ToHaveValueAsync("Februarirapport webbtest");
        await Assertions.Expect(per.GetByLabel("Dag")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("uppfoljning-rapportkalender-fel");

        await page.GotoAsync($"/organisation/{org}/rapportkalender");
        await page.ScreenshotAsync("uppfoljning-rapportkalender");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_reports_page_and_the_planner_preview_are_accessible()
    {
        var ids = await app.SampleFollowUpAsync();
        await StandardCalendarAsync(await AmalAsync());
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/projekt/{ids.ProjectId}/rapporter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rapporter");
        var followUps = page.GetByRole(AriaRole.Region, new() { Name = "Uppföljningsrapporter" });
        await Assertions.Expect(followUps.GetByRole(AriaRole.Link, new() { Name = "Uppföljningsrapport 1", Exact = true })).ToHaveAttributeAsync("href", $"/rapporter/{ids.FollowUpReport1}");
        await Assertions.Expect(followUps.GetByText("Försenad", new() { Exact = true }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("uppfoljning-rapporter");

        await page.GetByRole(AriaRole.Link, new() { Name = "Planera uppföljningsrapporter efter rapportkalendern" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Table, new() { Name = "Uppföljningsrapporter som läggs till" });
        await Assertions.Expect(preview.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Uppföljningsrapport 3", Exact = true }) })).ToContainTextAsync("2022-10-31");
        await Assertions.Expect(page.GetByText("finns redan som uppföljningsrapport 2")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("uppfoljning-planera");

        await page.GetByLabel("Andra mottagare, en per rad").FillAsync("Serviceförvaltningens ledningsgrupp");
        // Other tests may add occasions to Åmål's calendar, so the count is read, not assumed.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Skapa \d+ uppföljningsrapporter$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("uppföljningsrapporter är planerade.");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Uppföljningsrapporter" }).GetByRole(AriaRole.Link, new() { Name = "Uppföljningsrapport 8", Exact = true })).ToBeVisibleAsync();

        // The schedule form with an error: due before per.
        await page.GotoAsync($"/projekt/{ids.ProjectId}/rapporter/ny");
        await page.GetByLabel("Avser per").FillAsync("2024-04-30");
        await page.GetByLabel("Ska vara klar").FillAsync("2024-04-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Planera rapporten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Förfallodagen kan inte vara före dagen rapporten avser (2024-04-30).");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("uppfoljning-ny-rapport-fel");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_overview_lists_late_reports_with_their_projects_and_is_accessible()
    {
        var ids = await app.SampleFollowUpAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Uppföljning" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uppföljning");
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Label = ProjectSeed.Organization });
        await page.GetByLabel("Visa", new() { Exact = true }).SelectOptionAsync("forsenade");
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa rapporterna" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.Locator($"a[href='/rapporter/{ids.Evaluation1}']") });
        await Assertions.Expect(row).ToContainTextAsync("Utvärderingsrapport 1");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = $"Uppföljningsprojekt" })).ToHaveAttributeAsync("href", $"/projekt/{ids.ProjectId}/rapporter");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("uppfoljning-oversikt");

        await page.GotoAsync("/uppfoljning?visa=ingenting&dagar=0");
        await Assertions.Expect(page.GetByText("Urvalet ingenting finns inte")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/projekt/{ids.ProjectId}");
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Uppföljning", Exact = true });
        await Assertions.Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Försenade rapporter" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await section.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "uppfoljning-projektsidan.png") });
        await page.Context.CloseAsync();
    }
}
