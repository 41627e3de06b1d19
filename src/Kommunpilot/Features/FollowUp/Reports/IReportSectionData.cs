using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// The data part of one kind of report section, found by its <see cref="Key"/> (see <see cref="ReportSectionKeys"/>).
/// Each is registered in DI (<see cref="ReportsSetup.AddReports"/>); another feature adds its own section
/// by registering one more (the economy issue adds its budget and outcome). A section whose key has
/// no data part is text only.
/// </summary>
public interface IReportSectionData
{
    string Key { get; }

    /// <summary>
    /// The section's tables, charts and paragraphs, every text final and in Swedish. Read from
    /// <see cref="ReportDraftContext.Data"/> (already loaded); a part that needs more reads it with
    /// <see cref="ReportDraftContext.Db"/> in a fixed number of queries. Call
    /// <see cref="ReportDraftContext.Use"/> for every measurement shown.
    /// </summary>
    Task<IReadOnlyList<ReportBlock>> BuildAsync(ReportDraftContext context);
}

/// <summary>What a section's data part is built from.</summary>
public sealed class ReportDraftContext
{
    private readonly HashSet<int> _used = [];

    public required AppDbContext Db { get; init; }
    public required int ReportId { get; init; }
    public required ReportKind Kind { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }

    /// <summary>The report's period end, or (without one) today: the data is taken as of this day.</summary>
    public required DateOnly AsOf { get; init; }
    public required ReportData Data { get; init; }

    /// <summary>The project's previous adopted report, as adopted; null for the first.</summary>
    public required ReportContent? Previous { get; init; }

    /// <summary>This report's facts (latest values, statuses), for comparing with <see cref="Previous"/>.</summary>
    public required ReportFacts Facts { get; init; }
    public CancellationToken Aborted { get; init; }

    public IReadOnlyCollection<int> UsedMeasurements => _used;

    /// <summary>Records that the report shows a measurement (an adopted report lists them in <see cref="ReportMeasurementUse"/>).</summary>
    public void Use(int measurementId) => _used.Add(measurementId);
}
