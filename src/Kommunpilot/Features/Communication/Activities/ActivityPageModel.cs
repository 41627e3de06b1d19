using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// What the activity plan's pages have in common: the plan's navigation at the top, 404 for a plan the
/// caller cannot see (another tenant's), 403 when a reader tries to change something, today's date in
/// Sweden, and the messages carried across Post/Redirect/Get.
/// </summary>
public abstract class ActivityPageModel(AppDbContext db, IStringLocalizer<ActivityTexts> texts, TimeProvider clock) : PlanPage<ActivityTexts>(db, texts)
{
    protected DateOnly Today => ActivityRules.Today(clock);

    /// <summary>
    /// Loads the plan's navigation. Returns the answer to give instead of the page: 404 when the plan
    /// does not exist or is another tenant's, 403 when <paramref name="edit"/> is asked for and the caller
    /// may only read it.
    /// </summary>
    protected Task<IActionResult?> OpenAsync(int planId, bool edit, string? heading = null) =>
        OpenPlanAsync(planId, PlanSection.Activities, edit, heading);

    public string ListUrl => PlanNav.UrlOf(Nav.PlanId, PlanSection.Activities);

    public string EditUrl(int activityId) => $"{ListUrl}/{activityId}";

    public string FollowUpUrl(int activityId) => $"{ListUrl}/{activityId}/uppfoljning";

    /// <summary>
    /// Why a timing was not understood, without repeating "Tidpunkten kunde inte tolkas" (which the
    /// flag beside it says): "Skriv t.ex. 'juni 2023', …".
    /// </summary>
    public string ProblemText(string problem)
    {
        var text = L[problem].Value;
        var flag = L["Tidpunkten kunde inte tolkas"].Value;
        if (text.StartsWith(flag, StringComparison.OrdinalIgnoreCase))
        {
            text = text[flag.Length..].TrimStart(':', '.', ' ');
            text = text.Length == 0 ? "" : char.ToUpper(text[0], System.Globalization.CultureInfo.CurrentCulture) + text[1..];
        }
        return text;
    }

    /// <summary>Adds the rules' errors to the form, under "Input.{field}".</summary>
    protected void AddErrors(IEnumerable<RuleError> errors, Func<string, string>? field = null)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError("Input." + (field?.Invoke(error.Field) ?? error.Field), error.Text(L));
        }
    }
}
