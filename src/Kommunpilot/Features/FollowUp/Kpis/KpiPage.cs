using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// What the KPI pages have in common: the follow-up navigation at the top, 404 for a project the caller
/// cannot see (another tenant's), 403 when a reader tries to change something, the labels of the
/// choices, and the message carried across Post/Redirect/Get.
/// </summary>
public abstract class KpiPage(AppDbContext db, IStringLocalizer<KpiTexts> texts) : PageModel
{
    protected AppDbContext Db => db;

    public IStringLocalizer<KpiTexts> L => texts;

    /// <summary>The shared follow-up texts: the labels of the choices and the status rule.</summary>
    public IStringLocalizer F => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<FollowUpTexts>>();

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    public FollowUpNav Nav { get; protected set; } = null!;

    /// <summary>Whether the caller may change the project's KPIs (an editor or more in an owning organisation).</summary>
    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string ListUrl => FollowUpNav.UrlOf(Nav.ProjectId, FollowUpSection.Kpis);

    public string KpiUrl(int kpiId) => $"{ListUrl}/{kpiId}";

    public string EditUrl(int kpiId) => $"{ListUrl}/{kpiId}/redigera";

    /// <summary>
    /// Loads the navigation. Returns the answer to give instead of the page: 404 when the project does
    /// not exist or is another tenant's, 403 when <paramref name="edit"/> is asked for and the caller may only read.
    /// </summary>
    protected async Task<IActionResult?> OpenAsync(int projectId, bool edit, string? heading = null, IReadOnlyList<(string, string)>? trail = null)
    {
        var nav = await FollowUpNav.LoadAsync(db, projectId, FollowUpSection.Kpis, heading, Aborted);
        if (nav is null)
        {
            return NotFound();
        }
        Nav = nav with { Trail = trail };
        CanEdit = await FollowUpAccess.CanEditProjectAsync(db, projectId, Aborted);
        return edit && !CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }

    /// <summary>A value with the KPI's decimals and unit: "85 %", "960 000 kr", "12 besök".</summary>
    public static string Value(decimal? value, int decimals, KpiUnit unit, string? unitLabel)
    {
        if (value is not { } v)
        {
            return "–";
        }
        var symbol = FollowUpLabels.Symbol(unit, unitLabel);
        var number = v.ToString("N" + Math.Clamp(decimals, 0, KpiRules.DecimalsMax), CultureInfo.CurrentCulture);
        return symbol.Length == 0 ? number : $"{number} {symbol}";
    }

    public static string Value(decimal? value, Kpi kpi) => Value(value, kpi.Decimals, kpi.Unit, kpi.UnitLabel);

    /// <summary>A change with its sign, in the KPI's unit; a percentage's change is in percentage points.</summary>
    public string Change(decimal? change, Kpi kpi)
    {
        if (change is not { } c)
        {
            return "–";
        }
        var number = Math.Abs(c).ToString("N" + Math.Clamp(kpi.Decimals, 0, KpiRules.DecimalsMax), CultureInfo.CurrentCulture);
        var sign = c > 0 ? "+" : c < 0 ? "−" : "±";
        var unit = kpi.Unit == KpiUnit.Percent ? L["procentenheter"].Value : FollowUpLabels.Symbol(kpi.Unit, kpi.UnitLabel);
        return unit.Length == 0 ? sign + number : $"{sign}{number} {unit}";
    }

    /// <summary>The unit as a choice's label, or the KPI's own unit name.</summary>
    public string UnitName(KpiUnit unit, string? label) => unit == KpiUnit.Other && label is not null ? label : F[FollowUpLabels.Of(unit)];

    /// <summary>What the KPI is measured for: the whole project, every pilot site, or the one site's name.</summary>
    public string ScopeText(KpiScope scope, string? siteName) =>
        scope == KpiScope.OnePilotSite && siteName is not null ? siteName : F[FollowUpLabels.Of(scope)];

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
