using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// A whole report as it reads: what the page shows, what the Word export writes and, for an adopted
/// report, what is frozen as JSON in <see cref="ProjectReport.Snapshot"/>. Every text in it is final
/// (already in the report's language), so an adopted report reads the same whatever changes later.
/// </summary>
public sealed record ReportContent(
    int ReportId,
    ReportKind Kind,
    int Number,
    string Title,
    string ProjectName,
    string? ProjectCode,
    string OrganizationName,
    DateOnly? PeriodEnd,
    DateOnly DueDate,
    IReadOnlyList<string> Recipients,
    ReportStatus Status,
    string? AdoptedBy,
    DateOnly? AdoptedOn,
    DateTime GeneratedAt,
    bool IsExample,
    IReadOnlyList<ReportContentSection> Sections,
    IReadOnlyList<int> MeasurementIds,
    ReportFacts? Facts = null);

/// <summary>
/// What the report knew of the data when it was made: each KPI's latest value per pilot site and the
/// status of every deliverable and milestone. The next report's "Förändringar sedan föregående rapport"
/// compares its own facts with these (kept in the snapshot, so the comparison is with the report as adopted).
/// </summary>
public sealed record ReportFacts(IReadOnlyList<KpiFact> Kpis, IReadOnlyList<WorkFact> Deliverables, IReadOnlyList<WorkFact> Milestones);

/// <summary>A KPI's latest value at a pilot site (or for the whole project: <paramref name="PilotSiteId"/> null), formatted, with its status.</summary>
public sealed record KpiFact(int KpiId, int? PilotSiteId, string Kpi, string Site, string? Period, decimal? Value, string Formatted, string Status);

/// <summary>A deliverable or milestone by id, its name in the report ("L1 Uppföljningsrapporter") and its status label.</summary>
public sealed record WorkFact(int Id, string Name, string Status);

/// <summary>A section: its data part as blocks (tables, charts, paragraphs) and the project leader's text.</summary>
public sealed record ReportContentSection(string Key, string Title, string? Text, IReadOnlyList<ReportBlock> Blocks);

/// <summary>One piece of a section's data part; exactly one of its parts is set.</summary>
public sealed record ReportBlock(string? Heading = null, string? Paragraph = null, ReportTable? Table = null, TrendChart? Chart = null);

/// <summary>A table with a caption, column headers and rows of text cells (already formatted).</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The keys of report sections. Each key has a data part drawn from the project (or none, for text-only
/// sections); a later feature (economy) adds its own key and data part.
/// </summary>
public static class ReportSectionKeys
{
    // Follow-up report
    public const string Summary = "sammanfattning";
    public const string Kpis = "nyckeltal";
    public const string Deliverables = "leveranser";
    public const string Milestones = "milstolpar";
    public const string Changes = "forandringar";

    // Evaluation
    public const string Movement = "forflyttning";
    public const string Experiences = "erfarenheter";
    public const string Interviews = "intervjuer";
    public const string Lessons = "lardomar";
    public const string GoalAttainment = "maluppfyllelse";

    // Final report (002 6.1.8)
    public const string PurposeAndGoals = "syfte-och-mal";
    public const string CourseAnalysis = "analys-av-forloppet";
    public const string OrganisationEvaluation = "utvardering-av-organisationen";
    public const string QualityFollowUp = "kvalitetsuppfoljning";

    /// <summary>A section the user added: text only.</summary>
    public const string Custom = "egen";
}
