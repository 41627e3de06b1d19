using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>A KPI as a report needs it.</summary>
public sealed record ReportKpi(
    int Id, string Name, string? Definition, KpiAreaKind Area, string? OwnArea, KpiKind Kind, KpiUnit Unit, string? UnitLabel, int Decimals,
    KpiDirection Direction, decimal? BaselineValue, DateOnly? BaselineDate, decimal? TargetValue, DateOnly? TargetDate,
    string? Source, KpiFrequency Frequency, KpiScope Scope, int? PilotSiteId, int Order)
{
    public string Symbol => FollowUpLabels.Symbol(Unit, UnitLabel);

    public string Format(decimal? value) => ReportFormat.Value(value, Decimals, Symbol);

    public KpiTrackStatus StatusOf(decimal? value, DateOnly on) =>
        KpiStatus.Of(Direction, BaselineValue, BaselineDate, TargetValue, TargetDate, value, on);
}

/// <summary>A measurement as a report needs it.</summary>
public sealed record ReportMeasurement(int Id, int KpiId, int? PilotSiteId, DateOnly PeriodStart, DateOnly PeriodEnd, decimal Value);

/// <summary>Where a KPI is measured: a pilot site, or (<see cref="SiteId"/> null) the whole project.</summary>
public sealed record ReportColumn(int? SiteId, string Name);

/// <summary>A KPI's latest value at a site, and its status against the target on the last day of its period.</summary>
public sealed record ReportLatest(ReportKpi Kpi, ReportColumn Column, ReportMeasurement? Measurement, KpiTrackStatus Status)
{
    public string Period => Measurement is { } m ? ReportFormat.Period(Kpi.Frequency, m.PeriodStart) : ReportFormat.None;

    public string Formatted => Kpi.Format(Measurement?.Value);
}

public sealed record ReportGoal(GoalKind Kind, string Text, int Order);

public sealed record ReportDeliverable(int Id, string Code, string Description, DateOnly? DueDate, WorkStatus Status);

public sealed record ReportMilestone(int Id, string Decision, string? DecisionBody, DateOnly? Date, WorkStatus Status, int Order);

/// <summary>
/// Everything drafting reads from a project, loaded once in a fixed number of queries (one per kind of
/// part, whatever the number of KPIs and measurements): the section data parts work from this in memory.
/// Measurements are those whose period ends on or before <see cref="AsOf"/>.
/// </summary>
public sealed class ReportData
{
    public const string WholeProject = "Hela projektet";

    public required int ProjectId { get; init; }
    public required DateOnly AsOf { get; init; }
    public required string? Purpose { get; init; }
    public required IReadOnlyList<ReportGoal> Goals { get; init; }
    public required IReadOnlyDictionary<int, string> Sites { get; init; }
    public required IReadOnlyList<ReportKpi> Kpis { get; init; }
    public required IReadOnlyList<ReportMeasurement> Measurements { get; init; }
    public required IReadOnlyList<ReportDeliverable> Deliverables { get; init; }
    public required IReadOnlyList<ReportMilestone> Milestones { get; init; }

    private ILookup<int, ReportMeasurement>? _byKpi;

    public static async Task<ReportData> LoadAsync(AppDbContext db, int projectId, string? purpose, DateOnly asOf, CancellationToken ct)
    {
        var goals = await db.Goals.AsNoTracking().Where(g => g.ProjectId == projectId)
            .Select(g => new ReportGoal(g.Kind, g.Text, g.Order)).ToListAsync(ct);
        var sites = await db.PilotSites.AsNoTracking().Where(s => s.ProjectId == projectId)
            .Select(s => new { s.Id, s.Unit.Name }).ToListAsync(ct);
        var kpis = await db.Kpis.AsNoTracking().Where(k => k.ProjectId == projectId)
            .Select(k => new ReportKpi(k.Id, k.Name, k.Definition, k.Area, k.OwnArea != null ? k.OwnArea.Name : null, k.Kind, k.Unit, k.UnitLabel,
                k.Decimals, k.Direction, k.BaselineValue, k.BaselineDate, k.TargetValue, k.TargetDate, k.Source, k.Frequency, k.Scope, k.PilotSiteId, k.Order))
            .ToListAsync(ct);
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.ProjectId == projectId && m.PeriodEnd <= asOf)
            .Select(m => new ReportMeasurement(m.Id, m.KpiId, m.PilotSiteId, m.PeriodStart, m.PeriodEnd, m.Value)).ToListAsync(ct);
        var deliverables = await db.Deliverables.AsNoTracking().Where(d => d.ProjectId == projectId)
            .Select(d => new ReportDeliverable(d.Id, d.Code, d.Description, d.DueDate, d.Status)).ToListAsync(ct);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId)
            .Select(m => new ReportMilestone(m.Id, m.Decision, m.DecisionBody, m.Date, m.Status, m.Order)).ToListAsync(ct);
        return new ReportData
        {
            ProjectId = projectId,
            AsOf = asOf,
            Purpose = purpose,
            Goals = [.. goals.OrderBy(g => g.Kind).ThenBy(g => g.Order)],
            Sites = sites.ToDictionary(s => s.Id, s => s.Name),
            Kpis = [.. kpis.OrderBy(k => k.Order).ThenBy(k => k.Name, StringComparer.Create(ReportFormat.Swedish, false))],
            Measurements = measurements,
            Deliverables = [.. deliverables.OrderBy(d => d.Code, NaturalOrder.Instance).ThenBy(d => d.Id)],
            Milestones = [.. milestones.OrderBy(m => m.Order).ThenBy(m => m.Date).ThenBy(m => m.Id)],
        };
    }

    public IEnumerable<ReportMeasurement> MeasurementsOf(ReportKpi kpi) => (_byKpi ??= Measurements.ToLookup(m => m.KpiId))[kpi.Id];

    /// <summary>
    /// The columns of a KPI's table: the whole project, its one site, or every pilot site of the project
    /// (by name); and any other site it has values for.
    /// </summary>
    public IReadOnlyList<ReportColumn> ColumnsOf(ReportKpi kpi)
    {
        var columns = new List<ReportColumn>();
        switch (kpi.Scope)
        {
            case KpiScope.Project:
                columns.Add(new ReportColumn(null, WholeProject));
                break;
            case KpiScope.OnePilotSite when kpi.PilotSiteId is { } site:
                columns.Add(Column(site));
                break;
            default:
                columns.AddRange(Sites.OrderBy(s => s.Value, StringComparer.Create(ReportFormat.Swedish, false)).Select(s => new ReportColumn(s.Key, s.Value)));
                break;
        }
        foreach (var site in MeasurementsOf(kpi).Select(m => m.PilotSiteId).Distinct().Order())
        {
            if (columns.All(c => c.SiteId != site))
            {
                columns.Add(site is { } id ? Column(id) : new ReportColumn(null, WholeProject));
            }
        }
        return columns;
    }

    /// <summary>Every KPI's latest value per column, in KPI and column order.</summary>
    public IReadOnlyList<ReportLatest> Latest() =>
    [
        .. Kpis.SelectMany(kpi => ColumnsOf(kpi).Select(column =>
        {
            var latest = MeasurementsOf(kpi).Where(m => m.PilotSiteId == column.SiteId).MaxBy(m => m.PeriodStart);
            return new ReportLatest(kpi, column, latest, kpi.StatusOf(latest?.Value, latest?.PeriodEnd ?? AsOf));
        })),
    ];

    private ReportColumn Column(int siteId) => new(siteId, Sites.GetValueOrDefault(siteId) ?? $"Pilotverksamhet {siteId}");
}

/// <summary>Orders "L2" before "L10": runs of digits compare as numbers.</summary>
internal sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return string.CompareOrdinal(x, y);
        }
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsDigit(x[i]) && char.IsDigit(y[j]))
            {
                var si = i;
                var sj = j;
                while (i < x.Length && char.IsDigit(x[i]))
                {
                    i++;
                }
                while (j < y.Length && char.IsDigit(y[j]))
                {
                    j++;
                }
                var a = x[si..i].TrimStart('0');
                var b = y[sj..j].TrimStart('0');
                var byLength = a.Length.CompareTo(b.Length);
                var c = byLength != 0 ? byLength : string.CompareOrdinal(a, b);
                if (c != 0)
                {
                    return c;
                }
                continue;
            }
            var d = char.ToUpperInvariant(x[i]).CompareTo(char.ToUpperInvariant(y[j]));
            if (d != 0)
            {
                return d;
            }
            i++;
            j++;
        }
        return (x.Length - i).CompareTo(y.Length - j);
    }
}
