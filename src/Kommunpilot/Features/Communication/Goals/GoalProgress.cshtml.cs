using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// How far the plan has come (issue 3, item 4 "goal progress"): each measurable goal's progress
/// against its target by <see cref="MeasurableGoal.ProgressOf"/> (what was entered by hand plus what
/// done activities contribute), the activities that contributed and those that will when done; and
/// the know/feel/do coverage of the core and primary target groups.
/// </summary>
public class GoalProgressModel(AppDbContext db, IStringLocalizer<GoalTexts> l, TimeProvider clock) : PlanPageModel(db, l)
{
    public sealed record Contribution(int Id, string What, ActivityStatus Status, DateOnly? DoneOn, string? Timing, decimal? Amount);

    public sealed record GoalProgressRow(int Id, string Text, MeasureKind Kind, decimal? Target, string? Unit, decimal? ManualProgress,
        bool Achieved, DateOnly? Deadline, string? Comment, int Order, Guid Version, decimal Progress,
        IReadOnlyList<Contribution> Done, IReadOnlyList<Contribution> Coming)
    {
        public decimal FromActivities => Progress - (ManualProgress ?? 0);

        /// <summary>Reached: a quantitative goal at or over its target, a qualitative goal marked achieved.</summary>
        public bool Reached => Kind == MeasureKind.Qualitative ? Achieved : Target is > 0 && Progress >= Target;
    }

    public sealed record CoverageRow(int Id, string Name, StakeholderPriority Priority, int Know, int Feel, int Do)
    {
        public bool HasNone => Know + Feel + Do == 0;

        public int CountOf(GoalAspect a) => a switch { GoalAspect.Know => Know, GoalAspect.Feel => Feel, _ => Do };
    }

    protected override PlanSection Section => PlanSection.GoalProgress;

    public IReadOnlyList<GoalProgressRow> Goals { get; private set; } = [];

    /// <summary>The core and primary target groups with how many goals each has per aspect.</summary>
    public IReadOnlyList<CoverageRow> Coverage { get; private set; } = [];

    /// <summary>How many goals the plan has for all target groups (not one of them).</summary>
    public int PlanWideGoals { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId)
    {
        if (await OpenAsync(planId, edit: false) is { } denied)
        {
            return denied;
        }
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Goals = await ProgressAsync(Db, planId, Aborted);

        var groups = await Db.Stakeholders.AsNoTracking()
            .Where(s => s.PlanId == planId && (s.Priority == StakeholderPriority.Core || s.Priority == StakeholderPriority.Primary))
            .OrderBy(s => s.Priority == StakeholderPriority.Core ? 0 : 1).ThenBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, Priority = s.Priority!.Value })
            .ToListAsync(Aborted);
        var goals = await Db.CommunicationGoals.AsNoTracking()
            .Where(g => g.PlanId == planId)
            .Select(g => new { g.StakeholderId, g.Aspect })
            .ToListAsync(Aborted);
        PlanWideGoals = goals.Count(g => g.StakeholderId is null);
        Coverage = [.. groups.Select(s => new CoverageRow(s.Id, s.Name, s.Priority,
            goals.Count(g => g.StakeholderId == s.Id && g.Aspect == GoalAspect.Know),
            goals.Count(g => g.StakeholderId == s.Id && g.Aspect == GoalAspect.Feel),
            goals.Count(g => g.StakeholderId == s.Id && g.Aspect == GoalAspect.Do)))];
        return Page();
    }

    /// <summary>Every measurable goal of the plan with its progress and the activities counting towards it. Two queries.</summary>
    public static async Task<IReadOnlyList<GoalProgressRow>> ProgressAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        var goals = await db.MeasurableGoals.AsNoTracking()
            .Where(g => g.PlanId == planId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.Text, g.Kind, g.Target, g.Unit, g.ManualProgress, g.Achieved, g.Deadline, g.Comment, g.Order, g.Version })
            .ToListAsync(ct);
        var activities = await db.PlanActivities.AsNoTracking()
            .Where(a => a.PlanId == planId && a.MeasurableGoalId != null && a.Status != ActivityStatus.Cancelled)
            .Select(a => new { GoalId = a.MeasurableGoalId!.Value, Row = new Contribution(a.Id, a.What, a.Status, a.DoneOn, a.TimingText, a.GoalContribution), a.StartDate, a.Order })
            .ToListAsync(ct);
        var byGoal = activities.ToLookup(a => a.GoalId);
        return [.. goals.Select(g =>
        {
            var done = byGoal[g.Id].Where(a => a.Row.Status == ActivityStatus.Done)
                .OrderBy(a => a.Row.DoneOn ?? DateOnly.MaxValue).ThenBy(a => a.Order).Select(a => a.Row).ToList();
            var coming = byGoal[g.Id].Where(a => a.Row.Status != ActivityStatus.Done)
                .OrderBy(a => a.StartDate ?? DateOnly.MaxValue).ThenBy(a => a.Order).Select(a => a.Row).ToList();
            var progress = MeasurableGoal.ProgressOf(g.ManualProgress, done.Select(d => d.Amount));
            return new GoalProgressRow(g.Id, g.Text, g.Kind, g.Target, g.Unit, g.ManualProgress, g.Achieved, g.Deadline, g.Comment, g.Order, g.Version,
                progress, done, coming);
        })];
    }
}
