using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.BrowserTests.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Register;

/// <summary>The people responsible for activities in Åmål, in the browser: the list with their work, the add form's errors, and a refused delete.</summary>
public sealed class PeoplePageTests(BrowserFixture app)
{
    [Fact]
    public async Task The_people_page_lists_their_work_and_refuses_to_delete_someone_with_activities()
    {
        var planId = await app.SamplePlanAsync();
        int organization;
        string leader;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            organization = await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == ProjectSeed.Organization).Select(o => o.Id).SingleAsync();
            leader = await db.ActivityResponsibles.IgnoreQueryFilters().Where(r => r.Activity.PlanId == planId && r.Person.Name.StartsWith("Projektledare"))
                .Select(r => r.Person.Name).FirstAsync();
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/ansvariga?organisation={organization}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ansvariga för aktiviteter");
        var row = page.GetByRole(AriaRole.Row, new() { Name = leader });
        await Assertions.Expect(row.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["", "", "", "2", "6", $"Redigera {leader}"]);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-people");

        await page.GetByLabel("E-post").FillAsync("inte en adress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till personen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange personens namn.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange en giltig e-postadress");
        await Assertions.Expect(page.GetByLabel("E-post")).ToHaveValueAsync("inte en adress");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = $"Redigera {leader}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync($"Redigera {leader}");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Ta bort {leader}" }).ClickAsync();
        var refusal = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(refusal).ToContainTextAsync("är ansvarig för 2 aktiviteter");
        await Assertions.Expect(refusal.GetByRole(AriaRole.Link, new() { Name = "Kommunikationsplan" })).ToHaveAttributeAsync("href", $"/kommunikation/{planId}/aktiviteter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Ja, ta bort {leader}" })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("register-person-delete-refused");
        await page.Context.CloseAsync();
    }
}
