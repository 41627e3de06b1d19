using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// The project's KPIs (<c>/projekt/{projectId}/nyckeltal</c>), grouped by area: the four standard areas in
/// the order 001 names them, then the organisation's own. Each row shows the latest value of each line
/// (pilot site or project) with its status against target; the rule is stated below the tables.
/// </summary>
public class IndexModel(AppDbContext db, IStringLocalizer<KpiTexts> l) : KpiPage(db, l)
{
    public sealed record Row(Kpi Kpi, string? SiteName, IReadOnlyList<KpiStanding> Standings);

    public sealed record Group(string Id, string Name, IReadOnlyList<Row> Rows);

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: false) is { } denied)
        {
            return denied;
        }
        var choices = (await KpiChoices.LoadAsync(Db, projectId, Aborted))!;
        var kpis = await Db.Kpis.AsNoTracking().Where(k => k.ProjectId == projectId)
            .OrderBy(k => k.Order).ThenBy(k => k.Id).ToListAsync(Aborted);
        // Only each line's latest value: no later one for the same KPI and site.
        var latest = await Db.Measurements.AsNoTracking()
            .Where(m => m.ProjectId == projectId
                && !Db.Measurements.Any(o => o.KpiId == m.KpiId && o.PilotSiteId == m.PilotSiteId && o.PeriodStart > m.PeriodStart))
            .Select(m => new KpiPoint(m.KpiId, m.PilotSiteId, m.PeriodStart, m.PeriodEnd, m.Value))
            .ToListAsync(Aborted);
        var byKpi = latest.ToLookup(p => p.KpiId);
        var project = F[FollowUpLabels.Of(KpiScope.Project)].Value;
        Row RowOf(Kpi k)
        {
            var points = byKpi[k.Id].ToList();
            return new Row(k, k.PilotSiteId is { } s ? choices.SiteName(s) : null,
                KpiTrend.Standings(k, KpiTrend.SeriesOf(k, choices.Sites, points, project), points));
        }
        var groups = new List<Group>();
        foreach (var area in Enum.GetValues<KpiAreaKind>().Where(a => a != KpiAreaKind.Own))
        {
            var rows = kpis.Where(k => k.Area == area).Select(RowOf).ToList();
            if (rows.Count > 0)
            {
                groups.Add(new Group(area.ToString(), F[FollowUpLabels.Of(area)], rows));
            }
        }
        foreach (var area in choices.Areas)
        {
            var rows = kpis.Where(k => k.Area == KpiAreaKind.Own && k.OwnAreaId == area.Id).Select(RowOf).ToList();
            if (rows.Count > 0)
            {
                groups.Add(new Group($"area-{area.Id}", area.Name, rows));
            }
        }
        // An own area the caller cannot see (another organisation's) still shows its KPIs.
        var rest = kpis.Where(k => k.Area == KpiAreaKind.Own && choices.Areas.All(a => a.Id != k.OwnAreaId)).Select(RowOf).ToList();
        if (rest.Count > 0)
        {
            groups.Add(new Group("own", F[FollowUpLabels.Of(KpiAreaKind.Own)], rest));
        }
        Groups = groups;
        return Page();
    }
}
