using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Infrastructure.Auditing;

internal static class AuditModel
{
    public static void Configure(ModelBuilder b, AppDbContext db)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.EntityType).HasMaxLength(100);
            e.Property(x => x.EntityId).HasMaxLength(100);
            e.Property(x => x.Action).HasMaxLength(20);
            e.HasIndex(x => new { x.ProjectId, x.At });
            e.HasIndex(x => new { x.OrganizationId, x.At });
            e.HasIndex(x => new { x.PlanId, x.At });
            e.HasQueryFilter(x => x.OrganizationId != null && db.AccessibleOrganizationIds.Contains(x.OrganizationId.Value));
        });
    }
}
