using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// Goals, measurable goals and messages of a plan for programs, under <c>/api/communication-plans/{id}</c>:
/// <c>goals</c>, <c>measurable-goals</c> and <c>messages</c>, each with GET and POST on the list and GET,
/// PUT and DELETE on an item (see <see cref="PlanItemApi{TItem, TInput, TDto}"/> for the answers).
/// A measurable goal's <c>progress</c> is its hand-entered progress plus what done activities contribute.
/// </summary>
public static class GoalsApi
{
    public static RouteGroupBuilder MapGoalsApi(this RouteGroupBuilder plans)
    {
        new PlanItemApi<CommunicationGoal, GoalInput, CommunicationGoalDto>(
                "goals",
                new ItemWords("Målet finns inte i planen.", "Målet har ändrats av någon annan.", "Målet har tagits bort av någon annan."),
                (db, planId, ct) => db.CommunicationGoals.AsNoTracking().Where(g => g.PlanId == planId)
                    .OrderBy(g => g.Order).ThenBy(g => g.Id).Select(CommunicationGoalDto.Projection).ToListAsync(ct),
                dto => dto.Id,
                dto => dto.Version,
                items => items,
                planId => new CommunicationGoal { PlanId = planId, Text = "" },
                async (db, planId, _, input, ct) =>
                    await GoalRules.TargetGroupInPlanAsync(db, planId, input.StakeholderId, ct) is { } error ? [error] : [])
            .Map(plans, "CommunicationGoal", "CommunicationGoals", "kommunikationsmål (veta, känna, göra)");

        new PlanItemApi<MeasurableGoal, MeasurableGoalInput, MeasurableGoalDto>(
                "measurable-goals",
                new ItemWords("Det mätbara målet finns inte i planen.", "Det mätbara målet har ändrats av någon annan.", "Det mätbara målet har tagits bort av någon annan."),
                MeasurableGoalsAsync,
                dto => dto.Id,
                dto => dto.Version,
                items => items,
                planId => new MeasurableGoal { PlanId = planId, Text = "" },
                (_, _, _, input, _) => Task.FromResult(input.Kind is { } kind
                    ? GoalRules.CheckMeasurable(kind, input.Target, input.Unit, input.ManualProgress)
                    : []))
            .Map(plans, "MeasurableGoal", "MeasurableGoals", "mätbara kommunikationsmål");

        new PlanItemApi<PlanMessage, MessageInput, MessageDto>(
                "messages",
                new ItemWords("Budskapet finns inte i planen.", "Budskapet har ändrats av någon annan.", "Budskapet har tagits bort av någon annan."),
                (db, planId, ct) => db.PlanMessages.AsNoTracking().Where(m => m.PlanId == planId)
                    .OrderBy(m => m.Number == null).ThenBy(m => m.Number).ThenBy(m => m.Order).ThenBy(m => m.Id)
                    .Select(MessageDto.Projection).ToListAsync(ct),
                dto => dto.Id,
                dto => dto.Version,
                items => items.Include(m => m.Stakeholders),
                planId => new PlanMessage { PlanId = planId },
                async (db, planId, itemId, input, ct) => await GoalRules.CheckMessageAsync(db, planId, itemId, input, ct))
            .Map(plans, "PlanMessage", "PlanMessages", "budskap");
        return plans;
    }

    /// <summary>The plan's measurable goals with their progress (the same figures as the progress page).</summary>
    private static async Task<List<MeasurableGoalDto>> MeasurableGoalsAsync(AppDbContext db, int planId, CancellationToken ct) =>
        [.. (await GoalProgressModel.ProgressAsync(db, planId, ct)).Select(g => new MeasurableGoalDto(g.Id, g.Text, g.Kind, g.Target, g.Unit,
            g.ManualProgress, g.Progress, g.Achieved, g.Deadline, g.Comment, g.Order, g.Version))];
}
