namespace Kommunpilot.Features.FollowUp.Reports.Sections;

/// <summary>
/// "Förflyttning per nyckeltal": per KPI and pilot site the baseline against the latest value, the change,
/// the target and the status; then the status rule.
/// </summary>
public sealed class MovementSection : IReportSectionData
{
    public string Key => ReportSectionKeys.Movement;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context)
    {
        var latest = context.Data.Latest();
        if (latest.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<ReportBlock>>([new ReportBlock(Paragraph: "Projektet har inga nyckeltal.")]);
        }
        var rows = new List<IReadOnlyList<string>>();
        foreach (var l in latest)
        {
            var kpi = l.Kpi;
            if (l.Measurement is { } m)
            {
                context.Use(m.Id);
            }
            var change = l.Measurement is { } now && kpi.BaselineValue is { } baseline
                ? ReportFormat.Change(now.Value - baseline, kpi.Decimals, kpi.Unit, kpi.Symbol)
                : ReportFormat.None;
            rows.Add([
                kpi.Name,
                l.Column.Name,
                kpi.BaselineValue is null ? ReportFormat.None : $"{kpi.Format(kpi.BaselineValue)} ({ReportFormat.Date(kpi.BaselineDate)})",
                l.Measurement is null ? ReportFormat.None : $"{l.Formatted} ({l.Period})",
                change,
                kpi.TargetValue is null ? ReportFormat.None : $"{kpi.Format(kpi.TargetValue)} ({ReportFormat.Date(kpi.TargetDate)})",
                FollowUpLabels.Of(l.Status),
            ]);
        }
        return Task.FromResult<IReadOnlyList<ReportBlock>>(
        [
            new ReportBlock(Paragraph: $"Utgångsvärdet jämfört med det senaste mätvärdet till och med {ReportFormat.Date(context.AsOf)}, per nyckeltal och pilotverksamhet."),
            new ReportBlock(Table: new ReportTable("Förflyttning per nyckeltal och pilotverksamhet",
                ["Nyckeltal", "Pilotverksamhet", "Utgångsvärde", "Senaste värde", "Förändring", "Mål", "Status"], rows)),
            new ReportBlock(Paragraph: "Så bedöms status: " + KpiStatus.RuleText),
        ]);
    }
}
