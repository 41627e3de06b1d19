using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>The copy form: the new plan's title and period, and what to carry over.</summary>
public sealed class CopyPlanInput : PlanBasics
{
    public CarryOver Carry { get; set; } = new();
}

/// <summary>
/// "New plan from last year's": a new draft in the same project (or organisation) with the parts the
/// user ticks, written in one save, so that it is all there or none of it. Activities that are not
/// done start again as planned, without follow-up, their timing read anew against the new period.
/// </summary>
public class CopyPlanModel(AppDbContext db, IStringLocalizer<PlanTexts> l) : PageModel
{
    /// <summary>How much each choice would carry over.</summary>
    public sealed record Counts(int TargetGroups, int GroupGoals, int PlanGoals, int Messages, int Channels, int Risks, int MeasurableGoals,
        int OpenActivities, int Activities, bool HasTexts);

    [BindProperty]
    public CopyPlanInput Input { get; set; } = new();

    public PlanNav Nav { get; private set; } = null!;
    public Counts Source { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await OpenAsync(planId, ct) is { } denied)
        {
            return denied;
        }
        var plan = await db.CommunicationPlans.AsNoTracking().SingleAsync(p => p.Id == planId, ct);
        var next = PlanCopy.NextPeriod(plan);
        Input = new CopyPlanInput
        {
            Title = next.Title, Period = next.Period, PeriodStart = next.PeriodStart, PeriodEnd = next.PeriodEnd,
            DocumentVersion = next.DocumentVersion, Carry = CarryOver.Everything(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken ct)
    {
        if (await OpenAsync(planId, ct) is { } denied)
        {
            return denied;
        }
        var source = await PlanCopy.LoadSourceAsync(db, planId, ct);
        if (source is null)
        {
            return NotFound();
        }
        PlanRules.AddTo(ModelState, l, "Input", await PlanRules.CheckAsync(db, source.OrganizationId, source.ProjectId, Input.PeriodStart, Input.PeriodEnd,
            null, null, null, ct));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var plan = PlanCopy.From(source, Input, Input.Carry);
        db.CommunicationPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        TempData[PlanOverviewModel.SavedKey] = l["Den nya planen är skapad utifrån {0}.", source.Title].Value;
        return Redirect($"/kommunikation/{plan.Id}");
    }

    /// <summary>The plan to start from and what it holds; 404 when it is not visible, 403 for a reader.</summary>
    private async Task<IActionResult?> OpenAsync(int planId, CancellationToken ct)
    {
        var nav = await PlanNav.LoadAsync(db, planId, PlanSection.Overview, l["Ny plan utifrån denna"], ct);
        if (nav is null)
        {
            return NotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, planId, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Nav = nav;
        Source = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new Counts(
                p.Stakeholders.Count(),
                p.Goals.Count(g => g.StakeholderId != null),
                p.Goals.Count(g => g.StakeholderId == null),
                p.Messages.Count(),
                p.Channels.Count(),
                p.Risks.Count(),
                p.MeasurableGoals.Count(),
                p.Activities.Count(a => a.Status != ActivityStatus.Done && a.Status != ActivityStatus.Cancelled),
                p.Activities.Count(),
                p.Situation != null || p.Background != null || p.Purpose != null || p.OverallObjective != null || p.Approach != null
                    || p.ActivitiesIntroduction != null || p.BudgetNote != null))
            .SingleAsync(ct);
        return null;
    }
}
