using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Documents;

/// <summary>The plan's own facts: what the Word document's title and header block show.</summary>
public sealed record PlanFacts(
    int Id,
    string Title,
    string? Period,
    PlanStatus Status,
    string? AdoptedBy,
    DateOnly? AdoptedOn,
    string? DocumentVersion,
    string? OrganizationName,
    string? ProjectName,
    string? ProjectCode,
    string? ProjectLeader,
    string? DecisionBodyName,
    string? Situation,
    string? Background,
    string? Purpose,
    string? OverallObjective,
    string? Approach,
    string? ActivitiesIntroduction,
    string? CoreDefinition,
    string? PrimaryDefinition,
    string? SecondaryDefinition,
    decimal? BudgetAmount,
    string? BudgetNote,
    bool IsDemo);

/// <summary>Everything the Word document shows, read with one query per part of the plan.</summary>
public sealed record PlanDocumentData(
    PlanFacts Plan,
    IReadOnlyList<RevisionDto> Revisions,
    IReadOnlyList<CommunicationGoalDto> Goals,
    IReadOnlyList<MeasurableGoalRow> MeasurableGoals,
    IReadOnlyList<StakeholderDto> Stakeholders,
    IReadOnlyList<MessageDto> Messages,
    IReadOnlyList<ChannelDto> Channels,
    IReadOnlyList<RiskDto> Risks,
    IReadOnlyList<ActivityDto> Activities)
{
    /// <summary>Null when the plan does not exist or the caller cannot see it (the query filters).</summary>
    public static async Task<PlanDocumentData?> LoadAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new PlanFacts(p.Id, p.Title, p.Period, p.Status, p.AdoptedBy, p.AdoptedOn, p.DocumentVersion,
                // Looked up rather than navigated: a co-owning organisation's member sees the plan but not the lead organisation.
                db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                p.Project != null ? p.Project.Name : null,
                p.Project != null ? p.Project.Code : null,
                p.Project != null ? p.Project.ProjectLeader : null,
                db.DecisionBodies.Where(d => d.Id == p.DecisionBodyId).Select(d => d.Name).FirstOrDefault(),
                p.Situation, p.Background, p.Purpose, p.OverallObjective, p.Approach, p.ActivitiesIntroduction,
                p.CoreDefinition, p.PrimaryDefinition, p.SecondaryDefinition, p.BudgetAmount, p.BudgetNote, p.IsDemo))
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }
        var revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderBy(r => r.At).ThenBy(r => r.Id)
            .Select(r => new RevisionDto(r.Id, r.DocumentVersion, r.At, r.By, r.Note))
            .ToListAsync(ct);
        var goals = await db.CommunicationGoals.AsNoTracking().Where(g => g.PlanId == planId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(CommunicationGoalDto.Projection)
            .ToListAsync(ct);
        var measurable = await db.MeasurableGoals.AsNoTracking().Where(g => g.PlanId == planId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new MeasurableGoalRow(g.Text, g.Kind, g.Target, g.Unit, g.Deadline, g.Comment))
            .ToListAsync(ct);
        var stakeholders = await db.Stakeholders.AsNoTracking().Where(s => s.PlanId == planId)
            .OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(StakeholderDto.Projection)
            .ToListAsync(ct);
        var messages = await db.PlanMessages.AsNoTracking().Where(m => m.PlanId == planId)
            .OrderBy(m => m.Order).ThenBy(m => m.Id)
            .Select(MessageDto.Projection)
            .ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().Where(c => c.PlanId == planId)
            .OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(ChannelDto.Projection)
            .ToListAsync(ct);
        var risks = await db.PlanRisks.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderBy(r => r.Order).ThenBy(r => r.Id)
            .Select(RiskDto.Projection)
            .ToListAsync(ct);
        var activities = await ActivitiesAsync(db, planId, ct);
        return new PlanDocumentData(plan, revisions, goals, measurable, stakeholders, messages, channels, risks, activities);
    }

    /// <summary>The plan's activity plan, in the plan's order.</summary>
    public static Task<List<ActivityDto>> ActivitiesAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.PlanActivities.AsNoTracking().Where(a => a.PlanId == planId)
            .OrderBy(a => a.Order).ThenBy(a => a.Id)
            .Select(ActivityDto.Projection)
            .ToListAsync(ct);
}

/// <summary>A measurable goal as the document states it (no progress: the document is the plan, not its follow-up).</summary>
public sealed record MeasurableGoalRow(string Text, MeasureKind Kind, decimal? Target, string? Unit, DateOnly? Deadline, string? Comment);
