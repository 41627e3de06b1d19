using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Features.FollowUp.Reports.Sections;

/// <summary>
/// "Nyckeltal – resultat och trend": per KPI a heading, what it measures, a table of its values (period
/// rows, one column per pilot site) ending with each site's status, and a trend chart of the same figures;
/// then the status rule.
/// </summary>
public sealed class KpiSection : IReportSectionData
{
    public string Key => ReportSectionKeys.Kpis;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context)
    {
        var data = context.Data;
        var blocks = new List<ReportBlock>();
        if (data.Kpis.Count == 0)
        {
            blocks.Add(new ReportBlock(Paragraph: "Projektet har inga nyckeltal."));
            return Task.FromResult<IReadOnlyList<ReportBlock>>(blocks);
        }
        var latest = data.Latest().ToLookup(l => l.Kpi.Id);
        foreach (var kpi in data.Kpis)
        {
            blocks.Add(new ReportBlock(Heading: kpi.Name));
            blocks.Add(new ReportBlock(Paragraph: Describe(kpi)));
            var measurements = data.MeasurementsOf(kpi).ToList();
            if (measurements.Count == 0)
            {
                blocks.Add(new ReportBlock(Paragraph: $"Inga mätvärden till och med {ReportFormat.Date(context.AsOf)}."));
                continue;
            }
            var columns = data.ColumnsOf(kpi);
            var first = measurements.Min(m => m.PeriodStart);
            var last = measurements.Max(m => m.PeriodStart);
            var periods = KpiPeriod.Between(kpi.Frequency, first, last).ToList();
            var values = measurements
                .GroupBy(m => (m.PilotSiteId, KpiPeriod.Containing(kpi.Frequency, m.PeriodStart).Start))
                .ToDictionary(g => g.Key, g => g.MaxBy(m => m.PeriodStart)!);
            var rows = new List<IReadOnlyList<string>>();
            foreach (var period in periods)
            {
                var row = new List<string> { period.Label(ReportFormat.Swedish) };
                foreach (var column in columns)
                {
                    var m = values.GetValueOrDefault((column.SiteId, period.Start));
                    if (m is not null)
                    {
                        context.Use(m.Id);
                    }
                    row.Add(kpi.Format(m?.Value));
                }
                rows.Add(row);
            }
            var statuses = latest[kpi.Id].ToList();
            rows.Add(["Status (senaste värdet)", .. columns.Select(c => FollowUpLabels.Of(statuses.FirstOrDefault(l => l.Column.SiteId == c.SiteId)?.Status ?? KpiTrackStatus.Unknown))]);
            blocks.Add(new ReportBlock(Table: new ReportTable(
                $"{kpi.Name}: mätvärden per period och pilotverksamhet",
                ["Period", .. columns.Select(c => c.Name)],
                rows)));
            blocks.Add(new ReportBlock(Chart: new TrendChart(
                kpi.Name,
                kpi.Symbol.Length == 0 ? FollowUpLabels.Of(kpi.Unit) : kpi.Symbol,
                [.. periods.Select(p => p.Label(ReportFormat.Swedish))],
                [.. columns.Select(c => new ChartSeries(c.Name, [.. periods.Select(p => values.GetValueOrDefault((c.SiteId, p.Start))?.Value)]))],
                kpi.TargetValue,
                kpi.TargetValue is null ? null : $"Mål {kpi.Format(kpi.TargetValue)}",
                kpi.BaselineValue,
                kpi.BaselineValue is null ? null : $"Utgångsvärde {kpi.Format(kpi.BaselineValue)}")));
        }
        blocks.Add(new ReportBlock(Paragraph: "Så bedöms status: " + KpiStatus.RuleText));
        return Task.FromResult<IReadOnlyList<ReportBlock>>(blocks);
    }

    /// <summary>"Kundnöjdhet och kvalitet, eftersläpande, högre är bättre, varje tertial. Definition. Utgångsvärde 70 % (2022-01-01), mål 85 % (2023-12-31). Källa: enkät."</summary>
    internal static string Describe(ReportKpi kpi)
    {
        var parts = new List<string>
        {
            $"{(kpi.Area == KpiAreaKind.Own && kpi.OwnArea is { } own ? own : FollowUpLabels.Of(kpi.Area))}, {FollowUpLabels.Of(kpi.Kind).ToLowerInvariant()}, "
            + $"{FollowUpLabels.Of(kpi.Direction).ToLowerInvariant()}, {FollowUpLabels.Of(kpi.Frequency).ToLowerInvariant()}.",
        };
        if (!string.IsNullOrWhiteSpace(kpi.Definition))
        {
            parts.Add(End(kpi.Definition.Trim()));
        }
        var baseline = kpi.BaselineValue is null ? "Utgångsvärde saknas" : $"Utgångsvärde {kpi.Format(kpi.BaselineValue)} ({ReportFormat.Date(kpi.BaselineDate)})";
        var target = kpi.TargetValue is null ? "mål saknas" : $"mål {kpi.Format(kpi.TargetValue)} ({ReportFormat.Date(kpi.TargetDate)})";
        parts.Add($"{baseline}, {target}.");
        if (!string.IsNullOrWhiteSpace(kpi.Source))
        {
            parts.Add(End($"Källa: {kpi.Source.Trim()}"));
        }
        return string.Join(" ", parts);
    }

    private static string End(string sentence) => sentence.EndsWith('.') ? sentence : sentence + ".";
}
