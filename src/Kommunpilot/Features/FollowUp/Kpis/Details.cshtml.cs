using System.Globalization;
using Kommunpilot.Features.FollowUp.Charts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// One KPI (<c>/projekt/{projectId}/nyckeltal/{kpiId}</c>): all its facts, its trend as a chart with the
/// same figures in a table beside it, and the pilot sites side by side with their latest value, change,
/// baseline, target and status against target (the rule stated below).
/// </summary>
public class DetailsModel(AppDbContext db, IStringLocalizer<KpiTexts> l, TimeProvider clock) : KpiPage(db, l)
{
    public Kpi Kpi { get; private set; } = null!;

    public string? AreaName { get; private set; }

    public string? SiteName { get; private set; }

    public DateOnly? LifeStart { get; private set; }

    public DateOnly? LifeEnd { get; private set; }

    public int MeasurementCount { get; private set; }

    public IReadOnlyList<KpiPeriod> Periods { get; private set; } = [];

    public IReadOnlyList<KpiSeries> Series { get; private set; } = [];

    /// <summary>Per line, the value of each period (null where nothing was measured).</summary>
    public decimal?[][] Values { get; private set; } = [];

    public IReadOnlyList<KpiStanding> Standings { get; private set; } = [];

    /// <summary>The chart as an SVG image in a data address (the CSP allows data: images, and an image needs no inline styles).</summary>
    public string? ChartSource { get; private set; }

    /// <summary>The chart's text alternative: what it shows, and where the same figures are.</summary>
    public string ChartText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int projectId, int kpiId)
    {
        if (await OpenAsync(projectId, edit: false) is { } denied)
        {
            return denied;
        }
        var kpi = await Db.Kpis.AsNoTracking().FirstOrDefaultAsync(k => k.ProjectId == projectId && k.Id == kpiId, Aborted);
        if (kpi is null)
        {
            return NotFound();
        }
        Kpi = kpi;
        Nav = Nav with { Heading = kpi.Name };
        var choices = (await KpiChoices.LoadAsync(Db, projectId, Aborted))!;
        var points = await Db.Measurements.AsNoTracking().Where(m => m.KpiId == kpiId)
            .Select(m => new KpiPoint(m.KpiId, m.PilotSiteId, m.PeriodStart, m.PeriodEnd, m.Value))
            .ToListAsync(Aborted);
        MeasurementCount = points.Count;
        AreaName = kpi.Area == KpiAreaKind.Own ? choices.AreaName(kpi.OwnAreaId) ?? F[FollowUpLabels.Of(KpiAreaKind.Own)] : F[FollowUpLabels.Of(kpi.Area)];
        SiteName = kpi.PilotSiteId is { } site ? choices.SiteName(site) : null;
        (LifeStart, LifeEnd) = KpiRules.Life(kpi.StartDate, kpi.EndDate, choices);

        Series = KpiTrend.SeriesOf(kpi, choices.Sites, points, F[FollowUpLabels.Of(KpiScope.Project)]);
        Standings = KpiTrend.Standings(kpi, Series, points);
        Periods = KpiTrend.Periods(kpi, LifeStart, LifeEnd, points, KpiTrend.Today(clock));
        Values = KpiTrend.Values(kpi, Periods, Series, points);
        if (Periods.Count > 0 && Series.Count > 0)
        {
            var chart = KpiTrend.Chart(kpi, Periods, Series, Values, UnitName(kpi.Unit, kpi.UnitLabel),
                kpi.TargetValue is { } t ? L["Mål {0}", Value(t, kpi)] : L["Mål"],
                kpi.BaselineValue is { } b ? L["Utgångsvärde {0}", Value(b, kpi)] : L["Utgångsvärde"]);
            ChartSource = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(KpiChart.Svg(chart)));
            ChartText = Describe();
        }
        return Page();
    }

    /// <summary>"Linjediagram: Nöjda verksamheter per tertial, tertial 1 2022 – tertial 3 2023, en linje för …"</summary>
    private string Describe()
    {
        var text = L["Linjediagram över {0} per period från {1} till {2}, en linje för var och en av: {3}.",
            Kpi.Name, Periods[0].Label(), Periods[^1].Label(), string.Join(", ", Series.Select(s => s.Name))].Value;
        if (Kpi.TargetValue is { } t)
        {
            text += " " + L["Målet {0} visas som en streckad linje.", Value(t, Kpi)].Value;
        }
        if (Kpi.BaselineValue is { } b)
        {
            text += " " + L["Utgångsvärdet {0} visas som en prickad linje.", Value(b, Kpi)].Value;
        }
        return text + " " + L["Samma värden finns i tabellen bredvid diagrammet."].Value;
    }

    /// <summary>The value of a line in a period, for the table.</summary>
    public string Cell(int series, int period) => Value(Values[series][period], Kpi);

    public string Number(decimal? value) => value?.ToString("N" + Math.Clamp(Kpi.Decimals, 0, KpiRules.DecimalsMax), CultureInfo.CurrentCulture) ?? "";

    public string KoladaUrl => FollowUpNav.UrlOf(Nav.ProjectId, FollowUpSection.Kolada);

    public string NewMeasurementUrl => $"{FollowUpNav.UrlOf(Nav.ProjectId, FollowUpSection.Measurements)}/ny?kpi={Kpi.Id}";
}
