using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// A broken rule: the field (the input's property name), and the Swedish message as a text key with
/// its arguments. Pages show it through the localizer; the API in Swedish (<see cref="Swedish"/>).
/// </summary>
public sealed record RuleError(string Field, string Message, params object[] Arguments)
{
    public string Swedish => string.Format(CultureInfo.GetCultureInfo("sv-SE"), Message, Arguments);
}

/// <summary>
/// The rules of goals, measurable goals and messages, one set for the pages and the API. The
/// messages are Swedish keys into <c>GoalTexts.en.resx</c>.
/// </summary>
public static class GoalRules
{
    public const string TargetGroupNotInPlan = "Målgruppen finns inte i planen. Välj en av planens målgrupper.";
    public const string TargetGroupsNotInPlan = "En eller flera av målgrupperna finns inte i planen. Välj bland planens målgrupper.";
    public const string QuantitativeNeedsTarget = "Ett kvantitativt mål behöver ett målvärde större än noll, till exempel 2 (konferenser).";
    public const string QualitativeHasNoTarget = "Ett kvalitativt mål har inget målvärde. Töm fältet, eller välj kvantitativt.";
    public const string QualitativeHasNoUnit = "Ett kvalitativt mål har ingen enhet. Töm fältet, eller välj kvantitativt.";
    public const string QualitativeHasNoProgress = "Ett kvalitativt mål följs upp som uppnått eller inte, utan framsteg i siffror. Töm fältet, eller välj kvantitativt.";
    public const string ProgressNotNegative = "Framsteget kan inte vara negativt.";
    public const string TargetTooLarge = "Målvärdet får vara högst 999 999 999 999.";
    public const string ProgressTooLarge = "Framsteget får vara högst 999 999 999 999.";
    public const string TargetDecimals = "Målvärdet får ha högst två decimaler.";
    public const string ProgressDecimals = "Framsteget får ha högst två decimaler.";
    public const string NumberTaken = "Nummer {0} används redan av ett annat budskap i planen. Välj ett annat nummer, eller lämna fältet tomt.";

    /// <summary>What a decimal(14,2) column holds.</summary>
    private const decimal Largest = 999_999_999_999m;

    /// <summary>A goal for a target group: the group must be one of the plan's (the query filters hide other tenants').</summary>
    public static async Task<RuleError?> TargetGroupInPlanAsync(AppDbContext db, int planId, int? stakeholderId, CancellationToken ct) =>
        stakeholderId is { } id && !await db.Stakeholders.AnyAsync(s => s.Id == id && s.PlanId == planId, ct)
            ? new RuleError(nameof(GoalInput.StakeholderId), TargetGroupNotInPlan)
            : null;

    /// <summary>
    /// A quantitative goal needs a positive target; a qualitative one has no target, unit or progress in
    /// figures (it is achieved or not); progress is never negative.
    /// </summary>
    public static IEnumerable<RuleError> CheckMeasurable(MeasureKind kind, decimal? target, string? unit, decimal? manualProgress)
    {
        if (kind == MeasureKind.Quantitative)
        {
            if (target is null or <= 0)
            {
                yield return new RuleError(nameof(MeasurableGoalInput.Target), QuantitativeNeedsTarget);
            }
        }
        else
        {
            if (target is not null)
            {
                yield return new RuleError(nameof(MeasurableGoalInput.Target), QualitativeHasNoTarget);
            }
            if (!string.IsNullOrWhiteSpace(unit))
            {
                yield return new RuleError(nameof(MeasurableGoalInput.Unit), QualitativeHasNoUnit);
            }
            if (manualProgress is not null and not 0)
            {
                yield return new RuleError(nameof(MeasurableGoalInput.ManualProgress), QualitativeHasNoProgress);
            }
        }
        if (target is > Largest)
        {
            yield return new RuleError(nameof(MeasurableGoalInput.Target), TargetTooLarge);
        }
        else if (target is { } t && decimal.Round(t, 2) != t)
        {
            yield return new RuleError(nameof(MeasurableGoalInput.Target), TargetDecimals);
        }
        if (manualProgress is < 0)
        {
            yield return new RuleError(nameof(MeasurableGoalInput.ManualProgress), ProgressNotNegative);
        }
        else if (manualProgress is > Largest)
        {
            yield return new RuleError(nameof(MeasurableGoalInput.ManualProgress), ProgressTooLarge);
        }
        else if (manualProgress is { } p && decimal.Round(p, 2) != p)
        {
            yield return new RuleError(nameof(MeasurableGoalInput.ManualProgress), ProgressDecimals);
        }
    }

    /// <summary>
    /// A message says something (<see cref="PlanMessage.CheckHasContent"/>); its number, when given, is
    /// not used by another message of the plan; its target groups are the plan's own.
    /// </summary>
    /// <param name="messageId">The message being changed; null when adding.</param>
    public static async Task<List<RuleError>> CheckMessageAsync(AppDbContext db, int planId, int? messageId, MessageInput input, CancellationToken ct)
    {
        var errors = new List<RuleError>();
        if (PlanMessage.CheckHasContent(input.Text, input.Why, input.What, input.Feeling, input.How) is { } empty)
        {
            errors.Add(new RuleError(nameof(MessageInput.Text), empty));
        }
        if (input.Number is { } number
            && await db.PlanMessages.AnyAsync(m => m.PlanId == planId && m.Number == number && m.Id != messageId, ct))
        {
            errors.Add(new RuleError(nameof(MessageInput.Number), NumberTaken, number));
        }
        if (await TargetGroupsInPlanAsync(db, planId, input.StakeholderIds, ct) is { } groups)
        {
            errors.Add(groups);
        }
        return errors;
    }

    /// <summary>Every one of the ids is a target group of the plan.</summary>
    public static async Task<RuleError?> TargetGroupsInPlanAsync(AppDbContext db, int planId, IReadOnlyCollection<int> stakeholderIds, CancellationToken ct)
    {
        var wanted = stakeholderIds.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return null;
        }
        var found = await db.Stakeholders.CountAsync(s => s.PlanId == planId && wanted.Contains(s.Id), ct);
        return found == wanted.Count ? null : new RuleError(nameof(MessageInput.StakeholderIds), TargetGroupsNotInPlan);
    }
}
