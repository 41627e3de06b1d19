using Kommunpilot.Features.FollowUp.Charts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>
/// A project's KPIs beside Kolada's figures (<c>/projekt/{projectId}/kolada</c>): per KPI with a Kolada id,
/// a table by year (the project's own value, the municipality's, the comparison's) and the same figures as
/// a chart (<c>?handler=Chart&amp;kpi=</c>, an SVG image). Says what is missing and where to fix it.
/// </summary>
public class ProjectKoladaModel(AppDbContext db, IStringLocalizer<KoladaTexts> l) : PageModel
{
    public FollowUpNav Nav { get; private set; } = null!;

    public ProjectComparison Data { get; private set; } = null!;

    /// <summary>Whether the user may edit the lead organisation's Kolada page (set the municipality, import).</summary>
    public bool CanEditOrganization { get; private set; }

    public string OrganizationUrl => $"/organisation/{Data.LeadOrganizationId}/kolada";

    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        var ct = HttpContext.RequestAborted;
        if (await FollowUpNav.LoadAsync(db, projectId, FollowUpSection.Kolada, ct: ct) is not { } nav
            || await KoladaComparison.LoadAsync(db, projectId, ct) is not { } data)
        {
            return NotFound();
        }
        (Nav, Data) = (nav, data);
        CanEditOrganization = FollowUpAccess.CanEditOrganization(db, data.LeadOrganizationId);
        return Page();
    }

    /// <summary>One KPI's chart as SVG (an image: the page's security policy allows no inline styles).</summary>
    public async Task<IActionResult> OnGetChartAsync(int projectId, int kpi)
    {
        var data = await KoladaComparison.LoadAsync(db, projectId, HttpContext.RequestAborted, onlyKpiId: kpi);
        if (data?.Kpis.SingleOrDefault() is not { Years.Count: > 0 } comparison)
        {
            return NotFound();
        }
        var svg = KpiChart.Svg(Chart(comparison, data.MunicipalityId));
        return Content(svg, "image/svg+xml; charset=utf-8");
    }

    public TrendChart Chart(KpiComparison kpi, string? municipalityId) =>
        kpi.Chart(l["Projektet (medelvärde)"], municipalityId is null ? null : KoladaPlaces.Describe(municipalityId), KoladaPlaces.Describe(kpi.ComparisonId));
}
