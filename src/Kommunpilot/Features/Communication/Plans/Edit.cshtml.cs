using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>The edit form: the plan's own fields, the budget as typed (comma decimals) and the version it was loaded with.</summary>
public sealed class EditPlanInput : PlanFields
{
    [StringLength(40, ErrorMessage = TooLong)]
    [Display(Name = "Budget")]
    public string? Budget { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>
/// The plan's own fields: title, period, version, decision body (standing plans), its texts, the
/// definitions of the priorities and the budget. Editors only (a reader gets 403, another tenant's plan
/// 404). Saves are checked against the version the form was loaded with: when someone else saved
/// first, nothing is written and both versions are shown.
/// </summary>
public class EditPlanModel(AppDbContext db, IStringLocalizer<PlanTexts> l, IStringLocalizer<CommunicationTexts> c, IStringLocalizer<SharedTexts> t) : PageModel
{
    [BindProperty]
    public EditPlanInput Input { get; set; } = new();

    public PlanNav Nav { get; private set; } = null!;
    public bool Standing { get; private set; }
    public List<Choice> DecisionBodies { get; private set; } = [];
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (await OpenAsync(plan, ct) is { } denied)
        {
            return denied;
        }
        Input.LoadFieldsFrom(plan!);
        Input.Budget = Kronor.ForInput(plan!.BudgetAmount);
        Input.Version = plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (await OpenAsync(plan, ct) is { } denied)
        {
            return denied;
        }
        if (Input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", l["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        decimal? budget = null;
        if (ModelState.GetFieldValidationState("Input.Budget") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && Kronor.TryParse(Input.Budget, out budget) is { } problem)
        {
            ModelState.AddModelError("Input.Budget", l[problem]);
        }
        var errors = await PlanRules.CheckAsync(db, plan!.OrganizationId, plan.ProjectId, Input.PeriodStart, Input.PeriodEnd,
            budget, Standing ? Input.DecisionBodyId : null, plan, ct);
        PlanRules.AddTo(ModelState, l, "Input", errors, new Dictionary<string, string> { ["budgetAmount"] = nameof(EditPlanInput.Budget) });
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ExpectVersion(plan, Input.Version!.Value);
        Input.ApplyFieldsTo(plan);
        plan.BudgetAmount = budget;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, ct);
            Conflict = PlanWords.Readable(conflict, Localize, DecisionBodies.ToDictionary(d => d.Id, d => d.Name));
            ViewData["ConflictLabels"] = PlanWords.PlanLabels.ToDictionary(kv => kv.Key, kv => Localize(kv.Value));
            // The next save is a deliberate overwrite of what is stored now.
            ModelState.Remove("Input.Version");
            Input.Version = conflict.CurrentVersion ?? Input.Version;
            return Page();
        }
        TempData[PlanOverviewModel.SavedKey] = t["Ändringarna är sparade."].Value;
        return Redirect($"/kommunikation/{planId}");
    }

    private string Localize(string text) => PlanWords.Localizer(l, c, t)(text);

    /// <summary>The page's heading and choices; the answer instead of the page for an unknown plan or a reader.</summary>
    private async Task<IActionResult?> OpenAsync(CommunicationPlan? plan, CancellationToken ct)
    {
        if (plan is null || await PlanNav.LoadAsync(db, plan.Id, PlanSection.Overview, l["Redigera planen"], ct) is not { } nav)
        {
            return NotFound();
        }
        if (!await CommunicationAccess.CanEditAsync(db, plan.OrganizationId, plan.ProjectId, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Nav = nav;
        Standing = plan.ProjectId is null;
        if (Standing)
        {
            DecisionBodies = await db.DecisionBodies.AsNoTracking()
                .Where(d => d.OrganizationId == plan.OrganizationId)
                .OrderBy(d => d.Name)
                .Select(d => new Choice(d.Id, d.Name))
                .ToListAsync(ct);
        }
        return null;
    }
}
