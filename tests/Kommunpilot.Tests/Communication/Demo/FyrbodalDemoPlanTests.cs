using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Communication.Demo;

/// <summary>002: Fyrbodal's "Kommunikationsplan" for H044, entered in proper Swedish.</summary>
public abstract class FyrbodalDemoPlanTests(AppFactory app)
{
    [Fact]
    public async Task The_plan_belongs_to_H044_and_was_adopted_by_the_steering_group()
    {
        var (plan, projectId, projectOrg, people) = await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal);

        Assert.Equal((projectId, projectOrg), (plan.ProjectId!.Value, plan.OrganizationId));
        Assert.Equal("Kommunikationsplan", plan.Title);
        Assert.True(plan.IsDemo);
        Assert.Equal((PlanStatus.Adopted, "Styrgruppen", new DateOnly(2020, 8, 28), "1.0"), (plan.Status, plan.AdoptedBy, plan.AdoptedOn, plan.DocumentVersion));
        var revision = plan.Revisions.Single();
        Assert.Equal(("1.0", "Styrgruppen", new DateOnly(2020, 8, 28)), (revision.DocumentVersion, revision.By, DateOnly.FromDateTime(revision.At)));
        Assert.Equal((null, null, null), (plan.Period, plan.PeriodStart, plan.PeriodEnd));
        Assert.Equal(
            (27, 24, 11, 8, 0, 3, 0),
            (plan.Stakeholders.Count, plan.Channels.Count, plan.Messages.Count, plan.Activities.Count, plan.Goals.Count,
                plan.MeasurableGoals.Count, plan.Risks.Count));
        Assert.Empty(people);

        Assert.StartsWith("Den 20 april 2020 startade projektet ”Digitala processer i Fyrbodal” efter att projektplanen blivit godkänd av Socialchefsnätverket", plan.Background, StringComparison.Ordinal);
        Assert.Contains("När ska vi använda RPA, BI och AI?", plan.Background, StringComparison.Ordinal);
        Assert.EndsWith("få rätt information vid rätt tidpunkt för att stödja dem i förändringsresan.", plan.Background, StringComparison.Ordinal);
        Assert.Contains("Syftet med kommunikationsplanen är att genom god planering samordna samtliga kommunikativa insatser för bästa möjliga effekt", plan.Purpose, StringComparison.Ordinal);
        Assert.StartsWith("Kommunikationsplanen har fyra huvuddelar – målgrupper, budskap, kanaler och aktiviteter.", plan.Approach, StringComparison.Ordinal);
        Assert.Equal("intressenter med beslutande och/eller drivande roller i uppdraget.", plan.CoreDefinition);
        Assert.Equal("intressenter som i hög grad påverkas och därför vill påverka uppdraget.", plan.PrimaryDefinition);
        Assert.Equal("intressenter med ett intresse för uppdraget men som troligt inte aktivt kommer att påverka riktningen.", plan.SecondaryDefinition);
    }

    [Fact]
    public async Task The_measurable_goals_of_2_3_have_their_kind_and_target()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal)).Plan;

        Assert.Equal(
            [
                ("Projektet ska ha presenterats på två konferenser", MeasureKind.Quantitative, (decimal?)2m, "konferenser"),
                ("Projektet ska ha omnämnts med en positiv infallsvinkel i lokalpressen", MeasureKind.Qualitative, null, null),
                ("Projektets digitala plattform ska nå 100 unika besökare innan projektet avslutas", MeasureKind.Quantitative, 100m, "unika besökare"),
            ],
            plan.MeasurableGoals.OrderBy(g => g.Order).Select(g => (g.Text, g.Kind, g.Target, g.Unit)));
        Assert.All(plan.MeasurableGoals, g => Assert.Equal((null, false), (g.ManualProgress, g.Achieved)));
        Assert.Equal("Projektet ska ha presenterats på två konferenser", plan.Activity("Medverka på konferenser").MeasurableGoal?.Text);
    }

    [Fact]
    public async Task The_target_group_table_is_rebuilt_with_the_right_pairs()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal)).Plan;

        var board = plan.Group("Förbundsdirektionen Fyrbodal");
        Assert.Equal((Audience.Internal, StakeholderPriority.Secondary, "Förbundsdirektionen är det politiskt beslutade organet för Fyrbodals kommunalförbund."),
            (board.Audience, board.Priority, board.Description));
        var clients = plan.Group("Klienter/brukare");
        Assert.Equal((Audience.External, StakeholderPriority.Secondary, "De klienter och brukare som berörs och är delaktiga i verksamhetsprocesser inom projektets avgränsning"),
            (clients.Audience, clients.Priority, clients.Description));
        var council = plan.Group("Regionala digitaliseringsrådet");
        Assert.Equal((Audience.External, StakeholderPriority.Core), (council.Audience, council.Priority));
        Assert.Equal("Nätverk med representanter som bedriver digitaliseringsfrågor i deras organisationer. Där kommunalförbunden, VästKom, VGR, Business Region Göteborg, Högskolan Skövde och Länsstyrelsen finns representerade.", council.Description);
        Assert.Equal("Samverkansorganisation för att bedriva gemensam kunskaps-, kompetens- och verksamhetsutveckling som bidrar till nytta för Fyrbodals kommuner och Högskolan Väst",
            plan.Group("Kommunakademin Väst").Description);
        Assert.Equal(StakeholderPriority.Primary, plan.Group("Processägare").Priority);
        Assert.Equal("Andra kommuner som inte är med i projektet som arbetar med att ta fram RPA-processer.", plan.Group("Andra kommuner som arbetar med RPA-processer").Description);

        Assert.Equal(
            ["E-råd", "Socialchefer Fyrbodal", "Kommunala verksamhetsutvecklare inom Socialtjänst", "Regionala digitaliseringsrådet"],
            plan.Stakeholders.Where(s => s.Priority == StakeholderPriority.Core).OrderBy(s => s.Order).Select(s => s.Name));
        Assert.Equal((4, 6, 17), (
            plan.Stakeholders.Count(s => s.Priority == StakeholderPriority.Core),
            plan.Stakeholders.Count(s => s.Priority == StakeholderPriority.Primary),
            plan.Stakeholders.Count(s => s.Priority == StakeholderPriority.Secondary)));
        Assert.Equal(11, plan.Stakeholders.Count(s => s.Audience == Audience.Internal));
        Assert.All(plan.Stakeholders, s => Assert.False(string.IsNullOrWhiteSpace(s.Description)));
    }

    [Fact]
    public async Task Messages_are_numbered_per_priority_class_with_their_clarifications()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal)).Plan;
        var messages = plan.Messages.OrderBy(m => m.Order).ToList();

        Assert.Equal(Enumerable.Range(1, 11), messages.Select(m => m.Number!.Value));
        Assert.Equal([.. Enumerable.Repeat(StakeholderPriority.Core, 9), StakeholderPriority.Primary, StakeholderPriority.Secondary], messages.Select(m => m.Priority!.Value));
        Assert.Equal("Målgruppen ska känna att förändringen som påverkar dem kommer ge dem som individer goda effekter.", messages[9].Text);
        Assert.StartsWith("För verksamhet är goda effekter att det kommer leda till en bättre arbetsmiljö genom minskad belastning", messages[9].Clarification, StringComparison.Ordinal);
        Assert.Equal("Målgrupperna ska känna att det finns ett pålitligt, kompetent och nyttigt metodstöd för deras arbete med verksamhetsutveckling och digitaliseringsfrågor.", messages[0].Text);
        // The core class's clarification stands after message 9, where the document has it.
        Assert.Equal([9, 10, 11], messages.Where(m => m.Clarification is not null).Select(m => m.Number!.Value));
        Assert.StartsWith("Målgrupperna ska känna till och nyttja metodstödet för verksamhetsutveckling", messages[8].Clarification, StringComparison.Ordinal);
        Assert.Contains("\n\nSocialchefer och kommunala verksamhetsutvecklare ska känna sig trygga", messages[8].Clarification, StringComparison.Ordinal);
        Assert.EndsWith("ge dem ökad självständighet och självbestämmande så att kommunen ger dem rätt stöd.", messages[10].Clarification, StringComparison.Ordinal);
        Assert.All(messages, m => Assert.Empty(m.Stakeholders));
    }

    [Fact]
    public async Task Channels_pair_with_their_description_and_responsible_role()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal)).Plan;
        var channels = plan.Channels.OrderBy(c => c.Order).ToList();

        Assert.Equal(("Fyrbodal.se", "Webbplats för Fyrbodals kommunalförbund", "Projektledare"), (channels[0].Name, channels[0].Description, channels[0].ResponsibleRole));
        Assert.Equal(("Projektets digitala plattform", "Bitr. projektledare"), (channels[^1].Name, channels[^1].ResponsibleRole));
        var lecture = plan.Channels.Single(c => c.Name == "Föreläsning");
        Assert.Equal(("De föreläsningar som processledaren genomför på beställning", "Processledare"), (lecture.Description, lecture.ResponsibleRole));
        Assert.Equal("Processledare för e-råd", plan.Channels.Single(c => c.Name == "Möten för SSVIT").ResponsibleRole);
        Assert.Equal("Ett samarbetsrum som drivs av Lidingö stad där alla Sveriges kommuner som vill samverka inom RPA-utveckling får tillträde",
            plan.Channels.Single(c => c.Name == "RPA-kommuner Sverige").Description);
        Assert.Equal("Projektgruppsdeltagare", plan.Channels.Single(c => c.Name == "Kommunens intranät").ResponsibleRole);
        Assert.Equal((15, 2, 2, 5, 1), (
            channels.Count(c => c.ResponsibleRole == "Projektledare"),
            channels.Count(c => c.ResponsibleRole == "Bitr. projektledare"),
            channels.Count(c => c.ResponsibleRole is "Processledare" or "Processledare för e-råd"),
            channels.Count(c => c.ResponsibleRole == "Projektgruppsdeltagare"),
            channels.Count(c => c.ResponsibleRole == "Processledare för e-råd")));
    }

    [Fact]
    public async Task The_eight_activities_of_6_1_keep_roles_in_their_text_and_name_no_people()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal)).Plan;

        Assert.Equal(
            [
                "Medverka på konferenser", "Föreläsningar om projektet", "Statusuppdateringar till projektorganisation", "Nyhetsuppdateringar",
                "Verksamhetsnära presentationsmaterial", "Verksamhetsnära exempel", "Effektmätningar", "Slutrapport",
            ],
            plan.Activities.OrderBy(a => a.Order).Select(a => a.What));
        var status = plan.Activity("Statusuppdateringar till projektorganisation");
        Assert.Equal(("löpande", TimingKind.Ongoing, null), (status.TimingText, status.TimingKind, status.TimingProblem));
        Assert.StartsWith("Projektledare och biträdande projektledare kommer löpande uppdatera projektorganisationen", status.How, StringComparison.Ordinal);
        Assert.StartsWith("Projektledare och biträdande projektledare ska försöka", plan.Activity("Medverka på konferenser").How, StringComparison.Ordinal);
        Assert.Equal("Materialet är en viktig del för att stödja i förändringsledningen.", plan.Activity("Verksamhetsnära presentationsmaterial").Why);
        Assert.StartsWith("För att dokumentera lärdomar från projektet", plan.Activity("Slutrapport").Why, StringComparison.Ordinal);
        Assert.Equal(7, plan.Activities.Count(a => a.TimingKind == TimingKind.None));
        Assert.All(plan.Activities, a =>
        {
            Assert.Empty(a.Responsibles);
            Assert.Equal(ActivityStatus.Planned, a.Status);
            Assert.False(string.IsNullOrWhiteSpace(a.How ?? a.Why));
        });
    }

    [Fact]
    public async Task No_text_of_the_plan_keeps_an_extraction_artefact()
    {
        var plan = (await DemoPlans.LoadAsync(app, DemoPlans.Fyrbodal)).Plan;
        var texts = DemoPlans.Texts(plan).ToList();

        Assert.True(texts.Count > 100, $"the scan sees every text ({texts.Count})");
        Assert.Empty(DemoPlanTexts.Artefacts(texts));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FyrbodalDemoPlanSqliteTests(SqliteApp app) : FyrbodalDemoPlanTests(app);

[Collection(PostgresCollection.Name)]
public sealed class FyrbodalDemoPlanPostgresTests(PostgresApp app) : FyrbodalDemoPlanTests(app);
