using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.Features.Communication;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Views;

/// <summary>
/// The five views of a plan in the browser, reached through the plan's tabs, each scanned by axe. The
/// sample plan gets two more target groups (a core group nobody reaches, and one in the middle of the
/// map) and an unused channel, so the gaps and the stacking show.
/// </summary>
public sealed class ViewPagesBrowserTests(BrowserFixture app)
{
    private async Task<int> PlanAsync()
    {
        var planId = await app.SamplePlanAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.CommunicationPlans.IgnoreQueryFilters().SingleAsync(p => p.Id == planId);
        plan.Stakeholders.Add(new Stakeholder { PlanId = planId, Name = "Servicenämnden", Priority = StakeholderPriority.Core, Influence = Level.High, Interest = Level.Medium, Order = 4 });
        plan.Stakeholders.Add(new Stakeholder { PlanId = planId, Name = "Fackliga företrädare", Priority = StakeholderPriority.Primary, Influence = Level.High, Interest = Level.High, Order = 5 });
        plan.Stakeholders.Add(new Stakeholder { PlanId = planId, Name = "Pensionärsrådet", Priority = StakeholderPriority.Secondary, Order = 6 });
        plan.Channels.Add(new Channel { PlanId = planId, Name = "Intranätet", Order = 3 });
        await db.SaveChangesAsync();
        return planId;
    }

    [Fact]
    public async Task The_five_views_of_a_plan_are_accessible_and_show_the_plan()
    {
        var planId = await PlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}/tidslinje");
        var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "Planens delar" });

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Tidslinje");
        var autumn = page.GetByRole(AriaRole.Row, new() { Name = "Nyhetsbrev till medarbetare" });
        await Assertions.Expect(autumn).ToContainTextAsync("augusti–december 2023");
        await Assertions.Expect(autumn.GetByText("pågår", new() { Exact = true })).ToHaveCountAsync(5);
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Workshop med pilotverksamheter" })).ToContainTextAsync("Tidpunkten kunde inte tolkas");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kommunikation-tidslinje");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Täckning" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Täckning");
        await Assertions.Expect(page.GetByText("Ingen aktivitet når Servicenämnden")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ingen aktivitet använder kanalen Intranätet.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Styrgruppen" }).First).ToContainTextAsync("Kärnintressent");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kommunikation-tackning");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Timmar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Timmar");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "mars 2023" })).ToContainTextAsync("4,0");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kommunikation-timmar");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Försenade" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Försenade");
        var late = page.GetByRole(AriaRole.Region, new() { Name = "Försenade" });
        await Assertions.Expect(late.GetByRole(AriaRole.Link, new() { Name = "Nyhetsbrev till medarbetare" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"^/kommunikation/{planId}/aktiviteter/\\d+$"));
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kommunikation-forsenade");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "Intressentkarta" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Intressentkarta");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Intressentkarta: målgruppernas inflytande och intresse" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Servicenämnden" })).ToContainTextAsync("Hantera nära");
        await Assertions.Expect(page.GetByText("Pensionärsrådet (sekundärintressent)")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("kommunikation-intressentkarta");
        await page.Context.CloseAsync();
    }
}
