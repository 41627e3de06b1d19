using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>
/// The API's reads, as projections. The query filters keep them to the caller's organisations.
/// Organisation names are looked up with a subquery rather than a navigation, so that a project the
/// caller co-owns still shows when its lead organisation is not one of the caller's (the name is then null).
/// </summary>
internal static class ProjectQueries
{
    public static IQueryable<ProjectSummary> Summaries(AppDbContext db, IQueryable<Project> projects) =>
        projects.Select(p => new ProjectSummary(
            p.Id,
            p.Code,
            p.Name,
            new OrganizationRef(p.OrganizationId, db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault()),
            p.Owners.OrderBy(o => o.OrganizationId)
                .Select(o => new OrganizationRef(o.OrganizationId, db.Organizations.Where(x => x.Id == o.OrganizationId).Select(x => x.Name).FirstOrDefault()))
                .ToList(),
            p.Status,
            p.StartDate,
            p.EndDate,
            p.Header.RegistrationNumber,
            p.IsDemo,
            p.Version,
            p.UpdatedAt));

    /// <summary>The whole project, or null when it does not exist or belongs to another tenant.</summary>
    public static Task<ProjectDetails?> DetailsAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.Projects.AsNoTracking().AsSplitQuery()
            .Where(p => p.Id == id)
            .Select(p => new ProjectDetails
            {
                Id = p.Id,
                Code = p.Code,
                Name = p.Name,
                Subtitle = p.Subtitle,
                Status = p.Status,
                StartDate = p.StartDate,
                EndDate = p.EndDate,
                Organization = new OrganizationRef(p.OrganizationId, db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault()),
                Owners = p.Owners.OrderBy(o => o.OrganizationId)
                    .Select(o => new OrganizationRef(o.OrganizationId, db.Organizations.Where(x => x.Id == o.OrganizationId).Select(x => x.Name).FirstOrDefault()))
                    .ToList(),
                Header = new DocumentHeaderFields
                {
                    DocumentType = p.Header.DocumentType,
                    DecisionBody = p.Header.DecisionBody,
                    DecisionDate = p.Header.DecisionDate,
                    RegistrationNumber = p.Header.RegistrationNumber,
                    OtherReferences = p.Header.OtherReferences,
                    DocumentOwner = p.Header.DocumentOwner,
                    PreparedWith = p.Header.PreparedWith,
                    DocumentVersion = p.Header.DocumentVersion,
                    LastRevised = p.Header.LastRevised,
                },
                Commissioner = p.Commissioner,
                Owner = p.Owner,
                ProjectLeader = p.ProjectLeader,
                Funder = p.Funder,
                Background = p.Background,
                Purpose = p.Purpose,
                Description = p.Description,
                FollowUp = p.FollowUp,
                ProgrammeId = p.ProgrammeId,
                ProjectModelId = p.ProjectModelId,
                CurrentPhaseId = p.CurrentPhaseId,
                Goals = p.Goals.OrderBy(g => g.Order).ThenBy(g => g.Id)
                    .Select(g => new GoalDto(g.Id, g.Kind, g.Text, g.Order, g.Version)).ToList(),
                ScopeLimits = p.ScopeLimits.OrderBy(s => s.Order).ThenBy(s => s.Id)
                    .Select(s => new ScopeLimitDto(s.Id, s.Description, s.Reason, s.Order, s.Version)).ToList(),
                PilotSites = p.PilotSites.OrderBy(s => s.PlannedStart).ThenBy(s => s.Unit.Name)
                    .Select(s => new PilotSiteDto(s.Id, s.UnitId, s.Unit.Name, s.Unit.DepartmentId, s.Unit.Department.Name,
                        s.PlannedStart, s.StartIsPreliminary, s.AgreementStatus, s.Explanation, s.Version)).ToList(),
                Deliverables = p.Deliverables.OrderBy(d => d.Code.Length).ThenBy(d => d.Code)
                    .Select(d => new DeliverableDto(d.Id, d.Code, d.Description, d.Comment, d.DueDate, d.Status, d.Version)).ToList(),
                Milestones = p.Milestones.OrderBy(m => m.Order).ThenBy(m => m.Date).ThenBy(m => m.Id)
                    .Select(m => new MilestoneDto(m.Id, m.Decision, m.DecisionBody, m.Date, m.Status, m.Order, m.Version)).ToList(),
                Members = p.Members.OrderBy(m => m.Id)
                    .Select(m => new MemberDto(m.Id, m.Group, m.Name, m.Role, m.Affiliation, m.Email, m.Version)).ToList(),
                Decisions = p.Decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id)
                    .Select(d => new DecisionDto(d.Id, d.DecisionPointId, d.DecisionPoint.Code, d.DecisionPoint.Name,
                        d.DecidedBy, d.DecidedOn, d.Documents, d.Note, d.Version)).ToList(),
                Programme = p.Programme == null ? null : new ProgrammeDto(p.Programme.Id, p.Programme.Name, p.Programme.Kind),
                ProjectModel = p.ProjectModel == null ? null : new ProjectModelDto(p.ProjectModel.Id, p.ProjectModel.Name),
                CurrentPhase = p.CurrentPhase == null ? null : new PhaseDto(p.CurrentPhase.Id, p.CurrentPhase.Name, p.CurrentPhase.Order),
                IsDemo = p.IsDemo,
                CreatedAt = p.CreatedAt,
                UpdatedAt = p.UpdatedAt,
                Version = p.Version,
            })
            .SingleOrDefaultAsync(ct);
}
