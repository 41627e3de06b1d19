using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>A recipient of a report: a decision body (its id) or a named group. Name is null for a decision body the caller cannot see.</summary>
public sealed record RecipientRow(int? DecisionBodyId, string? Name);

/// <summary>One report of a project's schedule, as the pages and the API show it.</summary>
public sealed record ScheduleRow(
    int Id,
    ReportKind Kind,
    int Number,
    string? Title,
    int? OccasionId,
    string? Occasion,
    DateOnly? PerDate,
    DateOnly DueDate,
    ReportStatus Status,
    DateOnly? AdoptedOn,
    IReadOnlyList<RecipientRow> Recipients,
    Guid Version);

/// <summary>Reads a project's schedule: projected, recipients in the same round trip (split query), no query per report.</summary>
public static class ScheduleQueries
{
    public static readonly Expression<Func<ProjectReport, ScheduleRow>> Projection = r => new ScheduleRow(
        r.Id,
        r.Kind,
        r.Number,
        r.Title,
        r.ReportingOccasionId,
        r.ReportingOccasion == null ? null : r.ReportingOccasion.Name,
        r.PeriodEnd,
        r.DueDate,
        r.Status,
        r.AdoptedOn,
        r.Recipients.OrderBy(x => x.Order).ThenBy(x => x.Id)
            .Select(x => new RecipientRow(x.DecisionBodyId, x.DecisionBodyId == null ? x.Name : x.DecisionBody!.Name))
            .ToList(),
        r.Version);

    /// <summary>The project's reports: by kind (follow-up, evaluation, final), then number.</summary>
    public static async Task<List<ScheduleRow>> ForProjectAsync(AppDbContext db, int projectId, CancellationToken ct) =>
        [.. (await db.ProjectReports.AsNoTracking()
                .Where(r => r.ProjectId == projectId)
                .Select(Projection)
                .AsSplitQuery()
                .ToListAsync(ct))
            .OrderBy(r => r.Kind).ThenBy(r => r.Number)];

    public static Task<ScheduleRow?> OneAsync(AppDbContext db, int reportId, CancellationToken ct) =>
        db.ProjectReports.AsNoTracking()
            .Where(r => r.Id == reportId)
            .Select(Projection)
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
}
