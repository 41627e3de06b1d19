using Kommunpilot.Features.Projects;

namespace Kommunpilot.Features.FollowUp.Reports.Sections;

/// <summary>"Syfte och mål": the project's purpose and its goals (002 6.1.8).</summary>
public sealed class PurposeAndGoalsSection : IReportSectionData
{
    public string Key => ReportSectionKeys.PurposeAndGoals;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context)
    {
        var purpose = context.Data.Purpose;
        return Task.FromResult<IReadOnlyList<ReportBlock>>(
        [
            new ReportBlock(Heading: "Syfte"),
            new ReportBlock(Paragraph: string.IsNullOrWhiteSpace(purpose) ? "Projektets syfte är inte beskrivet." : purpose.Trim()),
            new ReportBlock(Heading: "Mål"),
            GoalAttainmentSection.Goals(context.Data),
        ]);
    }
}

/// <summary>"Måluppfyllelse": the project's goals, and how its KPIs stand against their targets.</summary>
public sealed class GoalAttainmentSection : IReportSectionData
{
    public string Key => ReportSectionKeys.GoalAttainment;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context)
    {
        var blocks = new List<ReportBlock> { Goals(context.Data) };
        var latest = context.Data.Latest();
        if (latest.Count == 0)
        {
            blocks.Add(new ReportBlock(Paragraph: "Projektet har inga nyckeltal att bedöma måluppfyllelsen med."));
            return Task.FromResult<IReadOnlyList<ReportBlock>>(blocks);
        }
        foreach (var m in latest.Select(l => l.Measurement).OfType<ReportMeasurement>())
        {
            context.Use(m.Id);
        }
        int Count(KpiTrackStatus s) => latest.Count(l => l.Status == s);
        blocks.Add(new ReportBlock(Paragraph:
            $"Av {latest.Count} värden (nyckeltal per pilotverksamhet) är {Count(KpiTrackStatus.OnTrack)} i fas, {Count(KpiTrackStatus.AtRisk)} i riskzonen "
            + $"och {Count(KpiTrackStatus.OffTrack)} ur fas; {Count(KpiTrackStatus.Unknown)} saknar bedömning (inget mätvärde eller inget mål)."));
        blocks.Add(new ReportBlock(Table: new ReportTable("Nyckeltalens status mot målen",
            ["Nyckeltal", "Pilotverksamhet", "Senaste värde", "Mål", "Status"],
            [.. latest.Select(l => (IReadOnlyList<string>)[
                l.Kpi.Name,
                l.Column.Name,
                l.Measurement is null ? ReportFormat.None : $"{l.Formatted} ({l.Period})",
                l.Kpi.TargetValue is null ? ReportFormat.None : $"{l.Kpi.Format(l.Kpi.TargetValue)} ({ReportFormat.Date(l.Kpi.TargetDate)})",
                FollowUpLabels.Of(l.Status)])])));
        blocks.Add(new ReportBlock(Paragraph: "Så bedöms status: " + KpiStatus.RuleText));
        return Task.FromResult<IReadOnlyList<ReportBlock>>(blocks);
    }

    /// <summary>The project's goals as a table (kind, goal), or a sentence when it has none.</summary>
    internal static ReportBlock Goals(ReportData data) =>
        data.Goals.Count == 0
            ? new ReportBlock(Paragraph: "Projektet har inga mål registrerade.")
            : new ReportBlock(Table: new ReportTable("Projektets mål", ["Typ av mål", "Mål"],
                [.. data.Goals.Select(g => (IReadOnlyList<string>)[Labels.Of(g.Kind), g.Text])]));
}
