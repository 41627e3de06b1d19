using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// The plan read like the source plans: its header, its texts, a summary of each section with counts
/// and links, and its revision history. A handful of queries, none per row.
/// </summary>
public class PlanOverviewModel(AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>TempData key for "saved" messages that pages redirecting here leave.</summary>
    public const string SavedKey = "PlanSaved";

    /// <summary>The plan's own fields and the counts of its sections.</summary>
    public sealed class Sheet
    {
        public int Id { get; init; }
        public int OrganizationId { get; init; }
        public string? OrganizationName { get; init; }
        public int? ProjectId { get; init; }
        public string? ProjectName { get; init; }
        public string? DecisionBodyName { get; init; }
        public int? PreviousPlanId { get; init; }
        public string? PreviousPlanTitle { get; init; }
        public string? Period { get; init; }
        public DateOnly? PeriodStart { get; init; }
        public DateOnly? PeriodEnd { get; init; }
        public PlanStatus Status { get; init; }
        public string? AdoptedBy { get; init; }
        public DateOnly? AdoptedOn { get; init; }
        public string? DocumentVersion { get; init; }
        public string? Situation { get; init; }
        public string? Background { get; init; }
        public string? Purpose { get; init; }
        public string? OverallObjective { get; init; }
        public string? Approach { get; init; }
        public string? ActivitiesIntroduction { get; init; }
        public string? CoreDefinition { get; init; }
        public string? PrimaryDefinition { get; init; }
        public string? SecondaryDefinition { get; init; }
        public decimal? BudgetAmount { get; init; }
        public string? BudgetNote { get; init; }
        public DateTime UpdatedAt { get; init; }
        public int Messages { get; init; }
        public int Channels { get; init; }
        public int Risks { get; init; }
        public int Activities { get; init; }
        public int DoneActivities { get; init; }
        public int LateActivities { get; init; }
        public int UnparsedTimings { get; init; }
    }

    public sealed record PriorityCount(StakeholderPriority? Priority, int Count);
    public sealed record GoalCount(GoalAspect Aspect, int PlanWide, int ForGroups);

    public PlanNav Nav { get; private set; } = null!;
    public Sheet Plan { get; private set; } = null!;
    public List<PriorityCount> TargetGroups { get; private set; } = [];
    public List<GoalCount> Goals { get; private set; } = [];
    public List<MeasurableGoalDto> MeasurableGoals { get; private set; } = [];
    public List<RevisionDto> Revisions { get; private set; } = [];
    public bool CanEdit { get; private set; }

    [TempData(Key = SavedKey)]
    public string? Saved { get; set; }

    public int TargetGroupTotal => TargetGroups.Sum(t => t.Count);

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        var nav = await PlanNav.LoadAsync(db, planId, PlanSection.Overview, ct: ct);
        if (nav is null)
        {
            return NotFound();
        }
        Nav = nav;
        var today = PlanRules.Today(clock);
        Plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new Sheet
            {
                Id = p.Id,
                OrganizationId = p.OrganizationId,
                OrganizationName = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                ProjectId = p.ProjectId,
                ProjectName = db.Projects.Where(x => x.Id == p.ProjectId).Select(x => x.Name).FirstOrDefault(),
                DecisionBodyName = db.DecisionBodies.Where(d => d.Id == p.DecisionBodyId).Select(d => d.Name).FirstOrDefault(),
                PreviousPlanId = p.PreviousPlanId,
                PreviousPlanTitle = db.CommunicationPlans.Where(x => x.Id == p.PreviousPlanId).Select(x => x.Title + (x.Period != null ? " (" + x.Period + ")" : "")).FirstOrDefault(),
                Period = p.Period,
                PeriodStart = p.PeriodStart,
                PeriodEnd = p.PeriodEnd,
                Status = p.Status,
                AdoptedBy = p.AdoptedBy,
                AdoptedOn = p.AdoptedOn,
                DocumentVersion = p.DocumentVersion,
                Situation = p.Situation,
                Background = p.Background,
                Purpose = p.Purpose,
                OverallObjective = p.OverallObjective,
                Approach = p.Approach,
                ActivitiesIntroduction = p.ActivitiesIntroduction,
                CoreDefinition = p.CoreDefinition,
                PrimaryDefinition = p.PrimaryDefinition,
                SecondaryDefinition = p.SecondaryDefinition,
                BudgetAmount = p.BudgetAmount,
                BudgetNote = p.BudgetNote,
                UpdatedAt = p.UpdatedAt,
                Messages = p.Messages.Count(),
                Channels = p.Channels.Count(),
                Risks = p.Risks.Count(),
                Activities = p.Activities.Count(),
                DoneActivities = p.Activities.Count(a => a.Status == ActivityStatus.Done),
                // The rule of PlanActivity.IsLate, in SQL.
                LateActivities = p.Activities.Count(a =>
                    (a.Status == ActivityStatus.Planned || a.Status == ActivityStatus.InProgress || a.Status == ActivityStatus.Postponed)
                    && a.EndDate != null && a.EndDate < today),
                UnparsedTimings = p.Activities.Count(a => a.TimingProblem != null),
            })
            .SingleAsync(ct);

        var priorities = await db.Stakeholders.AsNoTracking().Where(s => s.PlanId == planId)
            .GroupBy(s => s.Priority)
            .Select(g => new PriorityCount(g.Key, g.Count()))
            .ToListAsync(ct);
        TargetGroups = [.. priorities.OrderBy(p => p.Priority is null).ThenBy(p => p.Priority)];
        var goals = await db.CommunicationGoals.AsNoTracking().Where(g => g.PlanId == planId)
            .GroupBy(g => new { g.Aspect, ForGroup = g.StakeholderId != null })
            .Select(g => new { g.Key.Aspect, g.Key.ForGroup, Count = g.Count() })
            .ToListAsync(ct);
        Goals = [.. Enum.GetValues<GoalAspect>()
            .Select(a => new GoalCount(a, goals.Where(g => g.Aspect == a && !g.ForGroup).Sum(g => g.Count), goals.Where(g => g.Aspect == a && g.ForGroup).Sum(g => g.Count)))];
        MeasurableGoals = await PlanQueries.MeasurableGoalsAsync(db, planId, ct);
        Revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == planId)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => new RevisionDto(r.Id, r.DocumentVersion, r.At, r.By, r.Note))
            .ToListAsync(ct);
        CanEdit = await CommunicationAccess.CanEditAsync(db, Plan.OrganizationId, Plan.ProjectId, ct);
        return Page();
    }

    /// <summary>The plan's texts in the order of the source plans, the empty ones left out.</summary>
    public IEnumerable<(string Id, string Heading, string Text)> Texts()
    {
        var texts = new (string Id, string Heading, string? Text)[]
        {
            ("nulage", "Nuläge", Plan.Situation),
            ("bakgrund", "Bakgrund", Plan.Background),
            ("syfte", "Syfte", Plan.Purpose),
            ("malsattning", "Målsättning", Plan.OverallObjective),
            ("upplagg", "Upplägg och tidplan", Plan.Approach),
        };
        return texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => (t.Id, t.Heading, t.Text!));
    }
}
