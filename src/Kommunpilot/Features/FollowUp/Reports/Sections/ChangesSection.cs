namespace Kommunpilot.Features.FollowUp.Reports.Sections;

/// <summary>
/// "Förändringar sedan föregående rapport": this report's facts beside those of the project's previous
/// adopted report as it was adopted (its snapshot): each KPI's latest value and status then and now, and
/// each deliverable's and milestone's status then and now. The first report says so.
/// </summary>
public sealed class ChangesSection : IReportSectionData
{
    public const string FirstReport = "Första rapporten – det finns ingen tidigare fastställd rapport att jämföra med.";

    public string Key => ReportSectionKeys.Changes;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context) =>
        Task.FromResult(Build(context.Previous, context.Facts));

    internal static IReadOnlyList<ReportBlock> Build(ReportContent? previous, ReportFacts now)
    {
        if (previous is null)
        {
            return [new ReportBlock(Paragraph: FirstReport)];
        }
        var blocks = new List<ReportBlock>
        {
            new(Paragraph: $"Jämfört med {previous.Title}, fastställd {ReportFormat.Date(previous.AdoptedOn)} av {previous.AdoptedBy ?? ReportFormat.None}."),
        };
        var then = previous.Facts;
        if (then is null)
        {
            blocks.Add(new ReportBlock(Paragraph: "Den föregående rapporten har inga uppgifter sparade att jämföra med."));
            return blocks;
        }

        var kpiRows = new List<IReadOnlyList<string>>();
        foreach (var fact in now.Kpis)
        {
            var old = then.Kpis.FirstOrDefault(k => k.KpiId == fact.KpiId && k.PilotSiteId == fact.PilotSiteId);
            kpiRows.Add([fact.Kpi, fact.Site, Value(old), Value(fact), old?.Status ?? ReportFormat.None, fact.Status]);
        }
        foreach (var old in then.Kpis.Where(o => !now.Kpis.Any(k => k.KpiId == o.KpiId && k.PilotSiteId == o.PilotSiteId)))
        {
            kpiRows.Add([old.Kpi, old.Site, Value(old), "Finns inte längre", old.Status, ReportFormat.None]);
        }
        blocks.Add(kpiRows.Count == 0
            ? new ReportBlock(Paragraph: "Inga nyckeltal att jämföra.")
            : new ReportBlock(Table: new ReportTable("Nyckeltal: senaste värde i föregående rapport och nu",
                ["Nyckeltal", "Pilotverksamhet", "Då", "Nu", "Status då", "Status nu"], kpiRows)));
        blocks.Add(Work("Leveranser: status i föregående rapport och nu", "Leverans", then.Deliverables, now.Deliverables, "Inga leveranser att jämföra."));
        blocks.Add(Work("Milstolpar: status i föregående rapport och nu", "Milstolpe", then.Milestones, now.Milestones, "Inga milstolpar att jämföra."));
        return blocks;
    }

    private static string Value(KpiFact? fact) =>
        fact is null ? ReportFormat.None : fact.Value is null ? fact.Formatted : $"{fact.Formatted} ({fact.Period})";

    private static ReportBlock Work(string caption, string what, IReadOnlyList<WorkFact> then, IReadOnlyList<WorkFact> now, string none)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var item in now)
        {
            var old = then.FirstOrDefault(t => t.Id == item.Id);
            rows.Add([item.Name, old?.Status ?? "Ny", item.Status, old is null || old.Status != item.Status ? "Ja" : "Nej"]);
        }
        foreach (var old in then.Where(t => now.All(n => n.Id != t.Id)))
        {
            rows.Add([old.Name, old.Status, "Borttagen", "Ja"]);
        }
        return rows.Count == 0
            ? new ReportBlock(Paragraph: none)
            : new ReportBlock(Table: new ReportTable(caption, [what, "Status då", "Status nu", "Ändrad"], rows));
    }
}
