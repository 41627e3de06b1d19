using System.Text.Json.Serialization;
using Kommunpilot.Features.Organizations;

namespace Kommunpilot.Features.Projects.Api;

// What the API answers. Enums travel as their English names ("Ongoing"), dates as yyyy-MM-dd.

public sealed record OrganizationRef(int Id, string? Name);

/// <summary>One row of <c>GET /api/projects</c>.</summary>
public sealed record ProjectSummary(
    int Id,
    string? Code,
    string Name,
    OrganizationRef Organization,
    IReadOnlyList<OrganizationRef> Owners,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProjectStatus>))] ProjectStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? RegistrationNumber,
    bool IsDemo,
    Guid Version,
    DateTime UpdatedAt);

/// <summary>A page of projects; <see cref="Total"/> counts every match, not only this page.</summary>
public sealed record ProjectPage(IReadOnlyList<ProjectSummary> Items, int Page, int PageSize, int Total);

public sealed record GoalDto(
    int Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<GoalKind>))] GoalKind Kind,
    string Text,
    int Order,
    Guid Version);

public sealed record ScopeLimitDto(int Id, string Description, string? Reason, int Order, Guid Version);

public sealed record PilotSiteDto(
    int Id,
    int UnitId,
    string UnitName,
    int DepartmentId,
    string DepartmentName,
    DateOnly? PlannedStart,
    bool StartIsPreliminary,
    [property: JsonConverter(typeof(JsonStringEnumConverter<AgreementStatus>))] AgreementStatus AgreementStatus,
    string? Explanation,
    Guid Version);

public sealed record DeliverableDto(
    int Id,
    string Code,
    string Description,
    string? Comment,
    DateOnly? DueDate,
    [property: JsonConverter(typeof(JsonStringEnumConverter<WorkStatus>))] WorkStatus Status,
    Guid Version);

public sealed record MilestoneDto(
    int Id,
    string Decision,
    string? DecisionBody,
    DateOnly? Date,
    [property: JsonConverter(typeof(JsonStringEnumConverter<WorkStatus>))] WorkStatus Status,
    int Order,
    Guid Version);

public sealed record MemberDto(
    int Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProjectGroup>))] ProjectGroup Group,
    string Name,
    string? Role,
    string? Affiliation,
    string? Email,
    Guid Version);

public sealed record ProgrammeDto(
    int Id,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ProgrammeKind>))] ProgrammeKind Kind);

public sealed record ProjectModelDto(int Id, string Name);

public sealed record PhaseDto(int Id, string Name, int Order);

public sealed record DecisionDto(
    int Id,
    int DecisionPointId,
    string DecisionPointCode,
    string DecisionPointName,
    string DecidedBy,
    DateOnly DecidedOn,
    string? Documents,
    string? Note,
    Guid Version);

/// <summary>
/// The whole project: <c>GET /api/projects/{id}</c>, and what the Word export lays out. Its own fields
/// (<see cref="ProjectFields"/>) are those a PUT sends back.
/// </summary>
public sealed record ProjectDetails : ProjectFields
{
    public int Id { get; init; }
    public required OrganizationRef Organization { get; init; }
    public IReadOnlyList<OrganizationRef> Owners { get; init; } = [];

    public IReadOnlyList<GoalDto> Goals { get; init; } = [];
    public IReadOnlyList<ScopeLimitDto> ScopeLimits { get; init; } = [];
    public IReadOnlyList<PilotSiteDto> PilotSites { get; init; } = [];
    public IReadOnlyList<DeliverableDto> Deliverables { get; init; } = [];
    public IReadOnlyList<MilestoneDto> Milestones { get; init; } = [];
    public IReadOnlyList<MemberDto> Members { get; init; } = [];
    public IReadOnlyList<DecisionDto> Decisions { get; init; } = [];

    public ProgrammeDto? Programme { get; init; }
    public ProjectModelDto? ProjectModel { get; init; }
    public PhaseDto? CurrentPhase { get; init; }

    public bool IsDemo { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public Guid Version { get; init; }
}

/// <summary>One field that differs between what the caller sent and what is stored.</summary>
public sealed record ConflictChange(string Field, string? Sent, string? Stored);

/// <summary>
/// 409 Conflict: someone saved the project after the caller read it. Nothing was written. To
/// overwrite deliberately, send again with <see cref="CurrentVersion"/>.
/// </summary>
public sealed record ProjectConflictProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    Guid CurrentVersion,
    ProjectDetails Current,
    IReadOnlyList<ConflictChange> Changes,
    string? TraceId);
