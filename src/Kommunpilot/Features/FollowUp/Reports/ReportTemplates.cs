namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>A section a report starts with: its key (what its data part is) and its Swedish title.</summary>
public sealed record SectionTemplate(string Key, string Title);

/// <summary>
/// The sections each kind of report starts with when its draft is started, in order:
/// <list type="bullet">
/// <item>the follow-up report: summary, result and trend per KPI and pilot site, deliverables, milestones,
///   changes since the previous report (issue 4 point 5);</item>
/// <item>the evaluation: movement per KPI (baseline → now), experiences, interviews, lessons learned and goal
///   attainment (001: "sammanställning förflyttning gällande fastställda nyckeltal ... erfarenheter samt
///   pilotverksamheternas och servicemedarbetarnas upplevelse");</item>
/// <item>the final report: 002 6.1.8's purpose and goals, goal attainment, analysis of the course of the
///   project, evaluation of the project organisation and quality follow-up, with the movement per KPI
///   beside goal attainment, which it backs with figures.</item>
/// </list>
/// </summary>
public static class ReportTemplates
{
    public static IReadOnlyList<SectionTemplate> For(ReportKind kind) => kind switch
    {
        ReportKind.Evaluation =>
        [
            new(ReportSectionKeys.Summary, "Sammanfattning"),
            new(ReportSectionKeys.Movement, "Förflyttning per nyckeltal"),
            new(ReportSectionKeys.Experiences, "Erfarenheter"),
            new(ReportSectionKeys.Interviews, "Intervjuer – sammanfattning"),
            new(ReportSectionKeys.Lessons, "Lärdomar"),
            new(ReportSectionKeys.GoalAttainment, "Måluppfyllelse"),
        ],
        ReportKind.Final =>
        [
            new(ReportSectionKeys.PurposeAndGoals, "Syfte och mål"),
            new(ReportSectionKeys.GoalAttainment, "Måluppfyllelse"),
            new(ReportSectionKeys.Movement, "Förflyttning per nyckeltal"),
            new(ReportSectionKeys.CourseAnalysis, "Analys av projektförloppet"),
            new(ReportSectionKeys.OrganisationEvaluation, "Utvärdering av projektorganisationen"),
            new(ReportSectionKeys.QualityFollowUp, "Kvalitetsuppföljning"),
        ],
        _ =>
        [
            new(ReportSectionKeys.Summary, "Sammanfattning"),
            new(ReportSectionKeys.Kpis, "Nyckeltal – resultat och trend per nyckeltal och pilotverksamhet"),
            new(ReportSectionKeys.Deliverables, "Leveranser"),
            new(ReportSectionKeys.Milestones, "Milstolpar"),
            new(ReportSectionKeys.Changes, "Förändringar sedan föregående rapport"),
        ],
    };

    /// <summary>The report's name: its own title, or "Uppföljningsrapport 3", "Utvärderingsrapport 1", "Slutrapport".</summary>
    public static string NameOf(ReportKind kind, int number, string? title) =>
        !string.IsNullOrWhiteSpace(title) ? title.Trim()
        : kind == ReportKind.Final && number <= 1 ? FollowUpLabels.Of(kind)
        : $"{FollowUpLabels.Of(kind)} {number}";
}
