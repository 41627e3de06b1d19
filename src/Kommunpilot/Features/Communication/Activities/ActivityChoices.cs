using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>A target group, channel or person an activity can name.</summary>
public sealed record Choice(int Id, string Name);

/// <summary>A milestone of the plan's project, for timings relative to a decision.</summary>
public sealed record MilestoneChoice(int Id, string Decision, string? DecisionBody, DateOnly? Date)
{
    public string Label => string.Join(", ", new[] { Decision, DecisionBody, Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }
        .Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>A message of the plan's framework, with a short label for a select.</summary>
public sealed record MessageChoice(int Id, string Label);

/// <summary>A measurable goal of the plan that done activities can count towards.</summary>
public sealed record GoalChoice(int Id, string Text, MeasureKind Kind, decimal? Target, string? Unit);

/// <summary>The plan as the activity rules need it.</summary>
public sealed record PlanFacts(int Id, int OrganizationId, int? ProjectId, DateOnly? PeriodStart);

/// <summary>
/// Everything an activity of a plan may point at: the plan's target groups, channels, messages and
/// measurable goals, its project's milestones and the people of the plan's organisation. Loaded once
/// per request (seven small queries) and used both to offer choices and to check what was sent.
/// </summary>
public sealed class ActivityChoices
{
    public required PlanFacts Plan { get; init; }
    public required IReadOnlyList<Choice> TargetGroups { get; init; }
    public required IReadOnlyList<Choice> Channels { get; init; }
    public required IReadOnlyList<Choice> People { get; init; }
    public required IReadOnlyList<MessageChoice> Messages { get; init; }
    public required IReadOnlyList<MilestoneChoice> Milestones { get; init; }
    public required IReadOnlyList<GoalChoice> Goals { get; init; }
    /// <summary>Where a target group or channel created from an activity goes: last.</summary>
    public int NextTargetGroupOrder { get; init; }
    public int NextChannelOrder { get; init; }

    public static async Task<ActivityChoices?> LoadAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new PlanFacts(p.Id, p.OrganizationId, p.ProjectId, p.PeriodStart))
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }
        var targetGroups = await db.Stakeholders.AsNoTracking().Where(s => s.PlanId == planId)
            .OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name, s.Order }).ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().Where(c => c.PlanId == planId)
            .OrderBy(c => c.Order).ThenBy(c => c.Id).Select(c => new { c.Id, c.Name, c.Order }).ToListAsync(ct);
        var people = await db.CommunicationPeople.AsNoTracking().Where(p => p.OrganizationId == plan.OrganizationId)
            .Select(p => new Choice(p.Id, p.Name)).ToListAsync(ct);
        var messages = await db.PlanMessages.AsNoTracking().Where(m => m.PlanId == planId)
            .OrderBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new { m.Id, m.Number, m.Text, m.What, m.Why, m.Feeling, m.How })
            .ToListAsync(ct);
        var milestones = plan.ProjectId is { } projectId
            ? await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId)
                .OrderBy(m => m.Order).ThenBy(m => m.Id)
                .Select(m => new MilestoneChoice(m.Id, m.Decision, m.DecisionBody, m.Date)).ToListAsync(ct)
            : [];
        var goals = await db.MeasurableGoals.AsNoTracking().Where(g => g.PlanId == planId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new GoalChoice(g.Id, g.Text, g.Kind, g.Target, g.Unit)).ToListAsync(ct);
        return new ActivityChoices
        {
            Plan = plan,
            TargetGroups = [.. targetGroups.Select(s => new Choice(s.Id, s.Name))],
            Channels = [.. channels.Select(c => new Choice(c.Id, c.Name))],
            NextTargetGroupOrder = targetGroups.Select(s => s.Order).DefaultIfEmpty(0).Max() + 1,
            NextChannelOrder = channels.Select(c => c.Order).DefaultIfEmpty(0).Max() + 1,
            People = [.. people.OrderBy(p => p.Name, ActivityRules.SwedishOrder)],
            Messages = [.. messages.Select(m => new MessageChoice(m.Id, MessageLabel(m.Number, m.Text ?? m.What ?? m.Why ?? m.Feeling ?? m.How)))],
            Milestones = milestones,
            Goals = goals,
        };
    }

    /// <summary>"1. Målgrupperna ska känna att det finns ett pålitligt …": the number and the start of the text.</summary>
    private static string MessageLabel(int? number, string? text)
    {
        var flat = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length > 90)
        {
            flat = flat[..89].TrimEnd() + "…";
        }
        return number is { } n ? $"{n}. {flat}" : flat;
    }

    public string? NameOf(IReadOnlyList<Choice> list, int id) => list.FirstOrDefault(c => c.Id == id)?.Name;
}
