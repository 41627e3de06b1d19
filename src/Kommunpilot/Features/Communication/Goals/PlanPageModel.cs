using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// What the goal, progress and message pages of a plan have in common: the top of the page
/// (<see cref="PlanNav"/>), 404 for a plan the caller cannot see (the query filters hide another
/// tenant's), 403 when a reader tries to change something, and the message after Post/Redirect/Get.
/// </summary>
public abstract class PlanPageModel(AppDbContext db, IStringLocalizer<GoalTexts> texts) : PlanPage<GoalTexts>(db, texts)
{
    /// <summary>The section of the plan this page shows.</summary>
    protected abstract PlanSection Section { get; }

    /// <summary>
    /// Loads the plan for the top of the page. Returns the answer to give instead of the page: 404 when
    /// the plan does not exist or is another tenant's, 403 when <paramref name="edit"/> is asked for
    /// and the caller may only read it.
    /// </summary>
    protected Task<IActionResult?> OpenAsync(int planId, bool edit) => OpenPlanAsync(planId, Section, edit);

    /// <summary>Post/Redirect/Get: to the top of <paramref name="page"/> (a page of this folder), which shows the message.</summary>
    protected IActionResult Done(string page, string message)
    {
        Message = message;
        return RedirectToPage(page, pageHandler: null, new { planId = PlanId }, fragment: "main");
    }

    /// <summary>A text of this folder with its arguments, for the messages of <see cref="GoalRules"/>.</summary>
    protected string Localize(RuleError error) => L[error.Message, error.Arguments];

    /// <summary>
    /// Adds the rules' errors to the form's fields (prefix "Input", "Goal" ...), except on a field that
    /// already has one (a number that could not be read is not also "missing"). True when there were none.
    /// </summary>
    protected bool AddErrors(string prefix, IEnumerable<RuleError> errors)
    {
        var none = true;
        foreach (var error in errors)
        {
            none = false;
            var key = $"{prefix}.{error.Field}";
            if (ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }
            ModelState.AddModelError(key, Localize(error));
        }
        return none;
    }
}
