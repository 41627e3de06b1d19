using System.Globalization;
using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class EditPlanTests(AppFactory app)
{
    [Fact]
    public async Task An_editor_changes_every_own_field_of_the_plan_and_sees_it_on_the_overview()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/redigera";
        var fields = ProjectTestData.FormFields(await c.Client.HtmlAsync(url));
        Assert.Equal("Bakgrunden till planen.", fields["Input.Background"]);
        Assert.Equal("2023", fields["Input.Period"]);

        fields["Input.Title"] = "Kommunikationsplan Nära vård";
        fields["Input.Period"] = "2023–2024";
        fields["Input.PeriodEnd"] = "2024-06-30";
        fields["Input.DocumentVersion"] = "2.1";
        fields["Input.Situation"] = "Under året behöver projektet kommunicera.\r\n\r\n1. Följa upp.";
        fields["Input.Background"] = "Ny bakgrund.";
        fields["Input.Purpose"] = "Nytt syfte.";
        fields["Input.OverallObjective"] = "Alla berörda får relevant information i rätt tid.";
        fields["Input.Approach"] = "Fyra huvuddelar: målgrupper, budskap, kanaler och aktiviteter.";
        fields["Input.ActivitiesIntroduction"] = "Denna aktivitetsplan kan kompletteras efterhand.";
        fields["Input.CoreDefinition"] = "Egen definition av kärnintressent.";
        fields["Input.PrimaryDefinition"] = "Egen primär.";
        fields["Input.SecondaryDefinition"] = "Egen sekundär.";
        fields["Input.Budget"] = "25 000,50";
        fields["Input.BudgetNote"] = "Budgeten gäller tryckt material.";

        var response = await c.Client.PostFormAsync(url, fields);
        response.AssertRedirectTo($"/kommunikation/{c.PlanId}");
        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal("Kommunikationsplan Nära vård", plan.Title);
        Assert.Equal("2023–2024", plan.Period);
        Assert.Equal(new DateOnly(2024, 6, 30), plan.PeriodEnd);
        Assert.Equal("2.1", plan.DocumentVersion);
        Assert.Equal("Under året behöver projektet kommunicera.\n\n1. Följa upp.", plan.Situation);
        Assert.Equal("Alla berörda får relevant information i rätt tid.", plan.OverallObjective);
        Assert.Equal("Denna aktivitetsplan kan kompletteras efterhand.", plan.ActivitiesIntroduction);
        Assert.Equal("Egen definition av kärnintressent.", plan.CoreDefinition);
        Assert.Equal(25000.50m, plan.BudgetAmount);
        Assert.Equal("Budgeten gäller tryckt material.", plan.BudgetNote);

        var overview = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}");
        Assert.Contains("Ändringarna är sparade.", overview, StringComparison.Ordinal);
        Assert.Contains("Under året behöver projektet kommunicera.", overview, StringComparison.Ordinal);
        Assert.Contains("Fyra huvuddelar", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingen särskild budget", overview, StringComparison.Ordinal);

        // The form shows the amount back so that saving it again keeps it.
        var again = ProjectTestData.FormFields(await c.Client.HtmlAsync(url));
        Assert.Equal("25000,50", again["Input.Budget"]);
    }

    [Theory]
    [InlineData("1500.5", "1500.5")]
    [InlineData("12 500 kr", "12500")]
    [InlineData("0", "0")]
    [InlineData("", null)]
    public async Task The_budget_is_read_as_people_write_it(string typed, string? stored)
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/redigera";
        var fields = ProjectTestData.FormFields(await c.Client.HtmlAsync(url));
        fields["Input.Budget"] = typed;
        (await c.Client.PostFormAsync(url, fields)).AssertRedirectTo($"/kommunikation/{c.PlanId}");
        Assert.Equal(stored is null ? null : decimal.Parse(stored, CultureInfo.InvariantCulture), (await app.StoredPlanAsync(c.PlanId)).BudgetAmount);
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "Input.Title", "", "Ange planens titel." },
        { "Input.Title", new string('t', 201), "Titel får vara högst 200 tecken." },
        { "Input.PeriodEnd", "2022-12-31", "Periodens slut kan inte vara före dess början." },
        { "Input.Budget", "-100", "Budgeten kan inte vara negativ." },
        { "Input.Budget", "mycket", "Budgeten ska vara ett belopp i kronor, till exempel 25 000 eller 1 500,50." },
        { "Input.Budget", "25.000", "Budgeten kan ha högst två decimaler (ören)." },
        { "Input.Budget", "9999999999999999", "Budgeten är för stor." },
        { "Input.Situation", new string('n', 20001), "Nuläge får vara högst 20000 tecken." },
        { "Input.Background", new string('b', 20001), "Bakgrund får vara högst 20000 tecken." },
        { "Input.ActivitiesIntroduction", new string('a', 20001), "Inledning till aktivitetsplanen får vara högst 20000 tecken." },
        { "Input.CoreDefinition", new string('k', 2001), "Definition av kärnintressent får vara högst 2000 tecken." },
        { "Input.BudgetNote", new string('k', 2001), "Kommentar om budgeten får vara högst 2000 tecken." },
        { "Input.DocumentVersion", new string('v', 41), "Dokumentversion får vara högst 40 tecken." },
        { "Input.Version", "", "Formuläret saknar versionsuppgift. Ladda om sidan och försök igen." },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_named_in_swedish_the_input_is_kept_and_nothing_is_saved(string field, string value, string message)
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/redigera";
        var fields = ProjectTestData.FormFields(await c.Client.HtmlAsync(url));
        fields["Input.Purpose"] = "Behålls i formuläret";
        fields[field] = value;
        var html = await (await c.Client.PostFormAsync(url, fields)).BodyAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("Behålls i formuläret", html, StringComparison.Ordinal);
        var plan = await app.StoredPlanAsync(c.PlanId);
        Assert.Equal("Syftet med planen.", plan.Purpose);
        Assert.Null(plan.BudgetAmount);
    }

    [Fact]
    public async Task Two_editors_saving_at_once_see_a_conflict_and_nothing_is_overwritten()
    {
        var c = await app.PlanCaseAsync();
        var url = $"/kommunikation/{c.PlanId}/redigera";
        var mine = ProjectTestData.FormFields(await c.Client.HtmlAsync(url));
        var theirs = new Dictionary<string, string>(mine) { ["Input.Purpose"] = "Deras syfte." };
        (await c.Client.PostFormAsync(url, theirs)).AssertRedirectTo($"/kommunikation/{c.PlanId}");

        mine["Input.Purpose"] = "Mitt syfte.";
        var html = await (await c.Client.PostFormAsync(url, mine)).BodyAsync();
        Assert.Contains("Ändrad av någon annan", html, StringComparison.Ordinal);
        Assert.Contains("Deras syfte.", html, StringComparison.Ordinal);
        Assert.Contains("Mitt syfte.", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Syfte</th>", html, StringComparison.Ordinal);
        Assert.Equal("Deras syfte.", (await app.StoredPlanAsync(c.PlanId)).Purpose);

        // Saving again is a deliberate overwrite with the stored version.
        var again = ProjectTestData.FormFields(html);
        Assert.Equal("Mitt syfte.", again["Input.Purpose"]);
        (await c.Client.PostFormAsync(url, again)).AssertRedirectTo($"/kommunikation/{c.PlanId}");
        Assert.Equal("Mitt syfte.", (await app.StoredPlanAsync(c.PlanId)).Purpose);
    }

    [Fact]
    public async Task A_standing_plan_can_be_moved_to_a_committee_of_its_own_organisation_only()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var other = await app.NewTenantAsync(OrganizationRole.Editor);
        var body = await app.AddDecisionBodyAsync(tenant.OrganizationId, "Kommunstyrelsen");
        var foreign = await app.AddDecisionBodyAsync(other.OrganizationId, "Annans nämnd");
        var planId = await app.NewPlanAsync(tenant.OrganizationId);
        var client = await app.SignedInAsync(tenant);
        var url = $"/kommunikation/{planId}/redigera";
        var fields = ProjectTestData.FormFields(await client.HtmlAsync(url));
        fields["Input.DecisionBodyId"] = foreign.ToString(CultureInfo.InvariantCulture);
        Assert.Contains("Välj en nämnd eller styrgrupp i planens organisation.", await (await client.PostFormAsync(url, fields)).BodyAsync(), StringComparison.Ordinal);

        fields["Input.DecisionBodyId"] = body.ToString(CultureInfo.InvariantCulture);
        (await client.PostFormAsync(url, fields)).AssertRedirectTo($"/kommunikation/{planId}");
        Assert.Equal(body, (await app.StoredPlanAsync(planId)).DecisionBodyId);
    }

    [Fact]
    public async Task A_reader_sees_the_plan_without_edit_buttons_and_gets_403_on_the_form()
    {
        var c = await app.PlanCaseAsync(OrganizationRole.Reader);
        var overview = await c.Client.HtmlAsync($"/kommunikation/{c.PlanId}");
        Assert.DoesNotContain($"/kommunikation/{c.PlanId}/redigera", overview, StringComparison.Ordinal);
        Assert.DoesNotContain($"/kommunikation/{c.PlanId}/status", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, await c.Client.StatusOfAsync($"/kommunikation/{c.PlanId}/redigera"));
        var response = await c.Client.PostFormAsync($"/kommunikation/{c.PlanId}", new() { ["Input.Title"] = "Läsarens titel" }, action: $"/kommunikation/{c.PlanId}/redigera");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotEqual("Läsarens titel", (await app.StoredPlanAsync(c.PlanId)).Title);
    }

    [Fact]
    public async Task Another_tenants_plan_is_not_found_on_any_page()
    {
        var c = await app.PlanCaseAsync();
        var stranger = await app.NewTenantAsync(OrganizationRole.Administrator);
        var client = await app.SignedInAsync(stranger);
        foreach (var page in new[] { "", "/redigera", "/status", "/historik", "/ny-fran" })
        {
            Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/kommunikation/{c.PlanId}{page}"));
        }
        Assert.Equal(HttpStatusCode.NotFound, await client.StatusOfAsync($"/projekt/{c.ProjectId}/kommunikation"));
        var token = Http.AntiforgeryToken(await client.HtmlAsync("/kommunikation/ny"));
        var post = await client.PostAsync($"/kommunikation/{c.PlanId}/redigera", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = "Kapad",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EditPlanSqliteTests(SqliteApp app) : EditPlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class EditPlanPostgresTests(PostgresApp app) : EditPlanTests(app);
