using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>The create form: a project's plan (for the project's lead organisation), or a standing plan of an organisation or one of its bodies.</summary>
public sealed class NewPlanInput : PlanBasics
{
    [Display(Name = "Organisation")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Nämnd eller styrgrupp")]
    public int? DecisionBodyId { get; set; }
}

/// <summary>
/// A new communication plan: <c>/kommunikation/ny?projectId=12</c> for a project (editors of the
/// project), <c>/kommunikation/ny</c> for a standing plan (editors of the organisation). A new plan is
/// a draft with its own calendar link and the standard definitions of the priorities.
/// </summary>
public class NewPlanModel(AppDbContext db, IStringLocalizer<PlanTexts> l) : PageModel
{
    [BindProperty]
    public NewPlanInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "projectId")]
    public int? ProjectId { get; set; }

    public string? ProjectName { get; private set; }

    /// <summary>For a standing plan: the organisations where the caller may create one, and their decision bodies.</summary>
    public List<Choice> Organizations { get; private set; } = [];
    public List<ChoiceGroup> DecisionBodies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "organisation")] int? organisation, [FromQuery(Name = "namnd")] int? body, CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }
        ModelState.Clear();
        if (ProjectId is null)
        {
            Input.OrganizationId = organisation is { } o && Organizations.Any(x => x.Id == o) ? o
                : Organizations.Count == 1 ? Organizations[0].Id : null;
            Input.DecisionBodyId = body is { } b && DecisionBodies.Any(g => g.Items.Any(c => c.Id == b)) ? b : null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } denied)
        {
            return denied;
        }
        int organizationId;
        if (ProjectId is { } projectId)
        {
            organizationId = await db.Projects.Where(p => p.Id == projectId).Select(p => p.OrganizationId).SingleAsync(ct);
            Input.DecisionBodyId = null;
        }
        else if (Input.OrganizationId is { } org && Organizations.Any(o => o.Id == org))
        {
            organizationId = org;
        }
        else
        {
            ModelState.AddModelError("Input.OrganizationId", l["Välj en organisation där du är redaktör, projektledare eller administratör."]);
            return Page();
        }
        PlanRules.AddTo(ModelState, l, "Input", await PlanRules.CheckAsync(db, organizationId, ProjectId, Input.PeriodStart, Input.PeriodEnd,
            null, Input.DecisionBodyId, null, ct));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var plan = PlanCopy.New(organizationId, ProjectId, Input.DecisionBodyId, Input);
        db.CommunicationPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        TempData[PlanOverviewModel.SavedKey] = l["Kommunikationsplanen är skapad."].Value;
        return Redirect($"/kommunikation/{plan.Id}");
    }

    /// <summary>The project or the organisations; the answer instead of the page when the caller may not create here.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (ProjectId is null && Request.Query.ContainsKey("projectId"))
        {
            return NotFound();
        }
        if (ProjectId is { } projectId)
        {
            ProjectName = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).SingleOrDefaultAsync(ct);
            if (ProjectName is null)
            {
                return NotFound();
            }
            return await ProjectAccess.CanEditAsync(db, projectId, ct) ? null : StatusCode(StatusCodes.Status403Forbidden);
        }
        var allowed = db.CurrentUser.Roles.Keys.Where(o => CommunicationAccess.CanEditInOrganization(db, o)).ToList();
        Organizations = await db.Organizations.AsNoTracking()
            .Where(o => allowed.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(ct);
        if (Organizations.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var bodies = await db.DecisionBodies.AsNoTracking()
            .Where(d => allowed.Contains(d.OrganizationId))
            .OrderBy(d => d.Name)
            .Select(d => new { d.OrganizationId, Choice = new Choice(d.Id, d.Name) })
            .ToListAsync(ct);
        DecisionBodies = [.. Organizations
            .Select(o => new ChoiceGroup(o.Id, o.Name, [.. bodies.Where(b => b.OrganizationId == o.Id).Select(b => b.Choice)]))
            .Where(g => g.Items.Count > 0)];
        return null;
    }
}
