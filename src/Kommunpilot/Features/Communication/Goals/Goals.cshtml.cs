using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// The plan's communication goals: the plan-wide know/feel/do goals (000), what each target group
/// should know, feel and do (004), and the measurable goals (002 2.3). Editors get a form for each
/// kind of goal; an empty cell of the target-group table links to the form with its group and aspect chosen.
/// </summary>
public class GoalsModel(AppDbContext db, IStringLocalizer<GoalTexts> l) : PlanPageModel(db, l)
{
    public const string GoalForm = "Goal";
    public const string MeasurableForm = "Measurable";

    public sealed record GoalRow(int Id, int? StakeholderId, GoalAspect Aspect, string Text);

    public sealed record TargetGroupRow(int Id, string Name, StakeholderPriority? Priority);

    public sealed record MeasurableRow(int Id, string Text, MeasureKind Kind, decimal? Target, string? Unit, decimal? ManualProgress,
        bool Achieved, DateOnly? Deadline, string? Comment);

    protected override PlanSection Section => PlanSection.Goals;

    /// <summary>Goals for the whole plan (no target group).</summary>
    public IReadOnlyList<GoalRow> PlanWide { get; private set; } = [];

    /// <summary>Goals per target group and aspect.</summary>
    public ILookup<(int, GoalAspect), GoalRow> ByGroup { get; private set; } = Array.Empty<GoalRow>().ToLookup(g => (0, g.Aspect));

    public IReadOnlyList<TargetGroupRow> TargetGroups { get; private set; } = [];

    public IReadOnlyList<MeasurableRow> Measurable { get; private set; } = [];

    /// <summary>The add form of a know/feel/do goal.</summary>
    public GoalInput Goal { get; private set; } = new();

    /// <summary>The add form of a measurable goal.</summary>
    public MeasurableGoalInput MeasurableGoal { get; private set; } = new() { Kind = MeasureKind.Quantitative };

    /// <summary>The form that was sent and is shown again with its errors, if any.</summary>
    public string? Posted { get; private set; }

    public bool HasGoals(int targetGroupId) =>
        Enum.GetValues<GoalAspect>().Any(a => ByGroup[(targetGroupId, a)].Any());

    /// <param name="targetGroup">Chooses a target group in the add form (from an empty cell).</param>
    /// <param name="aspect">Chooses know, feel or do in the add form.</param>
    public async Task<IActionResult> OnGetAsync(int planId, [FromQuery(Name = "malgrupp")] int? targetGroup, [FromQuery(Name = "aspekt")] GoalAspect? aspect)
    {
        if (await OpenAsync(planId, edit: false) is { } denied)
        {
            return denied;
        }
        ModelState.Clear(); // a query value that does not parse just chooses nothing
        await LoadAsync();
        if (targetGroup is { } id && TargetGroups.Any(t => t.Id == id))
        {
            Goal.StakeholderId = id;
        }
        Goal.Aspect = aspect is { } a && Enum.IsDefined(a) ? a : null;
        return Page();
    }

    public async Task<IActionResult> OnPostGoalAsync(int planId)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        Posted = GoalForm;
        var input = Goal;
        await TryUpdateModelAsync(input, GoalForm);
        var notInPlan = await GoalRules.TargetGroupInPlanAsync(Db, planId, input.StakeholderId, Aborted);
        var ruleHolds = AddErrors(GoalForm, notInPlan is null ? [] : [notInPlan]);
        if (!ModelState.IsValid || !ruleHolds)
        {
            return await ShowAsync();
        }
        var goal = new CommunicationGoal { PlanId = planId, Text = "" };
        input.ApplyTo(goal);
        // Adds to one plan are made one at a time here, and a repeated add (a double click) is stored once.
        using (await AddLock.ForProjectAsync(planId, Aborted))
        {
            var exists = await Db.CommunicationGoals.AnyAsync(g => g.PlanId == planId && g.StakeholderId == goal.StakeholderId
                && g.Aspect == goal.Aspect && g.Text == goal.Text, Aborted);
            if (!exists)
            {
                goal.Order = input.Order ?? (await Db.CommunicationGoals.Where(g => g.PlanId == planId).MaxAsync(g => (int?)g.Order, Aborted) ?? 0) + 1;
                Db.Add(goal);
                await Db.SaveChangesAsync(Aborted);
            }
        }
        return Done("Goals", L["Målet är tillagt."]);
    }

    public async Task<IActionResult> OnPostMeasurableAsync(int planId)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        Posted = MeasurableForm;
        var input = MeasurableGoal;
        await TryUpdateModelAsync(input, MeasurableForm);
        var rulesHold = input.Kind is not { } kind || AddErrors(MeasurableForm, GoalRules.CheckMeasurable(kind, input.Target, input.Unit, input.ManualProgress));
        if (!ModelState.IsValid || !rulesHold)
        {
            return await ShowAsync();
        }
        var goal = new MeasurableGoal { PlanId = planId, Text = "" };
        input.ApplyTo(goal);
        using (await AddLock.ForProjectAsync(planId, Aborted))
        {
            var exists = await Db.MeasurableGoals.AnyAsync(g => g.PlanId == planId && g.Text == goal.Text && g.Kind == goal.Kind
                && g.Unit == goal.Unit && g.Deadline == goal.Deadline && g.Comment == goal.Comment, Aborted);
            if (!exists)
            {
                goal.Order = input.Order ?? (await Db.MeasurableGoals.Where(g => g.PlanId == planId).MaxAsync(g => (int?)g.Order, Aborted) ?? 0) + 1;
                Db.Add(goal);
                await Db.SaveChangesAsync(Aborted);
            }
        }
        return Done("Goals", L["Det mätbara målet är tillagt."]);
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var goals = await Db.CommunicationGoals.AsNoTracking()
            .Where(g => g.PlanId == PlanId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new GoalRow(g.Id, g.StakeholderId, g.Aspect, g.Text))
            .ToListAsync(Aborted);
        PlanWide = [.. goals.Where(g => g.StakeholderId is null)];
        ByGroup = goals.Where(g => g.StakeholderId is not null).ToLookup(g => (g.StakeholderId!.Value, g.Aspect));
        TargetGroups = await TargetGroupsAsync(Db, PlanId, Aborted);
        Measurable = await Db.MeasurableGoals.AsNoTracking()
            .Where(g => g.PlanId == PlanId)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new MeasurableRow(g.Id, g.Text, g.Kind, g.Target, g.Unit, g.ManualProgress, g.Achieved, g.Deadline, g.Comment))
            .ToListAsync(Aborted);
        ViewData["TargetGroups"] = TargetGroups;
    }

    /// <summary>The plan's target groups in the register's order, for the table and the forms' choices.</summary>
    public static async Task<IReadOnlyList<TargetGroupRow>> TargetGroupsAsync(AppDbContext db, int planId, CancellationToken ct) =>
        await db.Stakeholders.AsNoTracking()
            .Where(s => s.PlanId == planId)
            .OrderBy(s => s.Order).ThenBy(s => s.Name)
            .Select(s => new TargetGroupRow(s.Id, s.Name, s.Priority))
            .ToListAsync(ct);
}
