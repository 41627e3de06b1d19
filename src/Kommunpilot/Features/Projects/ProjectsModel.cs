using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects;

internal static class ProjectsModel
{
    public const int ShortText = 200;
    public const int MediumText = 2000;
    public const int LongText = 20000;

    public static void Configure(ModelBuilder b, AppDbContext db)
    {
        b.Entity<Project>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Subtitle).HasMaxLength(ShortText);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            foreach (var p in new[] { nameof(Project.Commissioner), nameof(Project.Owner), nameof(Project.ProjectLeader), nameof(Project.Funder) })
            {
                e.Property<string?>(p).HasMaxLength(ShortText);
            }
            foreach (var p in new[] { nameof(Project.Background), nameof(Project.Purpose), nameof(Project.Description), nameof(Project.FollowUp) })
            {
                e.Property<string?>(p).HasMaxLength(LongText);
            }
            e.ComplexProperty(x => x.Header, h =>
            {
                h.Property(x => x.DocumentType).HasMaxLength(ShortText).HasColumnName("DocumentType");
                h.Property(x => x.DecisionBody).HasMaxLength(ShortText).HasColumnName("HeaderDecisionBody");
                h.Property(x => x.DecisionDate).HasColumnName("DecisionDate");
                h.Property(x => x.RegistrationNumber).HasMaxLength(60).HasColumnName("RegistrationNumber");
                h.Property(x => x.OtherReferences).HasMaxLength(ShortText).HasColumnName("OtherReferences");
                h.Property(x => x.DocumentOwner).HasMaxLength(ShortText).HasColumnName("DocumentOwner");
                h.Property(x => x.PreparedWith).HasMaxLength(ShortText).HasColumnName("PreparedWith");
                h.Property(x => x.DocumentVersion).HasMaxLength(40).HasColumnName("DocumentVersion");
                h.Property(x => x.LastRevised).HasColumnName("LastRevised");
            });
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            // Restrict: a programme, model or phase in use by any project (also one the deleting
            // administrator cannot see) is refused by the database instead of silently cleared.
            e.HasOne(x => x.Programme).WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.ProjectModel).WithMany().HasForeignKey(x => x.ProjectModelId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.CurrentPhase).WithMany().HasForeignKey(x => x.CurrentPhaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => x.Status);
            e.HasIndex(x => x.Name);
            e.HasIndex(x => new { x.OrganizationId, x.Code }).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => x.Owners.Any(o => db.AccessibleOrganizationIds.Contains(o.OrganizationId)));
        });
        b.Entity<ProjectOwner>(e =>
        {
            e.HasKey(x => new { x.ProjectId, x.OrganizationId });
            e.HasOne(x => x.Project).WithMany(x => x.Owners).HasForeignKey(x => x.ProjectId);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.OrganizationId);
        });
        b.Entity<Goal>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Text).HasMaxLength(LongText);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.Goals).HasForeignKey(x => x.ProjectId);
        });
        b.Entity<ScopeLimit>(e =>
        {
            e.Property(x => x.Description).HasMaxLength(LongText);
            e.Property(x => x.Reason).HasMaxLength(LongText);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.ScopeLimits).HasForeignKey(x => x.ProjectId);
        });
        b.Entity<PilotSite>(e =>
        {
            e.Property(x => x.AgreementStatus).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Explanation).HasMaxLength(MediumText);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.PilotSites).HasForeignKey(x => x.ProjectId);
            e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ProjectId, x.UnitId }).IsUnique();
        });
        b.Entity<Deliverable>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Description).HasMaxLength(LongText);
            e.Property(x => x.Comment).HasMaxLength(MediumText);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.Deliverables).HasForeignKey(x => x.ProjectId);
            e.HasIndex(x => new { x.ProjectId, x.Code }).IsUnique();
        });
        b.Entity<Milestone>(e =>
        {
            e.Property(x => x.Decision).HasMaxLength(MediumText);
            e.Property(x => x.DecisionBody).HasMaxLength(ShortText);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.Milestones).HasForeignKey(x => x.ProjectId);
        });
        b.Entity<ProjectMember>(e =>
        {
            e.Property(x => x.Group).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Role).HasMaxLength(ShortText);
            e.Property(x => x.Affiliation).HasMaxLength(ShortText);
            e.Property(x => x.Email).HasMaxLength(256);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.Members).HasForeignKey(x => x.ProjectId);
        });
        b.Entity<ProjectDecision>(e =>
        {
            e.Property(x => x.DecidedBy).HasMaxLength(ShortText);
            e.Property(x => x.Documents).HasMaxLength(MediumText);
            e.Property(x => x.Note).HasMaxLength(MediumText);
            Part(e, db);
            e.HasOne(x => x.Project).WithMany(x => x.Decisions).HasForeignKey(x => x.ProjectId);
            e.HasOne(x => x.DecisionPoint).WithMany().HasForeignKey(x => x.DecisionPointId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    private static void Part<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> e, AppDbContext db)
        where T : class, IVersioned, IProjectPart
    {
        e.Property(x => x.Version).IsConcurrencyToken();
        e.HasIndex(x => x.ProjectId);
        e.HasQueryFilter(x => db.Set<ProjectOwner>().Any(o => o.ProjectId == x.ProjectId && db.AccessibleOrganizationIds.Contains(o.OrganizationId)));
    }
}
