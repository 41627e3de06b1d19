namespace Kommunpilot.Features.FollowUp.Reports.Word;

/// <summary>
/// Loads a report's content for the export: the frozen snapshot of an adopted report, or a draft
/// generated from the data now. Null when there is no such report among those the caller may see.
/// Implemented by the report content service (<c>Kommunpilot.Features.FollowUp.Reports.ReportContents</c>),
/// registered against this interface where the follow-up services are added.
/// </summary>
public interface IReportContentLoader
{
    Task<ReportContent?> LoadAsync(int reportId, CancellationToken ct);
}
