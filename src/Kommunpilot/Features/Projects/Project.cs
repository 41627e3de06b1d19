using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Projects;

public enum ProjectStatus
{
    Idea,
    Planned,
    Ongoing,
    Paused,
    Completed,
    Cancelled,
}

/// <summary>A project or pilot, with every section of a municipal project description (001).</summary>
public class Project : IVersioned
{
    public int Id { get; set; }
    /// <summary>The organisation that leads the project; it is also among <see cref="Owners"/>.</summary>
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    /// <summary>Project code, e.g. H044.</summary>
    public string? Code { get; set; }
    public required string Name { get; set; }
    public string? Subtitle { get; set; }
    public ProjectStatus Status { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    public DocumentHeader Header { get; set; } = new();

    public string? Commissioner { get; set; }
    public string? Owner { get; set; }
    public string? ProjectLeader { get; set; }
    public string? Funder { get; set; }

    public string? Background { get; set; }
    public string? Purpose { get; set; }
    public string? Description { get; set; }
    public string? FollowUp { get; set; }

    public int? ProgrammeId { get; set; }
    public Programme? Programme { get; set; }

    public int? ProjectModelId { get; set; }
    public ProjectModel? ProjectModel { get; set; }
    public int? CurrentPhaseId { get; set; }
    public ProjectPhase? CurrentPhase { get; set; }

    public bool IsDemo { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();

    public List<ProjectOwner> Owners { get; } = [];
    public List<Goal> Goals { get; } = [];
    public List<ScopeLimit> ScopeLimits { get; } = [];
    public List<PilotSite> PilotSites { get; } = [];
    public List<Deliverable> Deliverables { get; } = [];
    public List<Milestone> Milestones { get; } = [];
    public List<ProjectMember> Members { get; } = [];
    public List<ProjectDecision> Decisions { get; } = [];

    /// <summary>The rule every save keeps: a project cannot end before it starts.</summary>
    public static string? CheckPeriod(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && e < s ? "Slutdatum kan inte vara före startdatum." : null;
}

/// <summary>The header every municipal document carries.</summary>
public class DocumentHeader
{
    public string? DocumentType { get; set; }
    public string? DecisionBody { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public string? RegistrationNumber { get; set; }
    /// <summary>Other reference numbers, such as a funder's case id.</summary>
    public string? OtherReferences { get; set; }
    public string? DocumentOwner { get; set; }
    public string? PreparedWith { get; set; }
    public string? DocumentVersion { get; set; }
    public DateOnly? LastRevised { get; set; }
}

/// <summary>An organisation owning the project, alone or together with others.</summary>
public class ProjectOwner
{
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
}

public enum GoalKind
{
    Vision,
    Effect,
    Project,
    Development,
    Operational,
}

public class Goal : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public GoalKind Kind { get; set; }
    public required string Text { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class ScopeLimit : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Description { get; set; }
    public string? Reason { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum AgreementStatus
{
    NotStarted,
    QuoteInPreparation,
    QuoteSent,
    Signed,
    ExternalContractNotice,
    Ended,
}

/// <summary>A unit taking part in a pilot.</summary>
public class PilotSite : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int UnitId { get; set; }
    public Unit Unit { get; set; } = null!;
    public DateOnly? PlannedStart { get; set; }
    public bool StartIsPreliminary { get; set; }
    public AgreementStatus AgreementStatus { get; set; }
    public string? Explanation { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum WorkStatus
{
    NotStarted,
    InProgress,
    Done,
    Delayed,
    Cancelled,
}

/// <summary>Leverans L1..L8.</summary>
public class Deliverable : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Code { get; set; }
    public required string Description { get; set; }
    public string? Comment { get; set; }
    public DateOnly? DueDate { get; set; }
    public WorkStatus Status { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class Milestone : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Decision { get; set; }
    public string? DecisionBody { get; set; }
    public DateOnly? Date { get; set; }
    public WorkStatus Status { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ProjectGroup
{
    SteeringGroup,
    ProjectGroup,
    ContactPerson,
    ReferenceGroup,
}

/// <summary>Someone in the project's organisation: steering group, project group, contact people.</summary>
public class ProjectMember : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public ProjectGroup Group { get; set; }
    public required string Name { get; set; }
    public string? Role { get; set; }
    public string? Affiliation { get; set; }
    public string? Email { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A decision taken at one of the project model's decision points.</summary>
public class ProjectDecision : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public int DecisionPointId { get; set; }
    public DecisionPoint DecisionPoint { get; set; } = null!;
    public required string DecidedBy { get; set; }
    public DateOnly DecidedOn { get; set; }
    public string? Documents { get; set; }
    public string? Note { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
