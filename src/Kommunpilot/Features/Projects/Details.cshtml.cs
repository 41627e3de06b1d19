using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// The project page, laid out like a municipal project description (001): the document header, who
/// orders, owns, leads and funds it, then the numbered sections. One query (split per collection).
/// </summary>
public class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>TempData key for "saved" messages that pages redirecting here leave.</summary>
    public const string SavedKey = "ProjectSaved";

    public sealed record GoalRow(GoalKind Kind, string Text);
    public sealed record ScopeRow(string Description, string? Reason);
    public sealed record SiteRow(string Unit, string Department, DateOnly? PlannedStart, bool Preliminary, AgreementStatus Agreement, string? Explanation);
    public sealed record DeliverableRow(string Code, string Description, string? Comment, DateOnly? Due, WorkStatus Status);
    public sealed record MilestoneRow(string Decision, string? Body, DateOnly? Date, WorkStatus Status);
    public sealed record MemberRow(ProjectGroup Group, string Name, string? Role, string? Affiliation, string? Email);
    public sealed record DecisionRow(string Code, string Point, string DecidedBy, DateOnly DecidedOn, string? Documents, string? Note);

    /// <summary>Everything the page shows of one project.</summary>
    public sealed class Sheet
    {
        public int Id { get; init; }
        public required string Name { get; init; }
        public string? Code { get; init; }
        public string? Subtitle { get; init; }
        public ProjectStatus Status { get; init; }
        public DateOnly? Start { get; init; }
        public DateOnly? End { get; init; }
        public bool IsDemo { get; init; }
        public int OrganizationId { get; init; }
        public required DocumentHeader Header { get; init; }
        public string? Commissioner { get; init; }
        public string? Owner { get; init; }
        public string? ProjectLeader { get; init; }
        public string? Funder { get; init; }
        public string? Background { get; init; }
        public string? Purpose { get; init; }
        public string? Description { get; init; }
        public string? FollowUp { get; init; }
        public string? Programme { get; init; }
        public int? ProjectModelId { get; init; }
        public string? ProjectModel { get; init; }
        public string? CurrentPhase { get; init; }
        public DateTime UpdatedAt { get; init; }
        public required List<int> OwnerIds { get; init; }
        public required List<GoalRow> Goals { get; init; }
        public required List<ScopeRow> ScopeLimits { get; init; }
        public required List<SiteRow> PilotSites { get; init; }
        public required List<DeliverableRow> Deliverables { get; init; }
        public required List<MilestoneRow> Milestones { get; init; }
        public required List<MemberRow> Members { get; init; }
        public required List<DecisionRow> Decisions { get; init; }
    }

    public Sheet Project { get; private set; } = null!;
    public string? LeadOrganization { get; private set; }
    public List<string> CoOwners { get; private set; } = [];
    public int HiddenCoOwners { get; private set; }
    public bool CanEdit { get; private set; }

    /// <summary>The project's communication plans, the latest period first (one query).</summary>
    public List<Communication.Plans.ProjectPlansModel.Row> Plans { get; private set; } = [];

    /// <summary>The follow-up section: late and next reports, counts (two queries).</summary>
    public FollowUp.Calendar.ProjectFollowUpSummary FollowUpSummary { get; private set; } = null!;

    [TempData(Key = SavedKey)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var sheet = await db.Projects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new Sheet
            {
                Id = p.Id,
                Name = p.Name,
                Code = p.Code,
                Subtitle = p.Subtitle,
                Status = p.Status,
                Start = p.StartDate,
                End = p.EndDate,
                IsDemo = p.IsDemo,
                OrganizationId = p.OrganizationId,
                Header = p.Header,
                Commissioner = p.Commissioner,
                Owner = p.Owner,
                ProjectLeader = p.ProjectLeader,
                Funder = p.Funder,
                Background = p.Background,
                Purpose = p.Purpose,
                Description = p.Description,
                FollowUp = p.FollowUp,
                Programme = p.Programme == null ? null : p.Programme.Name,
                ProjectModelId = p.ProjectModelId,
                ProjectModel = p.ProjectModel == null ? null : p.ProjectModel.Name,
                CurrentPhase = p.CurrentPhase == null ? null : p.CurrentPhase.Name,
                UpdatedAt = p.UpdatedAt,
                OwnerIds = p.Owners.Select(o => o.OrganizationId).ToList(),
                Goals = p.Goals.OrderBy(g => g.Order).ThenBy(g => g.Id).Select(g => new GoalRow(g.Kind, g.Text)).ToList(),
                ScopeLimits = p.ScopeLimits.OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => new ScopeRow(s.Description, s.Reason)).ToList(),
                PilotSites = p.PilotSites.OrderBy(s => s.PlannedStart).ThenBy(s => s.Unit.Name)
                    .Select(s => new SiteRow(s.Unit.Name, s.Unit.Department.Name, s.PlannedStart, s.StartIsPreliminary, s.AgreementStatus, s.Explanation)).ToList(),
                Deliverables = p.Deliverables.OrderBy(d => d.Code.Length).ThenBy(d => d.Code)
                    .Select(d => new DeliverableRow(d.Code, d.Description, d.Comment, d.DueDate, d.Status)).ToList(),
                Milestones = p.Milestones.OrderBy(m => m.Order).ThenBy(m => m.Id)
                    .Select(m => new MilestoneRow(m.Decision, m.DecisionBody, m.Date, m.Status)).ToList(),
                Members = p.Members.OrderBy(m => m.Id)
                    .Select(m => new MemberRow(m.Group, m.Name, m.Role, m.Affiliation, m.Email)).ToList(),
                Decisions = p.Decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id)
                    .Select(d => new DecisionRow(d.DecisionPoint.Code, d.DecisionPoint.Name, d.DecidedBy, d.DecidedOn, d.Documents, d.Note)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (sheet is null)
        {
            return NotFound();
        }
        Project = sheet;
        // Organisations are named only where the caller is a member (the query filter on organisations).
        var names = await db.Organizations.AsNoTracking()
            .Where(o => sheet.OwnerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        LeadOrganization = names.GetValueOrDefault(sheet.OrganizationId);
        CoOwners = [.. sheet.OwnerIds.Where(o => o != sheet.OrganizationId && names.ContainsKey(o)).Select(o => names[o]).Order()];
        HiddenCoOwners = sheet.OwnerIds.Count(o => o != sheet.OrganizationId && !names.ContainsKey(o));
        CanEdit = await ProjectAccess.CanEditAsync(db, id, ct);
        Plans = await Communication.Plans.ProjectPlansModel.Query(db, id).ToListAsync(ct);
        FollowUpSummary = await FollowUp.Calendar.ProjectFollowUpSummary.LoadAsync(db, id, clock, ct);
        return Page();
    }

    /// <summary>"Redigera" beside a section, for those who may edit; its accessible name says which section.</summary>
    public IHtmlContent EditLink(string path, string name, string text)
    {
        if (!CanEdit)
        {
            return HtmlString.Empty;
        }
        var link = new TagBuilder("a");
        link.AddCssClass("btn btn-sm btn-outline-secondary");
        link.Attributes["href"] = $"/projekt/{Project.Id}/{path}";
        link.Attributes["aria-label"] = name;
        link.InnerHtml.Append(text);
        return link;
    }

    public IEnumerable<IGrouping<GoalKind, GoalRow>> GoalsByKind =>
        Project.Goals.GroupBy(g => g.Kind).OrderBy(g => g.Key);

    public IEnumerable<IGrouping<ProjectGroup, MemberRow>> MembersByGroup =>
        Project.Members.GroupBy(m => m.Group).OrderBy(g => g.Key);
}
