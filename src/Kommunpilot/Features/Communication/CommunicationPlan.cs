using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Communication;

public enum PlanStatus
{
    Draft,
    Adopted,
    Archived,
}

/// <summary>
/// A communication plan (000, 002, 004): a project's plan for a period, or an organisation's or a
/// committee's standing plan (no project). Every section of the source plans is a property or a list.
/// </summary>
public class CommunicationPlan : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    /// <summary>The tenant: for a project plan, the project's lead organisation.</summary>
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    /// <summary>Null for a standing plan of the organisation or of <see cref="DecisionBodyId"/>.</summary>
    public int? ProjectId { get; set; }
    public Project? Project { get; set; }
    /// <summary>The committee whose standing plan this is (no project).</summary>
    public int? DecisionBodyId { get; set; }
    public DecisionBody? DecisionBody { get; set; }

    public required string Title { get; set; }
    /// <summary>As written: "2023", "2020-2022", "VT 2024".</summary>
    public string? Period { get; set; }
    /// <summary>The period as dates; gives the year to activity timings that name none ("juni").</summary>
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    public PlanStatus Status { get; set; }
    /// <summary>Who adopted it: "Styrgruppen", "Servicenämnden".</summary>
    public string? AdoptedBy { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    /// <summary>Document version as people write it: "1.0", "2".</summary>
    public string? DocumentVersion { get; set; }
    /// <summary>The plan this one was started from ("new plan from last year's").</summary>
    public int? PreviousPlanId { get; set; }
    public CommunicationPlan? PreviousPlan { get; set; }

    /// <summary>Nuläge (004).</summary>
    public string? Situation { get; set; }
    /// <summary>Bakgrund (000, 002 2.1).</summary>
    public string? Background { get; set; }
    /// <summary>Syfte (000, 002 2.2).</summary>
    public string? Purpose { get; set; }
    /// <summary>Målsättning / övergripande mål (000).</summary>
    public string? OverallObjective { get; set; }
    /// <summary>How the plan is built and its timetable: "Innehåll och tidplan" (000), "Kommunikationsplanens uppbyggnad" (002).</summary>
    public string? Approach { get; set; }
    /// <summary>The activity plan's introduction (000: "Denna aktivitetsplan kan kompletteras ...").</summary>
    public string? ActivitiesIntroduction { get; set; }

    /// <summary>The organisation's own definitions of the stakeholder priorities (002 chapter 3).</summary>
    public string? CoreDefinition { get; set; }
    public string? PrimaryDefinition { get; set; }
    public string? SecondaryDefinition { get; set; }

    /// <summary>Budget in kronor; null together with <see cref="BudgetNote"/> for "no separate budget".</summary>
    public decimal? BudgetAmount { get; set; }
    public string? BudgetNote { get; set; }

    /// <summary>Secret for the plan's iCalendar feed; renewing it breaks old subscriptions.</summary>
    public required string CalendarToken { get; set; }

    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<PlanRevision> Revisions { get; } = [];
    public List<CommunicationGoal> Goals { get; } = [];
    public List<MeasurableGoal> MeasurableGoals { get; } = [];
    public List<Stakeholder> Stakeholders { get; } = [];
    public List<PlanMessage> Messages { get; } = [];
    public List<Channel> Channels { get; } = [];
    public List<PlanRisk> Risks { get; } = [];
    public List<PlanActivity> Activities { get; } = [];

    public static string? CheckPeriod(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && e < s ? "Periodens slut kan inte vara före dess början." : null;

    public static string? CheckBudget(decimal? amount) =>
        amount is < 0 ? "Budgeten kan inte vara negativ." : null;
}

/// <summary>A record inside a communication plan; its changes show in the plan's (and project's) history.</summary>
public interface IPlanPart
{
    int PlanId { get; }
}

/// <summary>A row of the plan's revision history: adopted, or a new version declared.</summary>
public class PlanRevision : IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public required string DocumentVersion { get; set; }
    public DateTime At { get; set; }
    public string? By { get; set; }
    public required string Note { get; set; }
}

/// <summary>Kunskapsmål/attitydmål/motivationsmål, or veta/känna/göra.</summary>
public enum GoalAspect
{
    Know,
    Feel,
    Do,
}

/// <summary>A know/feel/do goal, plan-wide (no stakeholder) or for one target group (004).</summary>
public class CommunicationGoal : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public int? StakeholderId { get; set; }
    public Stakeholder? Stakeholder { get; set; }
    public GoalAspect Aspect { get; set; }
    public required string Text { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum MeasureKind
{
    Quantitative,
    Qualitative,
}

/// <summary>
/// A measurable communication goal (002 2.3): "presented at 2 conferences" (quantitative, target 2),
/// "mentioned positively in the local press" (qualitative, achieved or not).
/// </summary>
public class MeasurableGoal : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public required string Text { get; set; }
    public MeasureKind Kind { get; set; }
    public decimal? Target { get; set; }
    /// <summary>"konferenser", "unika besökare".</summary>
    public string? Unit { get; set; }
    /// <summary>Progress entered by hand (e.g. visitors from the web statistics); done activities add to it.</summary>
    public decimal? ManualProgress { get; set; }
    /// <summary>For a qualitative goal: whether it has been reached.</summary>
    public bool Achieved { get; set; }
    public DateOnly? Deadline { get; set; }
    public string? Comment { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The rule for progress: what was entered by hand plus what each done activity contributes.</summary>
    public static decimal ProgressOf(decimal? manualProgress, IEnumerable<decimal?> doneContributions) =>
        (manualProgress ?? 0) + doneContributions.Sum(c => c ?? 0);
}

public enum Audience
{
    Internal,
    External,
}

/// <summary>Kärn-, primär- och sekundärintressent (002 chapter 3).</summary>
public enum StakeholderPriority
{
    Core,
    Primary,
    Secondary,
}

public enum Level
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>A target group (målgrupp) in the stakeholder register.</summary>
public class Stakeholder : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public required string Name { get; set; }
    public Audience? Audience { get; set; }
    public StakeholderPriority? Priority { get; set; }
    /// <summary>Prioritised only if a decision is taken (004: the new NLU department).</summary>
    public bool PrioritisedIfDecided { get; set; }
    /// <summary>The decision it depends on: "vid beslut om ny avdelning ...".</summary>
    public string? Condition { get; set; }
    public string? Description { get; set; }
    /// <summary>Varför? (004).</summary>
    public string? Why { get; set; }
    public Level? Influence { get; set; }
    public Level? Interest { get; set; }
    /// <summary>Whether the group passes messages on to others (e.g. Kontaktcenter to citizens).</summary>
    public bool PassesOn { get; set; }
    public string? PassesOnTo { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ActivityStakeholder> Activities { get; } = [];
    public List<MessageStakeholder> Messages { get; } = [];
}

/// <summary>
/// A message (budskap): numbered messages per priority class with clarifications (002), or the
/// why/what/feeling/how framework (004), for a priority class, for named target groups, or for all.
/// </summary>
public class PlanMessage : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public int? Number { get; set; }
    public StakeholderPriority? Priority { get; set; }
    /// <summary>The message itself ("Målgrupperna ska känna att ...").</summary>
    public string? Text { get; set; }
    /// <summary>Varför – så att jag förstår.</summary>
    public string? Why { get; set; }
    /// <summary>Vad – så att jag vet.</summary>
    public string? What { get; set; }
    /// <summary>Din känsla – så att jag tror på dig.</summary>
    public string? Feeling { get; set; }
    /// <summary>Hur – så att jag förstår vad det innebär.</summary>
    public string? How { get; set; }
    /// <summary>Förtydligande.</summary>
    public string? Clarification { get; set; }
    public string? ExpectedEffect { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<MessageStakeholder> Stakeholders { get; } = [];

    public static string? CheckHasContent(string? text, string? why, string? what, string? feeling, string? how) =>
        new[] { text, why, what, feeling, how }.All(string.IsNullOrWhiteSpace)
            ? "Skriv budskapet, eller minst en av delarna varför, vad, känsla och hur."
            : null;
}

public class MessageStakeholder
{
    public int MessageId { get; set; }
    public PlanMessage Message { get; set; } = null!;
    public int StakeholderId { get; set; }
    public Stakeholder Stakeholder { get; set; } = null!;
}

/// <summary>A channel (kanal) with its description and the role responsible for it.</summary>
public class Channel : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public required string Name { get; set; }
    public string? Description { get; set; }
    public Audience? Audience { get; set; }
    /// <summary>"Projektledare", "Bitr. projektledare".</summary>
    public string? ResponsibleRole { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ActivityChannel> Activities { get; } = [];
}

public class PlanRisk : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    public required string Description { get; set; }
    public Level? Likelihood { get; set; }
    public Level? Consequence { get; set; }
    public string? Mitigation { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>
/// Someone responsible for activities, in one organisation. May be a user of Kommunpilot or just a
/// name; has a secret calendar feed of their activities across the organisation's plans.
/// </summary>
public class CommunicationPerson : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string Name { get; set; }
    public string? Title { get; set; }
    public string? Email { get; set; }
    public string? UserId { get; set; }
    public required string CalendarToken { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ActivityResponsible> Activities { get; } = [];
}

public enum ActivityStatus
{
    Planned,
    InProgress,
    Done,
    Postponed,
    Cancelled,
}

/// <summary>A row of the activity plan: what, message, when, to whom, through which channels, by whom.</summary>
public class PlanActivity : IVersioned, IPlanPart
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public CommunicationPlan Plan { get; set; } = null!;
    /// <summary>Aktivitet / Vad ska vi göra?</summary>
    public required string What { get; set; }
    /// <summary>Budskap as written in the row ("Information och dialog").</summary>
    public string? MessageText { get; set; }
    /// <summary>A message of the plan's message framework this activity carries.</summary>
    public int? MessageId { get; set; }
    public PlanMessage? Message { get; set; }

    /// <summary>Tidpunkt / När? exactly as written.</summary>
    public string? TimingText { get; set; }
    public TimingKind TimingKind { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>Set when the timing was not understood; the text is kept and the row flagged.</summary>
    public string? TimingProblem { get; set; }
    /// <summary>For "inför beslut i Servicenämnden": the milestone whose date the activity comes before.</summary>
    public int? MilestoneId { get; set; }
    public Milestone? Milestone { get; set; }

    public decimal? PlannedHours { get; set; }
    public ActivityStatus Status { get; set; }
    public string? Why { get; set; }
    public string? How { get; set; }

    /// <summary>Follow-up when done.</summary>
    public DateOnly? DoneOn { get; set; }
    public string? Outcome { get; set; }
    /// <summary>How many were reached (people, visitors, participants).</summary>
    public int? Reach { get; set; }
    public decimal? ActualHours { get; set; }
    public decimal? Cost { get; set; }

    /// <summary>Completing this activity counts towards a measurable goal by <see cref="GoalContribution"/>.</summary>
    public int? MeasurableGoalId { get; set; }
    public MeasurableGoal? MeasurableGoal { get; set; }
    public decimal? GoalContribution { get; set; }

    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ActivityStakeholder> Stakeholders { get; } = [];
    public List<ActivityChannel> Channels { get; } = [];
    public List<ActivityResponsible> Responsibles { get; } = [];

    /// <summary>Takes the "when" as written. Not understood: kept, flagged, no dates; never a guess.</summary>
    public void SetTiming(string? text, DateOnly? context)
    {
        var timing = Timing.Parse(text, context);
        TimingText = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        TimingKind = timing.Kind;
        StartDate = timing.Start;
        EndDate = timing.End;
        TimingProblem = timing.Problem;
    }

    /// <summary>Hours and cost cannot be negative; a done date needs status done.</summary>
    public static string? CheckAmounts(decimal? plannedHours, decimal? actualHours, decimal? cost, int? reach) =>
        plannedHours is < 0 || actualHours is < 0 ? "Timmar kan inte vara negativa."
        : cost is < 0 ? "Kostnaden kan inte vara negativ."
        : reach is < 0 ? "Antal nådda kan inte vara negativt."
        : null;

    /// <summary>The activity counts as late when its end has passed and it is not done or cancelled.</summary>
    public bool IsLate(DateOnly today) =>
        Status is ActivityStatus.Planned or ActivityStatus.InProgress or ActivityStatus.Postponed
        && EndDate is { } end && end < today;
}

public class ActivityStakeholder
{
    public int ActivityId { get; set; }
    public PlanActivity Activity { get; set; } = null!;
    public int StakeholderId { get; set; }
    public Stakeholder Stakeholder { get; set; } = null!;
}

public class ActivityChannel
{
    public int ActivityId { get; set; }
    public PlanActivity Activity { get; set; } = null!;
    public int ChannelId { get; set; }
    public Channel Channel { get; set; } = null!;
}

public class ActivityResponsible
{
    public int ActivityId { get; set; }
    public PlanActivity Activity { get; set; } = null!;
    public int PersonId { get; set; }
    public CommunicationPerson Person { get; set; } = null!;
}
