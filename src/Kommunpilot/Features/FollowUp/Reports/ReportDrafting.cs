using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// Builds a report's <see cref="ReportContent"/> from the live data, as of the report's period end (only
/// measurements whose period ends by then; without a period end, up to today). Its sections are the
/// report's own (or, before the draft is started, its kind's template); each gets the data part registered
/// for its key (<see cref="IReportSectionData"/>) and the text written in it. Reads a fixed number of
/// queries whatever the number of KPIs, measurements and sections.
/// </summary>
public sealed class ReportDrafting(AppDbContext db, IEnumerable<IReportSectionData> parts, TimeProvider clock)
{
    private readonly Dictionary<string, IReportSectionData> _parts = parts
        .GroupBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    private sealed record Head(
        int Id, int ProjectId, ReportKind Kind, int Number, string? Title, DateOnly? PeriodEnd, DateOnly DueDate, ReportStatus Status,
        string? AdoptedBy, DateOnly? AdoptedOn, bool IsExample, string ProjectName, string? ProjectCode, string? OrganizationName, string? Purpose);

    private sealed record SectionRow(string Key, string Title, string? Text);

    /// <summary>Today, in the server's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The report drafted from the live data (null when it does not exist or is not visible).</summary>
    public Task<ReportContent?> DraftAsync(int reportId, CancellationToken ct = default) => BuildAsync(reportId, null, ct);

    /// <summary>The report as it is adopted now: drafted, with status adopted, by whom and on which day.</summary>
    internal Task<ReportContent?> AdoptedAsync(int reportId, string adoptedBy, DateOnly adoptedOn, CancellationToken ct) =>
        BuildAsync(reportId, (adoptedBy, adoptedOn), ct);

    private async Task<ReportContent?> BuildAsync(int reportId, (string By, DateOnly On)? adoption, CancellationToken ct)
    {
        var head = await db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new Head(r.Id, r.ProjectId, r.Kind, r.Number, r.Title, r.PeriodEnd, r.DueDate, r.Status, r.AdoptedBy, r.AdoptedOn, r.IsExample,
                r.Project.Name, r.Project.Code,
                db.Organizations.Where(o => o.Id == r.Project.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                r.Project.Purpose))
            .SingleOrDefaultAsync(ct);
        if (head is null)
        {
            return null;
        }
        var sections = await db.ReportSections.AsNoTracking().Where(s => s.ReportId == reportId)
            .OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new SectionRow(s.Key, s.Title, s.Text)).ToListAsync(ct);
        if (sections.Count == 0)
        {
            sections = [.. ReportTemplates.For(head.Kind).Select(t => new SectionRow(t.Key, t.Title, null))];
        }
        var recipients = await db.ReportRecipients.AsNoTracking().Where(r => r.ReportId == reportId)
            .OrderBy(r => r.Order).ThenBy(r => r.Id)
            .Select(r => r.DecisionBody != null ? r.DecisionBody.Name : r.Name).ToListAsync(ct);

        var asOf = head.PeriodEnd ?? Today;
        var data = await ReportData.LoadAsync(db, head.ProjectId, head.Purpose, asOf, ct);
        var previous = await PreviousAsync(head, ct);
        var latest = data.Latest();
        var facts = new ReportFacts(
            [.. latest.Select(l => new KpiFact(l.Kpi.Id, l.Column.SiteId, l.Kpi.Name, l.Column.Name,
                l.Measurement is null ? null : l.Period, l.Measurement?.Value, l.Formatted, FollowUpLabels.Of(l.Status)))],
            [.. data.Deliverables.Select(d => new WorkFact(d.Id, $"{d.Code} {d.Description}", Labels.Of(d.Status)))],
            [.. data.Milestones.Select(m => new WorkFact(m.Id, m.Decision, Labels.Of(m.Status)))]);
        var title = ReportTemplates.NameOf(head.Kind, head.Number, head.Title);
        var context = new ReportDraftContext
        {
            Db = db,
            ReportId = head.Id,
            Kind = head.Kind,
            Number = head.Number,
            Title = title,
            AsOf = asOf,
            Data = data,
            Previous = previous,
            Facts = facts,
            Aborted = ct,
        };
        foreach (var m in latest.Select(l => l.Measurement).OfType<ReportMeasurement>())
        {
            context.Use(m.Id);
        }
        var built = new List<ReportContentSection>();
        foreach (var section in sections)
        {
            IReadOnlyList<ReportBlock> blocks = _parts.TryGetValue(section.Key, out var part) ? await part.BuildAsync(context) : [];
            built.Add(new ReportContentSection(section.Key, section.Title, string.IsNullOrWhiteSpace(section.Text) ? null : section.Text, blocks));
        }
        return new ReportContent(
            head.Id, head.Kind, head.Number, title, head.ProjectName, head.ProjectCode, head.OrganizationName ?? "",
            head.PeriodEnd, head.DueDate, recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!).ToList(),
            adoption is null ? head.Status : ReportStatus.Adopted,
            adoption?.By ?? head.AdoptedBy,
            adoption?.On ?? head.AdoptedOn,
            clock.GetUtcNow().UtcDateTime,
            head.IsExample,
            built,
            [.. context.UsedMeasurements.Order()],
            facts);
    }

    /// <summary>
    /// The project's adopted report before this one: of the other adopted reports whose period ends
    /// (or, without a period end, which are due) no later than this one's, the latest; as adopted.
    /// </summary>
    private async Task<ReportContent?> PreviousAsync(Head head, CancellationToken ct)
    {
        var mine = head.PeriodEnd ?? head.DueDate;
        var candidates = await db.ProjectReports.AsNoTracking()
            .Where(r => r.ProjectId == head.ProjectId && r.Id != head.Id && r.Status == ReportStatus.Adopted)
            .Select(r => new { r.Id, r.PeriodEnd, r.DueDate, r.AdoptedAt }).ToListAsync(ct);
        var previous = candidates
            .Where(r => (r.PeriodEnd ?? r.DueDate) <= mine)
            .OrderByDescending(r => r.PeriodEnd ?? r.DueDate).ThenByDescending(r => r.AdoptedAt).ThenByDescending(r => r.Id)
            .FirstOrDefault();
        if (previous is null)
        {
            return null;
        }
        var snapshot = await db.ProjectReports.AsNoTracking().Where(r => r.Id == previous.Id).Select(r => r.Snapshot).SingleOrDefaultAsync(ct);
        return ReportSnapshot.Read(snapshot);
    }
}

/// <summary>
/// A report's content as it reads: an adopted report's snapshot exactly as adopted, any other drafted
/// from the live data. What the report page, the API and the Word export show.
/// </summary>
public sealed class ReportContents(AppDbContext db, ReportDrafting drafting) : Word.IReportContentLoader
{
    public async Task<ReportContent?> LoadAsync(int reportId, CancellationToken ct = default)
    {
        var stored = await db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new { r.Status, r.Snapshot }).SingleOrDefaultAsync(ct);
        if (stored is null)
        {
            return null;
        }
        return stored.Status == ReportStatus.Adopted && stored.Snapshot is not null
            ? ReportSnapshot.Read(stored.Snapshot)
            : await drafting.DraftAsync(reportId, ct);
    }
}
