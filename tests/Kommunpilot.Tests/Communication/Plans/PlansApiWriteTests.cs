using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Communication.Plans;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;

namespace Kommunpilot.Tests.Communication.Plans;

public abstract class PlansApiWriteTests(AppFactory app)
{
    [Fact]
    public async Task A_project_lists_and_creates_its_plans()
    {
        var (c, api) = await app.ApiCaseAsync();
        var list = await api.GetFromJsonAsync<List<PlanSummary>>($"/api/projects/{c.ProjectId}/communication-plans");
        Assert.Equal(c.PlanId, Assert.Single(list!).Id);

        var response = await api.PostAsJsonAsync($"/api/projects/{c.ProjectId}/communication-plans", new
        {
            title = " Kommunikationsplan 2024 ",
            period = "2024",
            periodStart = "2024-01-01",
            periodEnd = "2024-12-31",
            documentVersion = "1.0",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<PlanDetails>())!;
        Assert.Equal($"/api/communication-plans/{created.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Kommunikationsplan 2024", created.Title);
        Assert.Equal(PlanStatus.Draft, created.Status);
        Assert.Equal(CommunicationLabels.DefaultCoreDefinition, created.CoreDefinition);
        Assert.Null(created.PreviousPlanId);
        Assert.Empty(created.TargetGroups);
        Assert.False(string.IsNullOrEmpty((await app.StoredPlanAsync(created.Id)).CalendarToken));
        Assert.Equal(2, (await api.GetFromJsonAsync<List<PlanSummary>>($"/api/projects/{c.ProjectId}/communication-plans"))!.Count);
    }

    [Fact]
    public async Task Creating_from_an_earlier_plan_carries_exactly_the_flags()
    {
        var (c, api) = await app.ApiCaseAsync();
        var response = await api.PostAsJsonAsync($"/api/projects/{c.ProjectId}/communication-plans", new
        {
            title = "Kommunikationsplan 2024",
            period = "2024",
            periodStart = "2024-01-01",
            periodEnd = "2024-12-31",
            copyFromPlanId = c.PlanId,
            carryOver = new { targetGroups = true, activities = true, risks = true },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = (await response.Content.ReadFromJsonAsync<PlanDetails>())!;
        Assert.Equal(c.PlanId, copy.PreviousPlanId);
        Assert.Equal(3, copy.TargetGroups.Count);
        Assert.Single(copy.Risks);
        Assert.Empty(copy.Channels);
        Assert.Empty(copy.Messages);
        Assert.Empty(copy.MeasurableGoals);
        Assert.Null(copy.Background);
        Assert.Equal("Vilja delta i genomförandet.", Assert.Single(copy.Goals).Text);
        Assert.Equal(2, copy.Activities.Count);
        var groupIds = copy.TargetGroups.Select(t => t.Id).ToHashSet();
        Assert.All(copy.Activities.SelectMany(a => a.TargetGroups), t => Assert.Contains(t.Id, groupIds));
        Assert.All(copy.Activities, a => Assert.Empty(a.Channels));
        Assert.All(copy.Activities, a => Assert.Equal(ActivityStatus.Planned, a.Status));

        // From a plan of another project: refused.
        var otherProject = await app.NewProjectAsync(c.Tenant.OrganizationId, "Annat projekt");
        var refused = await api.PostAsJsonAsync($"/api/projects/{otherProject}/communication-plans", new { title = "X", copyFromPlanId = c.PlanId });
        Assert.Contains("Planen att utgå från hör inte till det här projektet.", await refused.FieldErrorsAsync("copyFromPlanId"));
    }

    public static TheoryData<string, string, string> BadNewPlans => new()
    {
        { """{"title":""}""", "title", "Titel måste anges." },
        { "{\"title\":\"" + new string('t', 201) + "\"}", "title", "Titel får ha högst 200 tecken." },
        { """{"title":"Plan","periodStart":"2024-06-01","periodEnd":"2024-01-01"}""", "periodEnd", "Periodens slut kan inte vara före dess början." },
        { """{"title":"Plan","periodStart":"första juni"}""", "periodStart", "Periodens början ska vara ett datum i formatet ÅÅÅÅ-MM-DD." },
        { """{"title":"Plan","copyFromPlanId":999999}""", "copyFromPlanId", "Planen att utgå från finns inte bland dem du har tillgång till." },
    };

    [Theory]
    [MemberData(nameof(BadNewPlans))]
    public async Task Bad_new_plans_are_refused_in_swedish(string body, string field, string message)
    {
        var (c, api) = await app.ApiCaseAsync();
        var response = await api.PostAsync($"/api/projects/{c.ProjectId}/communication-plans", ApiTestData.Json(body));
        Assert.Contains(message, await response.FieldErrorsAsync(field));
        Assert.Equal(1, await app.PlanCountAsync(c.ProjectId));
    }

    [Fact]
    public async Task A_standing_plan_needs_an_editor_of_the_organisation_and_its_own_committee()
    {
        var reader = await app.NewTenantAsync(OrganizationRole.Reader);
        var readerApi = await app.BearerAsync(reader);
        await (await readerApi.PostAsJsonAsync("/api/communication-plans", new { organizationId = reader.OrganizationId, title = "Nej" })).ProblemAsync(HttpStatusCode.Forbidden);

        var editor = await app.NewTenantAsync(OrganizationRole.Editor);
        var api = await app.BearerAsync(editor);
        var foreignBody = await app.AddDecisionBodyAsync(reader.OrganizationId, "Annans nämnd");
        var bad = await api.PostAsJsonAsync("/api/communication-plans", new { organizationId = editor.OrganizationId, decisionBodyId = foreignBody, title = "Plan" });
        Assert.Contains("Välj en nämnd eller styrgrupp i planens organisation.", await bad.FieldErrorsAsync("decisionBodyId"));
        var unknown = await api.PostAsJsonAsync("/api/communication-plans", new { organizationId = reader.OrganizationId, title = "Plan" });
        Assert.Contains("Okänd organisation: du är inte medlem i den.", await unknown.FieldErrorsAsync("organizationId"));

        var body = await app.AddDecisionBodyAsync(editor.OrganizationId, "Socialnämnden");
        var created = await api.PostAsJsonAsync("/api/communication-plans", new { organizationId = editor.OrganizationId, decisionBodyId = body, title = "Socialnämndens plan" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var plan = (await created.Content.ReadFromJsonAsync<PlanDetails>())!;
        Assert.Equal("Socialnämnden", plan.DecisionBodyName);
        Assert.Null(plan.ProjectId);
    }

    [Fact]
    public async Task Put_changes_the_own_fields_and_a_stale_version_gets_409_with_the_stored_plan()
    {
        var (c, api) = await app.ApiCaseAsync();
        var read = await PlansApiKit.PlanAsync(api, c.PlanId);
        var update = PlansApiKit.UpdateOf(read);
        update["purpose"] = "Nytt syfte via API.";
        update["budgetAmount"] = 12500.5m;
        update["situation"] = "Nuläge via API.";
        var response = await api.PutAsJsonAsync($"/api/communication-plans/{c.PlanId}", update);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var saved = (await response.Content.ReadFromJsonAsync<PlanDetails>())!;
        Assert.Equal("Nytt syfte via API.", saved.Purpose);
        Assert.Equal(12500.5m, saved.BudgetAmount);
        Assert.NotEqual(read.Version, saved.Version);
        Assert.Equal(3, saved.TargetGroups.Count);

        // The first read's version is stale now.
        update["purpose"] = "Skriver över?";
        var conflict = await api.PutAsJsonAsync($"/api/communication-plans/{c.PlanId}", update);
        var problem = await conflict.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(saved.Version, problem.GetProperty("currentVersion").GetGuid());
        Assert.Equal("Nytt syfte via API.", problem.GetProperty("current").GetProperty("purpose").GetString());
        Assert.Contains(problem.GetProperty("changes").EnumerateArray(), ch => ch.GetProperty("field").GetString() == "purpose");
        Assert.Equal("Nytt syfte via API.", (await app.StoredPlanAsync(c.PlanId)).Purpose);
    }

    public static TheoryData<string, object?, string, string> BadUpdates => new()
    {
        { "budgetAmount", -1m, "budgetAmount", "Budgeten kan inte vara negativ." },
        { "budgetAmount", 10.555m, "budgetAmount", "Budgeten kan ha högst två decimaler (ören)." },
        { "periodEnd", "2022-01-01", "periodEnd", "Periodens slut kan inte vara före dess början." },
        { "background", new string('b', 20001), "background", "Bakgrund får ha högst 20000 tecken." },
        { "coreDefinition", new string('c', 2001), "coreDefinition", "Definition av kärnintressent får ha högst 2000 tecken." },
        { "title", "", "title", "Titel måste anges." },
        { "version", null, "version", "Version måste anges." },
        { "decisionBodyId", 1, "decisionBodyId", "Ett projekts kommunikationsplan hör till projektet och kan inte ha en egen nämnd eller styrgrupp." },
    };

    [Theory]
    [MemberData(nameof(BadUpdates))]
    public async Task Bad_updates_are_refused_in_swedish_and_nothing_is_saved(string property, object? value, string field, string message)
    {
        var (c, api) = await app.ApiCaseAsync();
        var update = PlansApiKit.UpdateOf(await PlansApiKit.PlanAsync(api, c.PlanId));
        update["purpose"] = "Sparas inte.";
        update[property] = value;
        var response = await api.PutAsJsonAsync($"/api/communication-plans/{c.PlanId}", update);
        Assert.Contains(message, await response.FieldErrorsAsync(field));
        Assert.Equal("Syftet med planen.", (await app.StoredPlanAsync(c.PlanId)).Purpose);
    }

    [Fact]
    public async Task A_reader_cannot_change_the_plan_through_the_api()
    {
        var (c, api) = await app.ApiCaseAsync(OrganizationRole.Reader);
        var read = await PlansApiKit.PlanAsync(api, c.PlanId);
        await (await api.PutAsJsonAsync($"/api/communication-plans/{c.PlanId}", PlansApiKit.UpdateOf(read))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/adopt", new { adoptedBy = "Läsaren", adoptedOn = "2023-01-01", version = read.Version })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/revisions", new { documentVersion = "2", note = "x", version = read.Version })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/status", new { status = "Archived", version = read.Version })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(PlanStatus.Draft, (await app.StoredPlanAsync(c.PlanId)).Status);
    }

    [Fact]
    public async Task Adopting_revising_and_archiving_through_the_api()
    {
        var (c, api) = await app.ApiCaseAsync();
        var read = await PlansApiKit.PlanAsync(api, c.PlanId);

        var missing = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/adopt", new { version = read.Version });
        var problem = await missing.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Ange vem som fastställde planen, till exempel Styrgruppen.", errors.GetProperty("adoptedBy")[0].GetString());
        Assert.Equal("Ange datumet då planen fastställdes.", errors.GetProperty("adoptedOn")[0].GetString());
        Assert.Equal("Ange dokumentversionen, till exempel 1.0.", errors.GetProperty("documentVersion")[0].GetString());
        var future = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/adopt", new { adoptedBy = "Styrgruppen", adoptedOn = "2999-01-01", documentVersion = "1.0", version = read.Version });
        Assert.Contains("Datumet då planen fastställdes kan inte vara i framtiden.", await future.FieldErrorsAsync("adoptedOn"));

        var adopted = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/adopt", new { adoptedBy = "Styrgruppen", adoptedOn = "2023-02-28", documentVersion = "1.0", version = read.Version });
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        var plan = (await adopted.Content.ReadFromJsonAsync<PlanDetails>())!;
        Assert.Equal(PlanStatus.Adopted, plan.Status);
        Assert.Equal("Styrgruppen", plan.AdoptedBy);
        Assert.Equal(new DateOnly(2023, 2, 28), plan.AdoptedOn);
        var revision = Assert.Single(plan.Revisions);
        Assert.StartsWith("Fastställd av Styrgruppen", revision.Note, StringComparison.Ordinal);
        Assert.StartsWith("Testare ", revision.By, StringComparison.Ordinal);

        // The first read's version is stale now.
        var stale = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/revisions", new { documentVersion = "2.0", note = "Ny", version = read.Version });
        await stale.ProblemAsync(HttpStatusCode.Conflict);

        var noNote = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/revisions", new { documentVersion = "2.0", version = plan.Version });
        Assert.Contains("Beskriv vad som är nytt i den här versionen.", await noNote.FieldErrorsAsync("note"));
        var revised = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/revisions", new { documentVersion = "2.0", note = "Nya aktiviteter.", version = plan.Version });
        Assert.Equal(HttpStatusCode.Created, revised.StatusCode);
        plan = (await revised.Content.ReadFromJsonAsync<PlanDetails>())!;
        Assert.Equal("2.0", plan.DocumentVersion);
        Assert.Equal(2, plan.Revisions.Count);
        Assert.Equal(PlanStatus.Adopted, plan.Status);

        var adoptByStatus = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/status", new { status = "Adopted", version = plan.Version });
        Assert.NotEmpty(await adoptByStatus.FieldErrorsAsync("status"));
        var archived = await api.PostAsJsonAsync($"/api/communication-plans/{c.PlanId}/status", new { status = "Archived", version = plan.Version });
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.Equal(PlanStatus.Archived, (await archived.Content.ReadFromJsonAsync<PlanDetails>())!.Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlansApiWriteSqliteTests(SqliteApp app) : PlansApiWriteTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PlansApiWritePostgresTests(PostgresApp app) : PlansApiWriteTests(app);
