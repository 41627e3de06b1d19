using System.Linq.Expressions;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Communication.Api;

// What the API answers about a plan and its parts. Enums travel as their English names
// ("Core", "Done"), dates as yyyy-MM-dd. Every part's projection is here, so that the full plan
// and the part endpoints answer the same shape.

public sealed record PersonRef(int Id, string Name);

public sealed record NamedRef(int Id, string Name);

public sealed record RevisionDto(int Id, string DocumentVersion, DateTime At, string? By, string Note);

public sealed record CommunicationGoalDto(
    int Id,
    int? StakeholderId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<GoalAspect>))] GoalAspect Aspect,
    string Text,
    int Order,
    Guid Version)
{
    public static readonly Expression<Func<CommunicationGoal, CommunicationGoalDto>> Projection =
        x => new(x.Id, x.StakeholderId, x.Aspect, x.Text, x.Order, x.Version);
}

/// <summary><see cref="Progress"/> is the hand-entered progress plus what done activities contribute.</summary>
public sealed record MeasurableGoalDto(
    int Id,
    string Text,
    [property: JsonConverter(typeof(JsonStringEnumConverter<MeasureKind>))] MeasureKind Kind,
    decimal? Target,
    string? Unit,
    decimal? ManualProgress,
    decimal Progress,
    bool Achieved,
    DateOnly? Deadline,
    string? Comment,
    int Order,
    Guid Version);

public sealed record StakeholderDto(
    int Id,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Audience>))] Audience? Audience,
    [property: JsonConverter(typeof(JsonStringEnumConverter<StakeholderPriority>))] StakeholderPriority? Priority,
    bool PrioritisedIfDecided,
    string? Condition,
    string? Description,
    string? Why,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Level>))] Level? Influence,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Level>))] Level? Interest,
    bool PassesOn,
    string? PassesOnTo,
    int Order,
    Guid Version)
{
    public static readonly Expression<Func<Stakeholder, StakeholderDto>> Projection =
        x => new(x.Id, x.Name, x.Audience, x.Priority, x.PrioritisedIfDecided, x.Condition, x.Description, x.Why,
            x.Influence, x.Interest, x.PassesOn, x.PassesOnTo, x.Order, x.Version);
}

public sealed record MessageDto(
    int Id,
    int? Number,
    [property: JsonConverter(typeof(JsonStringEnumConverter<StakeholderPriority>))] StakeholderPriority? Priority,
    IReadOnlyList<int> StakeholderIds,
    string? Text,
    string? Why,
    string? What,
    string? Feeling,
    string? How,
    string? Clarification,
    string? ExpectedEffect,
    int Order,
    Guid Version)
{
    public static readonly Expression<Func<PlanMessage, MessageDto>> Projection =
        x => new(x.Id, x.Number, x.Priority, x.Stakeholders.OrderBy(s => s.StakeholderId).Select(s => s.StakeholderId).ToList(),
            x.Text, x.Why, x.What, x.Feeling, x.How, x.Clarification, x.ExpectedEffect, x.Order, x.Version);
}

public sealed record ChannelDto(
    int Id,
    string Name,
    string? Description,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Audience>))] Audience? Audience,
    string? ResponsibleRole,
    int Order,
    Guid Version)
{
    public static readonly Expression<Func<Channel, ChannelDto>> Projection =
        x => new(x.Id, x.Name, x.Description, x.Audience, x.ResponsibleRole, x.Order, x.Version);
}

public sealed record RiskDto(
    int Id,
    string Description,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Level>))] Level? Likelihood,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Level>))] Level? Consequence,
    string? Mitigation,
    int Order,
    Guid Version)
{
    public static readonly Expression<Func<PlanRisk, RiskDto>> Projection =
        x => new(x.Id, x.Description, x.Likelihood, x.Consequence, x.Mitigation, x.Order, x.Version);
}

public sealed record PersonDto(int Id, string Name, string? Title, string? Email, bool IsDemo, Guid Version)
{
    public static readonly Expression<Func<CommunicationPerson, PersonDto>> Projection =
        x => new(x.Id, x.Name, x.Title, x.Email, x.IsDemo, x.Version);
}

/// <summary>
/// An activity. <see cref="Timing"/> is the "when" exactly as written; <see cref="Start"/>/<see cref="End"/>
/// are what it was understood as, and <see cref="TimingProblem"/> says why when it was not.
/// </summary>
public sealed record ActivityDto(
    int Id,
    string What,
    string? MessageText,
    int? MessageId,
    string? Timing,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TimingKind>))] TimingKind TimingKind,
    DateOnly? Start,
    DateOnly? End,
    string? TimingProblem,
    int? MilestoneId,
    IReadOnlyList<NamedRef> TargetGroups,
    IReadOnlyList<NamedRef> Channels,
    IReadOnlyList<PersonRef> Responsible,
    decimal? PlannedHours,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ActivityStatus>))] ActivityStatus Status,
    string? Why,
    string? How,
    DateOnly? DoneOn,
    string? Outcome,
    int? Reach,
    decimal? ActualHours,
    decimal? Cost,
    int? MeasurableGoalId,
    decimal? GoalContribution,
    int Order,
    Guid Version)
{
    public static readonly Expression<Func<PlanActivity, ActivityDto>> Projection =
        x => new(x.Id, x.What, x.MessageText, x.MessageId, x.TimingText, x.TimingKind, x.StartDate, x.EndDate, x.TimingProblem, x.MilestoneId,
            x.Stakeholders.OrderBy(s => s.Stakeholder.Order).ThenBy(s => s.StakeholderId).Select(s => new NamedRef(s.StakeholderId, s.Stakeholder.Name)).ToList(),
            x.Channels.OrderBy(c => c.Channel.Order).ThenBy(c => c.ChannelId).Select(c => new NamedRef(c.ChannelId, c.Channel.Name)).ToList(),
            x.Responsibles.OrderBy(r => r.Person.Name).Select(r => new PersonRef(r.PersonId, r.Person.Name)).ToList(),
            x.PlannedHours, x.Status, x.Why, x.How, x.DoneOn, x.Outcome, x.Reach, x.ActualHours, x.Cost, x.MeasurableGoalId, x.GoalContribution,
            x.Order, x.Version);
}

/// <summary>One row of <c>GET /api/projects/{id}/communication-plans</c>.</summary>
public sealed record PlanSummary(
    int Id,
    string Title,
    string? Period,
    [property: JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))] PlanStatus Status,
    int OrganizationId,
    int? ProjectId,
    int? DecisionBodyId,
    string? DocumentVersion,
    DateOnly? AdoptedOn,
    bool IsDemo,
    Guid Version,
    DateTime UpdatedAt)
{
    public static readonly Expression<Func<CommunicationPlan, PlanSummary>> Projection =
        x => new(x.Id, x.Title, x.Period, x.Status, x.OrganizationId, x.ProjectId, x.DecisionBodyId, x.DocumentVersion, x.AdoptedOn, x.IsDemo, x.Version, x.UpdatedAt);
}
