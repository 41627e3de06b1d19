using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Communication.Demo;

/// <summary>000: Lund's "Kommunikationsplan pilotprojekt Samordnade servicetjänster" as demo data.</summary>
public abstract class LundDemoPlanTests(AppFactory app)
{
    [Fact]
    public async Task The_plan_belongs_to_the_pilot_project_and_holds_every_section_of_000()
    {
        var (plan, projectId, projectOrg, people) = await DemoPlans.LoadAsync(app, DemoPlans.Lund);

        Assert.Equal((projectId, projectOrg), (plan.ProjectId!.Value, plan.OrganizationId));
        Assert.Equal("Kommunikationsplan pilotprojekt Samordnade servicetjänster", plan.Title);
        Assert.True(plan.IsDemo);
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal((null, null, null), (plan.Period, plan.PeriodStart, plan.PeriodEnd));
        Assert.Equal(
            (12, 6, 0, 13, 3, 0, 1, 0),
            (plan.Stakeholders.Count, plan.Channels.Count, plan.Messages.Count, plan.Activities.Count, plan.Goals.Count,
                plan.MeasurableGoals.Count, plan.Risks.Count, plan.Revisions.Count));
        Assert.Equal(["Annelie Thögerson", "Pål Svensson", "Thobias Ligneman"], people.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(people, p => Assert.True(p.IsDemo));

        Assert.StartsWith("För att fortsatt kunna ge invånarna i Lunds kommun en kostnadseffektiv service med hög kvalitet", plan.Background, StringComparison.Ordinal);
        Assert.Contains("Pilotprojektet målbild\n\nMålet med samordnade servicetjänster är att skapa förutsättningar", plan.Background, StringComparison.Ordinal);
        Assert.EndsWith("- Projektbeskrivning för pilotprojekt inkl. ekonomisk kalkyl och projektdirektiv", plan.Background, StringComparison.Ordinal);
        Assert.StartsWith("Syftet med denna kommunikationsplan är att säkerställa samtidig information", plan.Purpose, StringComparison.Ordinal);
        Assert.Equal("Målsättningen med kommunikationsinsatserna är att säkerställa att alla berörda intressenter får relevant information i rätt tid och därigenom får en förståelse för syfte och målsättning.", plan.OverallObjective);
        Assert.StartsWith("Aktiviteterna i denna tidplan är tänkta att genomföras dels inför beslutsärende", plan.Approach, StringComparison.Ordinal);
        Assert.EndsWith("få tydlig information om \"hur berör detta mig?\"", plan.ActivitiesIntroduction, StringComparison.Ordinal);
        Assert.Equal((null, "Ingen särskild budget har avsatts för dessa kommunikationsinsatser."), (plan.BudgetAmount, plan.BudgetNote));

        var goals = plan.Goals.OrderBy(g => g.Order).ToList();
        Assert.Equal([GoalAspect.Know, GoalAspect.Feel, GoalAspect.Do], goals.Select(g => g.Aspect));
        Assert.All(goals, g => Assert.Null(g.StakeholderId));
        Assert.Equal("Berörda intressenter ska känna till varför pilotprojektet genomförs samt i vilket syfte.", goals[0].Text);
        Assert.StartsWith("Berörda intressenter ska vilja vara delaktiga i pilotprojektets genomförande", goals[2].Text, StringComparison.Ordinal);

        var risk = plan.Risks.Single();
        Assert.StartsWith("Vid alla förändringar i verksamhet finns det en risk", risk.Description, StringComparison.Ordinal);
        Assert.Equal("Denna kommunikationsplan ska säkerställa att samtliga intressenter upplever att de fått tydlig och tillräcklig information i rätt tid.", risk.Mitigation);
    }

    [Fact]
    public async Task Listed_target_groups_and_channels_come_first_then_those_only_the_rows_name()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Lund)).Plan;

        Assert.Equal(
            [
                "Berörda förvaltningsdirektörer", "Direkt berörda verksamheters chefer", "Berörda verksamheters medarbetare",
                "HR och fackliga representanter", "Förtroendevalda politiker", "Samtlig personal inom serviceförvaltningen",
                "Kontaktpersoner möjliga pilotverksamheter", "Samtliga chefer inom Serviceförvaltningen", "Förvaltningsledningsgruppen",
                "Affärsområdesledningarna inom Serviceförvaltningen", "Pilotverksamheternas utsedda kontaktpersoner", "Servicenämnden",
            ],
            plan.Stakeholders.OrderBy(s => s.Order).Select(s => s.Name));
        Assert.All(plan.Stakeholders, s => Assert.Equal((null, null, null), (s.Description, s.Audience, s.Priority)));
        Assert.Equal(
            ["Möten (i grupp och enskilt)", "Samverkan", "Mejl", "Nyhetsbrev och Inloggad", "Fysiskt möte", "Digitalt möte"],
            plan.Channels.OrderBy(c => c.Order).Select(c => c.Name));
    }

    [Fact]
    public async Task Each_row_links_its_target_group_channels_and_responsible_people()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Lund)).Plan;

        var unions = plan.Activity("Information till fackliga");
        Assert.Equal("Information", unions.MessageText);
        Assert.Equal(["HR och fackliga representanter"], unions.GroupNames());
        Assert.Equal(["Digitalt möte", "Fysiskt möte"], unions.ChannelNames());
        Assert.Equal(["Annelie Thögerson", "Pål Svensson"], unions.PersonNames());

        var status = plan.Activity("Statusuppdatering internt inom SF");
        Assert.Equal("Skriftlig statusuppdatering övergripande", status.MessageText);
        Assert.Equal(["Samtlig personal inom serviceförvaltningen"], status.GroupNames());
        Assert.Equal(["Nyhetsbrev och Inloggad"], status.ChannelNames());
        Assert.Equal(["Annelie Thögerson", "Thobias Ligneman"], status.PersonNames());

        var decision = plan.Activity("Beslutsärende i Servicenämnden");
        Assert.Equal(13, decision.Order);
        Assert.Equal("Beslutsärende med projektdirektiv", decision.MessageText);
        Assert.Equal(["Servicenämnden"], decision.GroupNames());
        Assert.Empty(decision.Channels);
        Assert.Equal(["Annelie Thögerson", "Pål Svensson"], decision.PersonNames());

        Assert.Equal(["Pilotverksamheternas utsedda kontaktpersoner"], plan.Activity("Workshop 1 pilotverksamheter").GroupNames());
        Assert.Equal(["Berörda verksamheters medarbetare"], plan.Activity("Workshop 2 pilotverksamheter").GroupNames());
        Assert.Equal(["Annelie Thögerson"], plan.Activity("Förvaltningsledningsgrupp Serviceförvaltningen").PersonNames());

        // Every row has one target group and at least one responsible; "Tidpunkt" is empty everywhere.
        Assert.All(plan.Activities, a =>
        {
            Assert.Single(a.Stakeholders);
            Assert.NotEmpty(a.Responsibles);
            Assert.Equal((TimingKind.None, null, null, null, null), (a.TimingKind, a.TimingText, a.StartDate, a.EndDate, a.TimingProblem));
            Assert.Equal(ActivityStatus.Planned, a.Status);
            Assert.Equal((null, null, null), (a.PlannedHours, a.DoneOn, a.Outcome));
        });
        Assert.Equal(12, plan.Activities.Count(a => a.Channels.Count > 0));
        Assert.Equal(19, plan.Activities.Sum(a => a.Responsibles.Count));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LundDemoPlanSqliteTests(SqliteApp app) : LundDemoPlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LundDemoPlanPostgresTests(PostgresApp app) : LundDemoPlanTests(app);
