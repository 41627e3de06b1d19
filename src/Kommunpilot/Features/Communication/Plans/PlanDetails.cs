using System.Text.Json.Serialization;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// The whole plan as <c>GET /api/communication-plans/{id}</c> answers it: its own fields, then every
/// section in the order of the source plans. The calendar link's secret is not part of it.
/// </summary>
public sealed record PlanDetails
{
    public int Id { get; init; }
    public required string Title { get; init; }
    public string? Period { get; init; }
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))]
    public PlanStatus Status { get; init; }
    public string? AdoptedBy { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public string? DocumentVersion { get; init; }

    public int OrganizationId { get; init; }
    public string? OrganizationName { get; init; }
    public int? ProjectId { get; init; }
    public string? ProjectName { get; init; }
    public int? DecisionBodyId { get; init; }
    public string? DecisionBodyName { get; init; }
    public int? PreviousPlanId { get; init; }

    public string? Situation { get; init; }
    public string? Background { get; init; }
    public string? Purpose { get; init; }
    public string? OverallObjective { get; init; }
    public string? Approach { get; init; }
    public string? ActivitiesIntroduction { get; init; }
    public string? CoreDefinition { get; init; }
    public string? PrimaryDefinition { get; init; }
    public string? SecondaryDefinition { get; init; }
    public decimal? BudgetAmount { get; init; }
    public string? BudgetNote { get; init; }

    public bool IsDemo { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; init; }
    public Guid Version { get; init; }

    public IReadOnlyList<RevisionDto> Revisions { get; init; } = [];
    public IReadOnlyList<CommunicationGoalDto> Goals { get; init; } = [];
    public IReadOnlyList<MeasurableGoalDto> MeasurableGoals { get; init; } = [];
    public IReadOnlyList<StakeholderDto> TargetGroups { get; init; } = [];
    public IReadOnlyList<MessageDto> Messages { get; init; } = [];
    public IReadOnlyList<ChannelDto> Channels { get; init; } = [];
    public IReadOnlyList<RiskDto> Risks { get; init; } = [];
    public IReadOnlyList<ActivityDto> Activities { get; init; } = [];
}

/// <summary>A page of plans; <see cref="Total"/> counts every match, not only this page.</summary>
public sealed record PlanPage(IReadOnlyList<PlanSummary> Items, int Page, int PageSize, int Total);

/// <summary>The reads of whole plans: one query for the plan and one per section, never one per row.</summary>
public static class PlanQueries
{
    public static async Task<PlanDetails?> DetailsAsync(AppDbContext db, int id, CancellationToken ct)
    {
        // Names through subqueries, not navigations: a co-owner of the project may not belong to the
        // plan's organisation, and a required navigation to a filtered organisation would hide the plan.
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new PlanDetails
            {
                Id = p.Id,
                Title = p.Title,
                Period = p.Period,
                PeriodStart = p.PeriodStart,
                PeriodEnd = p.PeriodEnd,
                Status = p.Status,
                AdoptedBy = p.AdoptedBy,
                AdoptedOn = p.AdoptedOn,
                DocumentVersion = p.DocumentVersion,
                OrganizationId = p.OrganizationId,
                OrganizationName = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                ProjectId = p.ProjectId,
                ProjectName = db.Projects.Where(x => x.Id == p.ProjectId).Select(x => x.Name).FirstOrDefault(),
                DecisionBodyId = p.DecisionBodyId,
                DecisionBodyName = db.DecisionBodies.Where(d => d.Id == p.DecisionBodyId).Select(d => d.Name).FirstOrDefault(),
                PreviousPlanId = p.PreviousPlanId,
                Situation = p.Situation,
                Background = p.Background,
                Purpose = p.Purpose,
                OverallObjective = p.OverallObjective,
                Approach = p.Approach,
                ActivitiesIntroduction = p.ActivitiesIntroduction,
                CoreDefinition = p.CoreDefinition,
                PrimaryDefinition = p.PrimaryDefinition,
                SecondaryDefinition = p.SecondaryDefinition,
                BudgetAmount = p.BudgetAmount,
                BudgetNote = p.BudgetNote,
                IsDemo = p.IsDemo,
                CreatedAt = p.CreatedAt,
                UpdatedAt = p.UpdatedAt,
                Version = p.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }
        return plan with
        {
            Revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == id)
                .OrderBy(r => r.At).ThenBy(r => r.Id)
                .Select(r => new RevisionDto(r.Id, r.DocumentVersion, r.At, r.By, r.Note)).ToListAsync(ct),
            Goals = await db.CommunicationGoals.AsNoTracking().Where(g => g.PlanId == id)
                .OrderBy(g => g.StakeholderId != null).ThenBy(g => g.Order).ThenBy(g => g.Id)
                .Select(CommunicationGoalDto.Projection).ToListAsync(ct),
            MeasurableGoals = await MeasurableGoalsAsync(db, id, ct),
            TargetGroups = await db.Stakeholders.AsNoTracking().Where(s => s.PlanId == id)
                .OrderBy(s => s.Order).ThenBy(s => s.Id).Select(StakeholderDto.Projection).ToListAsync(ct),
            Messages = await db.PlanMessages.AsNoTracking().Where(m => m.PlanId == id)
                .OrderBy(m => m.Order).ThenBy(m => m.Id).Select(MessageDto.Projection).ToListAsync(ct),
            Channels = await db.Channels.AsNoTracking().Where(c => c.PlanId == id)
                .OrderBy(c => c.Order).ThenBy(c => c.Id).Select(ChannelDto.Projection).ToListAsync(ct),
            Risks = await db.PlanRisks.AsNoTracking().Where(r => r.PlanId == id)
                .OrderBy(r => r.Order).ThenBy(r => r.Id).Select(RiskDto.Projection).ToListAsync(ct),
            Activities = await db.PlanActivities.AsNoTracking().AsSplitQuery().Where(a => a.PlanId == id)
                .OrderBy(a => a.Order).ThenBy(a => a.Id).Select(ActivityDto.Projection).ToListAsync(ct),
        };
    }

    /// <summary>The plan's measurable goals with their progress: two queries, summed in memory (SQLite cannot sum decimals).</summary>
    public static async Task<List<MeasurableGoalDto>> MeasurableGoalsAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        var goals = await db.MeasurableGoals.AsNoTracking().Where(g => g.PlanId == planId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.Text, g.Kind, g.Target, g.Unit, g.ManualProgress, g.Achieved, g.Deadline, g.Comment, g.Order, g.Version })
            .ToListAsync(ct);
        var contributions = await db.PlanActivities.AsNoTracking()
            .Where(a => a.PlanId == planId && a.Status == ActivityStatus.Done && a.MeasurableGoalId != null)
            .Select(a => new { GoalId = a.MeasurableGoalId!.Value, a.GoalContribution })
            .ToListAsync(ct);
        var byGoal = contributions.ToLookup(c => c.GoalId, c => c.GoalContribution);
        return [.. goals.Select(g => new MeasurableGoalDto(g.Id, g.Text, g.Kind, g.Target, g.Unit, g.ManualProgress,
            MeasurableGoal.ProgressOf(g.ManualProgress, byGoal[g.Id]), g.Achieved, g.Deadline, g.Comment, g.Order, g.Version))];
    }

    /// <summary>Plans the caller sees, filtered as the list page and the API filter them.</summary>
    public static IQueryable<CommunicationPlan> Filtered(AppDbContext db, int? organizationId, bool? standing, PlanStatus? status, string? text)
    {
        var plans = db.CommunicationPlans.AsNoTracking();
        if (organizationId is { } org)
        {
            plans = plans.Where(p => p.OrganizationId == org
                || (p.ProjectId != null && db.ProjectOwners.Any(o => o.ProjectId == p.ProjectId && o.OrganizationId == org)));
        }
        if (standing is { } s)
        {
            plans = s ? plans.Where(p => p.ProjectId == null) : plans.Where(p => p.ProjectId != null);
        }
        if (status is { } wanted)
        {
            plans = plans.Where(p => p.Status == wanted);
        }
        if (PlanBasics.Clean(text) is { } term)
        {
            var lower = term.ToLowerInvariant();
            // Both as typed and in lower case: SQLite lowers only A-Z, so "Åmål" is found as typed.
            plans = plans.Where(p => p.Title.Contains(term) || p.Title.ToLower().Contains(lower)
                || (p.Period != null && p.Period.ToLower().Contains(lower))
                || (p.ProjectId != null && db.Projects.Any(x => x.Id == p.ProjectId && (x.Name.Contains(term) || x.Name.ToLower().Contains(lower)))));
        }
        return plans;
    }
}
