using Kommunpilot.Features.Projects;

namespace Kommunpilot.Features.FollowUp.Reports.Sections;

/// <summary>"Leveranser": the project's deliverables with code, description, due date and status.</summary>
public sealed class DeliverablesSection : IReportSectionData
{
    public string Key => ReportSectionKeys.Deliverables;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context)
    {
        var items = context.Data.Deliverables;
        IReadOnlyList<ReportBlock> blocks = items.Count == 0
            ? [new ReportBlock(Paragraph: "Projektet har inga leveranser.")]
            : [new ReportBlock(Table: new ReportTable("Leveranser", ["Kod", "Beskrivning", "Klart senast", "Status"],
                [.. items.Select(d => (IReadOnlyList<string>)[d.Code, d.Description, ReportFormat.Date(d.DueDate), Labels.Of(d.Status)])]))];
        return Task.FromResult(blocks);
    }
}

/// <summary>"Milstolpar": the decisions to be taken, by whom, when, and their status.</summary>
public sealed class MilestonesSection : IReportSectionData
{
    public string Key => ReportSectionKeys.Milestones;

    public Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context)
    {
        var items = context.Data.Milestones;
        IReadOnlyList<ReportBlock> blocks = items.Count == 0
            ? [new ReportBlock(Paragraph: "Projektet har inga milstolpar.")]
            : [new ReportBlock(Table: new ReportTable("Milstolpar", ["Beslut", "Beslutande", "Datum", "Status"],
                [.. items.Select(m => (IReadOnlyList<string>)[m.Decision, m.DecisionBody ?? ReportFormat.None, ReportFormat.Date(m.Date), Labels.Of(m.Status)])]))];
        return Task.FromResult(blocks);
    }
}
