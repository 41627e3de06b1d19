using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kommunpilot.BrowserTests.Communication.Plans;

/// <summary>
/// The plan pages as a communicator uses them, on a sample plan in Åmål: the lists, a new plan, the
/// overview, the edit form with its errors, adopting, the history and a new plan from the old one.
/// Every page is scanned by axe in its normal and error states.
/// </summary>
public sealed class PlanPagesTests(BrowserFixture app)
{
    private async Task<(int PlanId, int ProjectId, string Title)> SamplePlanAsync()
    {
        var planId = await app.SamplePlanAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var plan = await db.CommunicationPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => new { p.ProjectId, p.Title }).SingleAsync();
        return (planId, plan.ProjectId!.Value, plan.Title);
    }

    [Fact]
    public async Task Lists_a_new_plan_and_the_overview()
    {
        var (planId, projectId, title) = await SamplePlanAsync();
        var page = await app.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Kommunikation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kommunikationsplaner", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Sök på titel, period eller projekt").FillAsync(title);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The project's plans, and a new one whose period ends before it starts.
        await page.GotoAsync($"/projekt/{projectId}/kommunikation");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny kommunikationsplan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ny kommunikationsplan" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa planen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange planens titel.");
        var titleBox = page.GetByRole(AriaRole.Textbox, new() { Name = "Titel", Exact = true });
        await Assertions.Expect(titleBox).ToHaveAttributeAsync("aria-invalid", "true");
        await titleBox.FillAsync("Kommunikationsplan 2024");
        await page.GetByLabel("Periodens början").FillAsync("2024-06-01");
        await page.GetByLabel("Periodens slut").FillAsync("2024-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa planen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Periodens slut kan inte vara före dess början.");
        await Assertions.Expect(titleBox).ToHaveValueAsync("Kommunikationsplan 2024");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Periodens slut").FillAsync("2024-12-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa planen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Kommunikationsplanen är skapad.");
        await Assertions.Expect(page.GetByText("Ingen särskild budget", new() { Exact = true })).ToBeVisibleAsync();

        // The sample plan's overview.
        await page.GotoAsync($"/kommunikation/{planId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bakgrund" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 av 2 konferenser")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "1 försenad" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("plan-oversikt");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_edit_form_names_each_problem_and_keeps_what_was_typed()
    {
        var (planId, _, title) = await SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Redigera planens uppgifter och texter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Redigera planen", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Periodens slut").FillAsync("2022-12-31");
        await page.GetByLabel("Belopp i kronor").FillAsync("-5 000");
        await page.GetByLabel("Nuläge").FillAsync("Under året behöver projektet kommunicera för att följa upp det första året.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToContainTextAsync("Periodens slut kan inte vara före dess början.");
        await Assertions.Expect(errors).ToContainTextAsync("Budgeten kan inte vara negativ.");
        await Assertions.Expect(page.GetByLabel("Belopp i kronor")).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Budgeten kan inte vara negativ."));
        await Assertions.Expect(page.GetByLabel("Nuläge")).ToHaveValueAsync("Under året behöver projektet kommunicera för att följa upp det första året.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("plan-redigera-fel");

        await page.GetByLabel("Periodens slut").FillAsync("2023-12-31");
        await page.GetByLabel("Belopp i kronor").FillAsync("5 000,50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ändringarna är sparade.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nuläge" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("5\u00a0000,50\u00a0kr")).ToBeVisibleAsync();
        Assert.Contains(title, await page.TitleAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Adopting_the_history_and_a_new_plan_from_the_old_one()
    {
        var (planId, _, _) = await SamplePlanAsync();
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/kommunikation/{planId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Status och versioner" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Status och versioner", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ange vem som fastställde planen, till exempel Styrgruppen.");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Fastställd av" }).FillAsync("Styrgruppen");
        await page.GetByLabel("Fastställd den").FillAsync("2023-02-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fastställ", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Planen är fastställd av Styrgruppen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Fastställd av Styrgruppen 2023-02-28" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Planens delar" }).GetByRole(AriaRole.Link, new() { Name = "Historik" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Historik", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ändrad: Kommunikationsplan").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/kommunikation/{planId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ny plan utifrån denna" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ny plan utifrån denna", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Period", new() { Exact = true })).ToHaveValueAsync("2024");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Riskerna" }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Skapa den nya planen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Den nya planen är skapad utifrån");
        await Assertions.Expect(page.GetByText("0 risker")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("2 aktiviteter")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("0 genomförda")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.Context.CloseAsync();
    }
}
