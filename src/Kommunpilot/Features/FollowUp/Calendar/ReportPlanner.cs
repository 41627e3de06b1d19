using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// "Planera uppföljningsrapporter efter rapportkalendern": for the project's period, one follow-up
/// report per occasion of the lead organisation's calendar whose per date falls in the period,
/// numbered on from the project's existing follow-up reports, each due as its occasion says. An
/// occasion is skipped for a per date that an existing report already covers (a report on the same
/// occasion and date, or a follow-up report per the same date), and so is a second occasion on the same day.
/// </summary>
public static class ReportPlanner
{
    public sealed record Planned(int Number, int OccasionId, string Occasion, DateOnly PerDate, DateOnly DueDate);

    public sealed record Skipped(string Occasion, DateOnly PerDate, int ExistingNumber, ReportKind ExistingKind);

    /// <summary>The plan, or why there is none (<see cref="Problem"/>: a message key of <see cref="CalendarTexts"/>).</summary>
    public sealed record Plan(IReadOnlyList<Planned> Reports, IReadOnlyList<Skipped> Skips, string? Problem)
    {
        /// <summary>What the preview showed, so that creating can tell whether the plan changed meanwhile.</summary>
        public string Fingerprint => string.Join(';', Reports.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Number}:{r.OccasionId}:{r.PerDate:yyyy-MM-dd}")));
    }

    public const string NoPeriod = "Projektet saknar start- eller slutdatum. Ange projektets period först, så att rapporterna kan planeras.";
    public const string NoOccasions = "Den ledande organisationen har ingen rapportkalender ännu. Lägg till rapporttillfällen först.";

    public static async Task<Plan> PlanAsync(AppDbContext db, ScheduleProject project, CancellationToken ct)
    {
        if (project.Start is not { } start || project.End is not { } end)
        {
            return new Plan([], [], NoPeriod);
        }
        var occasions = await db.ReportingOccasions.AsNoTracking()
            .Where(o => o.OrganizationId == project.OrganizationId)
            .Select(o => new { o.Id, o.Name, o.PerMonth, o.PerDay, o.DueMonth, o.DueDay, o.Order })
            .ToListAsync(ct);
        if (occasions.Count == 0)
        {
            return new Plan([], [], NoOccasions);
        }
        var existing = await db.ProjectReports.AsNoTracking()
            .Where(r => r.ProjectId == project.Id)
            .Select(r => new { r.Kind, r.Number, r.ReportingOccasionId, r.PeriodEnd })
            .ToListAsync(ct);
        var number = existing.Where(r => r.Kind == ReportKind.FollowUp).Select(r => r.Number).DefaultIfEmpty(0).Max();

        var candidates = new List<(DateOnly Per, int Order, int Id, string Name, DateOnly Due)>();
        for (var year = start.Year; year <= end.Year; year++)
        {
            foreach (var o in occasions.Where(o => DayOfYear.IsValid(o.PerMonth, o.PerDay) && DayOfYear.IsValid(o.DueMonth, o.DueDay)))
            {
                var per = new DateOnly(year, o.PerMonth, o.PerDay);
                if (per >= start && per <= end)
                {
                    candidates.Add((per, o.Order, o.Id, o.Name, OccasionRules.DueDateFor(per, o.DueMonth, o.DueDay)));
                }
            }
        }
        var planned = new List<Planned>();
        var skipped = new List<Skipped>();
        foreach (var c in candidates.OrderBy(c => c.Per).ThenBy(c => c.Order).ThenBy(c => c.Id))
        {
            var covering = existing.FirstOrDefault(r => r.PeriodEnd == c.Per && (r.ReportingOccasionId == c.Id || r.Kind == ReportKind.FollowUp));
            if (covering is not null)
            {
                skipped.Add(new Skipped(c.Name, c.Per, covering.Number, covering.Kind));
                continue;
            }
            if (planned.FirstOrDefault(p => p.PerDate == c.Per) is { } same)
            {
                // Two occasions on the same day (an own one beside the standard one): one report covers both.
                skipped.Add(new Skipped(c.Name, c.Per, same.Number, ReportKind.FollowUp));
                continue;
            }
            planned.Add(new Planned(++number, c.Id, c.Name, c.Per, c.Due));
        }
        return new Plan(planned, skipped, null);
    }

    /// <summary>Adds the planned reports with the same recipients (the caller saves them in one go).</summary>
    public static void Add(AppDbContext db, int projectId, Plan plan, IReadOnlyList<int> decisionBodyIds, IReadOnlyList<string> names)
    {
        foreach (var p in plan.Reports)
        {
            var report = new ProjectReport
            {
                ProjectId = projectId,
                Kind = ReportKind.FollowUp,
                Number = p.Number,
                ReportingOccasionId = p.OccasionId,
                PeriodEnd = p.PerDate,
                DueDate = p.DueDate,
                Status = ReportStatus.Planned,
            };
            ScheduleRules.SetRecipients(report, decisionBodyIds, names);
            db.ProjectReports.Add(report);
        }
    }
}
