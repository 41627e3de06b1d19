using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication;

/// <summary>
/// What every page inside a plan has in common: the top of the page (<see cref="PlanNav"/>), 404 for a
/// plan the caller cannot see (the query filters hide another tenant's), 403 when a reader tries to
/// change something, the folder's texts, and the messages carried across Post/Redirect/Get.
/// </summary>
public abstract class PlanPage<TTexts>(AppDbContext db, IStringLocalizer<TTexts> texts) : PageModel
{
    protected AppDbContext Db => db;

    /// <summary>The folder's texts.</summary>
    protected IStringLocalizer<TTexts> L => texts;

    /// <summary>The communication labels (priorities, aspects, statuses).</summary>
    protected IStringLocalizer C => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<CommunicationTexts>>();

    /// <summary>The application's shared texts: common words.</summary>
    protected IStringLocalizer T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedTexts>>();

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The top of the page: breadcrumbs, heading and the plan's sections.</summary>
    public PlanNav Nav { get; protected set; } = null!;

    public int PlanId => Nav.PlanId;

    /// <summary>Whether the caller may change the plan (forms and edit links are shown only then).</summary>
    public bool CanEdit { get; private set; }

    /// <summary>The success message carried across the redirect after a change.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>A warning carried across the redirect: a change that did not happen, or needs attention.</summary>
    [TempData]
    public string? Warning { get; set; }

    /// <summary>
    /// Loads the plan for the top of the page. Returns the answer to give instead of the page: 404 when
    /// the plan does not exist or is another tenant's, 403 when <paramref name="edit"/> is asked for and
    /// the caller may only read it.
    /// </summary>
    protected async Task<IActionResult?> OpenPlanAsync(int planId, PlanSection section, bool edit, string? heading = null)
    {
        var nav = await PlanNav.LoadAsync(db, planId, section, heading, Aborted);
        if (nav is null)
        {
            return NotFound();
        }
        Nav = nav;
        CanEdit = await CommunicationAccess.CanEditPlanAsync(db, planId, Aborted);
        return edit && !CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }
}
