using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// The project's measurements (<c>/projekt/{id}/matvarden</c>): filtered by KPI and period, newest period
/// first, 25 a page, with the way to a single entry, the grid of a period, the Excel import and the export.
/// </summary>
public class IndexModel(AppDbContext db, IStringLocalizer<MeasurementTexts> l, TimeProvider clock) : MeasurementPageModel(db, l, clock)
{
    public IReadOnlyList<MeasurementRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = null!;

    public int? KpiId { get; private set; }

    public string? PeriodKey { get; private set; }

    /// <summary>The periods that have values (of the chosen KPI), newest first, for the filter.</summary>
    public IReadOnlyList<KpiPeriod> Periods { get; private set; } = [];

    /// <summary>A filter value that was not understood (an unknown KPI or period); the filter is then not applied.</summary>
    public bool BadFilter { get; private set; }

    public IReadOnlyList<KpiFrequency> Frequencies => [.. Project.Kpis.Select(k => k.Frequency).Distinct().Order()];

    public string ExportUrl => MeasurementExcelApi.ExportUrl(Project.ProjectId);

    public async Task<IActionResult> OnGetAsync(int projectId, string? kpi, string? period, string? sida)
    {
        if (await OpenAsync(projectId, edit: false) is { } denied)
        {
            return denied;
        }
        if (int.TryParse(kpi, out var k) && Project.Kpi(k) is not null)
        {
            KpiId = k;
        }
        else if (!string.IsNullOrEmpty(kpi))
        {
            BadFilter = true;
        }
        KpiPeriod? wanted = null;
        if (!string.IsNullOrEmpty(period))
        {
            wanted = MeasurementStore.ParseKey(period);
            BadFilter |= wanted is null;
            PeriodKey = wanted?.Key;
        }
        var periods = await Db.Measurements.AsNoTracking()
            .Where(m => m.ProjectId == projectId && (KpiId == null || m.KpiId == KpiId))
            .Select(m => new { m.PeriodStart, m.Kpi.Frequency })
            .Distinct()
            .ToListAsync(Aborted);
        Periods = [.. periods.Select(p => new KpiPeriod(p.Frequency, p.PeriodStart)).Distinct()
            .OrderByDescending(p => p.Start).ThenBy(p => p.Frequency)];

        var query = MeasurementStore.Of(Db, projectId, KpiId, wanted);
        var total = await query.CountAsync(Aborted);
        Paging = Paging.For(Paging.Requested(sida, out _), total, n => PageUrl(n));
        var rows = await MeasurementStore.Rows(Db, MeasurementStore.Newest(query).Skip(Paging.Skip).Take(Paging.Size)).ToListAsync(Aborted);
        Rows = [.. MeasurementStore.InOrder(rows, [.. Project.Kpis.Select(x => x.Id)])];
        return Page();
    }

    private string PageUrl(int page)
    {
        var q = new List<string>();
        if (KpiId is { } k)
        {
            q.Add($"kpi={k}");
        }
        if (PeriodKey is { } p)
        {
            q.Add($"period={Uri.EscapeDataString(p)}");
        }
        if (page > 1)
        {
            q.Add($"sida={page}");
        }
        return q.Count == 0 ? ListUrl : $"{ListUrl}?{string.Join("&", q)}";
    }
}
