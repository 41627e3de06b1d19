using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Organizations;

internal static class OrganizationsModel
{
    public static void Configure(ModelBuilder b, AppDbContext db)
    {
        b.Entity<Organization>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => x.Name).IsUnique();
            e.Property(x => x.KoladaMunicipalityId).HasMaxLength(10);
            e.HasOne(x => x.ParentOrganization).WithMany(x => x.Members).HasForeignKey(x => x.ParentOrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.Id));
        });
        b.Entity<Department>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.HasOne(x => x.Organization).WithMany(x => x.Departments).HasForeignKey(x => x.OrganizationId);
            e.Property(x => x.Version).IsConcurrencyToken();
            // Also visible: the department of a unit that is a pilot site of a project the caller
            // sees, so a co-owning organisation's members see the whole project.
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId)
                || db.Set<Features.Projects.PilotSite>().Any(ps => ps.Unit.DepartmentId == x.Id));
        });
        b.Entity<Unit>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.DepartmentId, x.Name }).IsUnique();
            e.HasIndex(x => x.OrganizationId);
            e.HasOne(x => x.Department).WithMany(x => x.Units).HasForeignKey(x => x.DepartmentId);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
            // Also visible: a unit that is a pilot site of a project the caller sees (the pilot
            // site's own filter is on the project's owners).
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId)
                || db.Set<Features.Projects.PilotSite>().Any(ps => ps.UnitId == x.Id));
        });
        b.Entity<DecisionBody>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<Programme>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<Membership>(e =>
        {
            // No query filter: read at sign-in, before the user has any claims. Every other read
            // filters on an organisation the caller administers (see Features/Accounts).
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(40);
            e.HasIndex(x => new { x.UserId, x.OrganizationId }).IsUnique();
            e.HasIndex(x => x.OrganizationId);
            e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<ProjectModel>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.HasOne<Organization>().WithMany().HasForeignKey(x => x.OrganizationId);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<ProjectPhase>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.HasOne(x => x.ProjectModel).WithMany(x => x.Phases).HasForeignKey(x => x.ProjectModelId);
            e.HasIndex(x => new { x.ProjectModelId, x.Order });
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.ProjectModel.OrganizationId));
        });
        b.Entity<DecisionPoint>(e =>
        {
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasOne(x => x.ProjectModel).WithMany(x => x.DecisionPoints).HasForeignKey(x => x.ProjectModelId);
            e.HasOne<ProjectPhase>().WithMany().HasForeignKey(x => x.PhaseId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => new { x.ProjectModelId, x.Code }).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.ProjectModel.OrganizationId));
        });
    }
}
