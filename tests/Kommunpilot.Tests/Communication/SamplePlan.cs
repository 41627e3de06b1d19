using Kommunpilot.Features.Communication;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Tests.Communication;

/// <summary>
/// A small but complete communication plan for tests: three target groups (one per priority),
/// two channels, two responsible people, know/feel/do goals, a measurable goal, two messages and
/// three activities (one done, one late, one unparsed timing). Shared with the browser tests.
/// Names carry <paramref name="tag"/> so plans of different tests never collide.
/// </summary>
public static class SamplePlan
{
    public static async Task<int> AddAsync(AppDbContext db, int organizationId, int? projectId, string tag, PlanStatus status = PlanStatus.Draft)
    {
        var plan = new CommunicationPlan
        {
            OrganizationId = organizationId,
            ProjectId = projectId,
            Title = $"Kommunikationsplan {tag}",
            Period = "2023",
            PeriodStart = new DateOnly(2023, 1, 1),
            PeriodEnd = new DateOnly(2023, 12, 31),
            Status = status,
            Background = "Bakgrunden till planen.",
            Purpose = "Syftet med planen.",
            BudgetNote = "Ingen särskild budget har avsatts.",
            CalendarToken = CommunicationAccess.NewCalendarToken(),
        };
        var core = new Stakeholder { Name = "Styrgruppen", Audience = Audience.Internal, Priority = StakeholderPriority.Core, Influence = Level.High, Interest = Level.High, Order = 1 };
        var primary = new Stakeholder { Name = "Medarbetare", Audience = Audience.Internal, Priority = StakeholderPriority.Primary, Influence = Level.Low, Interest = Level.High, Order = 2 };
        var secondary = new Stakeholder { Name = "Allmänheten", Audience = Audience.External, Priority = StakeholderPriority.Secondary, Influence = Level.Low, Interest = Level.Low, Order = 3 };
        plan.Stakeholders.AddRange([core, primary, secondary]);
        var meeting = new Channel { Name = "Fysiskt möte", Audience = Audience.Internal, ResponsibleRole = "Projektledare", Order = 1 };
        var newsletter = new Channel { Name = "Nyhetsbrev", Audience = Audience.Internal, ResponsibleRole = "Kommunikatör", Order = 2 };
        plan.Channels.AddRange([meeting, newsletter]);
        plan.Goals.Add(new CommunicationGoal { Aspect = GoalAspect.Know, Text = "Känna till varför projektet genomförs.", Order = 1 });
        plan.Goals.Add(new CommunicationGoal { Aspect = GoalAspect.Feel, Text = "Känna sig lyssnade på.", Order = 2 });
        plan.Goals.Add(new CommunicationGoal { Aspect = GoalAspect.Do, Text = "Vilja delta i genomförandet.", Order = 3, Stakeholder = primary });
        var conferences = new MeasurableGoal { Text = "Projektet ska ha presenterats på två konferenser", Kind = MeasureKind.Quantitative, Target = 2, Unit = "konferenser", Order = 1 };
        plan.MeasurableGoals.Add(conferences);
        plan.MeasurableGoals.Add(new MeasurableGoal { Text = "Positivt omnämnd i lokalpressen", Kind = MeasureKind.Qualitative, Order = 2 });
        var message = new PlanMessage { Number = 1, Priority = StakeholderPriority.Core, Text = "Målgrupperna ska känna att det finns ett pålitligt metodstöd.", Order = 1 };
        message.Stakeholders.Add(new MessageStakeholder { Stakeholder = core });
        plan.Messages.Add(message);
        plan.Messages.Add(new PlanMessage { Why = "För att klara välfärdsutmaningen.", What = "Vi arbetar med implementering.", Feeling = "Tydligt och konkret.", How = "Tillsammans.", Order = 2 });
        plan.Risks.Add(new PlanRisk { Description = "Information i fel tid skapar oro.", Likelihood = Level.Medium, Consequence = Level.High, Mitigation = "Samtidig information till alla.", Order = 1 });

        var leader = new CommunicationPerson { OrganizationId = organizationId, Name = $"Projektledare {tag}", CalendarToken = CommunicationAccess.NewCalendarToken() };
        var communicator = new CommunicationPerson { OrganizationId = organizationId, Name = $"Kommunikatör {tag}", CalendarToken = CommunicationAccess.NewCalendarToken() };
        db.CommunicationPeople.AddRange(leader, communicator);

        var done = new PlanActivity { What = "Information till styrgruppen", MessageText = "Information och dialog", PlannedHours = 4, Status = ActivityStatus.Done, DoneOn = new DateOnly(2023, 3, 15), ActualHours = 5, Outcome = "Genomfört", Reach = 8, MeasurableGoal = conferences, GoalContribution = 1, Order = 1 };
        done.SetTiming("mars 2023", plan.PeriodStart);
        done.Stakeholders.Add(new ActivityStakeholder { Stakeholder = core });
        done.Channels.Add(new ActivityChannel { Channel = meeting });
        done.Responsibles.Add(new ActivityResponsible { Person = leader });
        var late = new PlanActivity { What = "Nyhetsbrev till medarbetare", MessageText = "Statusuppdatering", PlannedHours = 2, Status = ActivityStatus.Planned, Order = 2 };
        late.SetTiming("hösten 2023", plan.PeriodStart);
        late.Stakeholders.Add(new ActivityStakeholder { Stakeholder = primary });
        late.Channels.Add(new ActivityChannel { Channel = newsletter });
        late.Responsibles.Add(new ActivityResponsible { Person = leader });
        late.Responsibles.Add(new ActivityResponsible { Person = communicator });
        var unclear = new PlanActivity { What = "Workshop med pilotverksamheter", Status = ActivityStatus.Planned, Order = 3 };
        unclear.SetTiming("någon gång till hösten kanske", plan.PeriodStart);
        unclear.Stakeholders.Add(new ActivityStakeholder { Stakeholder = primary });
        plan.Activities.AddRange([done, late, unclear]);

        db.CommunicationPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }
}
