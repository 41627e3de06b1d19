using System.Linq.Expressions;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kommunpilot.Features.FollowUp;

/// <summary>
/// EF configuration of follow-up. KPIs, measurements and reports are project parts: visible to members
/// of every organisation owning the project. Reporting occasions, own KPI areas and imported Kolada
/// figures belong to one organisation.
/// </summary>
internal static class FollowUpModel
{
    public const int ShortText = 200;
    public const int MediumText = 2000;
    public const int LongText = 20000;

    public static void Configure(ModelBuilder b, AppDbContext db)
    {
        b.Entity<KpiArea>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<Kpi>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Definition).HasMaxLength(MediumText);
            e.Property(x => x.Area).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Unit).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.UnitLabel).HasMaxLength(60);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Scope).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.MinValue).HasPrecision(18, 4);
            e.Property(x => x.MaxValue).HasPrecision(18, 4);
            e.Property(x => x.BaselineValue).HasPrecision(18, 4);
            e.Property(x => x.TargetValue).HasPrecision(18, 4);
            e.Property(x => x.Source).HasMaxLength(MediumText);
            e.Property(x => x.Method).HasMaxLength(MediumText);
            e.Property(x => x.KoladaKpiId).HasMaxLength(20);
            e.Property(x => x.KoladaComparisonId).HasMaxLength(20);
            e.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.OwnArea).WithMany().HasForeignKey(x => x.OwnAreaId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.PilotSite).WithMany().HasForeignKey(x => x.PilotSiteId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ProjectId, x.Name }).IsUnique();
            Part(e, db, indexProject: false);
        });
        b.Entity<Measurement>(e =>
        {
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.Comment).HasMaxLength(MediumText);
            e.Property(x => x.EnteredBy).HasMaxLength(ShortText);
            e.Property(x => x.EnteredByUserId).HasMaxLength(450);
            e.HasOne(x => x.Kpi).WithMany(x => x.Measurements).HasForeignKey(x => x.KpiId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.PilotSite).WithMany().HasForeignKey(x => x.PilotSiteId).OnDelete(DeleteBehavior.Restrict);
            // Never two values for the same KPI, site and period; a project-wide KPI has no site, and
            // NULLs are distinct in a unique index, so that case has an index of its own.
            e.HasIndex(x => new { x.KpiId, x.PilotSiteId, x.PeriodStart }).IsUnique().HasFilter("\"PilotSiteId\" IS NOT NULL");
            e.HasIndex(x => new { x.KpiId, x.PeriodStart }).IsUnique().HasFilter("\"PilotSiteId\" IS NULL").HasDatabaseName("IX_Measurements_KpiId_PeriodStart_Project");
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(x => new { x.ProjectId, x.PeriodStart });
            Part(e, db, indexProject: false);
        });
        b.Entity<KoladaValue>(e =>
        {
            e.Property(x => x.KpiId).HasMaxLength(20);
            e.Property(x => x.MunicipalityId).HasMaxLength(20);
            e.Property(x => x.Gender).HasMaxLength(2);
            e.Property(x => x.Status).HasMaxLength(60);
            e.Property(x => x.Value).HasPrecision(18, 4);
            e.Property(x => x.ImportedBy).HasMaxLength(ShortText);
            e.Property(x => x.SourceFile).HasMaxLength(ShortText);
            e.HasOne<Organizations.Organization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.OrganizationId, x.KpiId, x.MunicipalityId, x.Period, x.Gender }).IsUnique();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<ReportingOccasion>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<ProjectReport>(e =>
        {
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(ShortText);
            e.Property(x => x.AdoptedBy).HasMaxLength(ShortText);
            e.Property(x => x.AdoptedByUserId).HasMaxLength(450);
            e.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.ReportingOccasion).WithMany().HasForeignKey(x => x.ReportingOccasionId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => new { x.ProjectId, x.Kind, x.Number }).IsUnique();
            e.HasIndex(x => new { x.Status, x.DueDate });
            Part(e, db, indexProject: false);
        });
        b.Entity<ReportRecipient>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.HasOne(x => x.Report).WithMany(x => x.Recipients).HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.DecisionBody).WithMany().HasForeignKey(x => x.DecisionBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(x => x.ReportId);
            Part(e, db, indexProject: false);
        });
        b.Entity<ReportSection>(e =>
        {
            e.Property(x => x.Key).HasMaxLength(60);
            e.Property(x => x.Title).HasMaxLength(ShortText);
            e.Property(x => x.Text).HasMaxLength(LongText);
            e.HasOne(x => x.Report).WithMany(x => x.Sections).HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Project>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.NoAction);
            e.HasIndex(x => x.ReportId);
            Part(e, db, indexProject: false);
        });
        b.Entity<ReportMeasurementUse>(e =>
        {
            e.HasKey(x => new { x.ReportId, x.MeasurementId });
            e.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(x => x.Measurement).WithMany().HasForeignKey(x => x.MeasurementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.MeasurementId);
            e.HasQueryFilter(x => db.Set<ProjectReport>().Any(r => r.Id == x.ReportId
                && db.Set<ProjectOwner>().Any(o => o.ProjectId == r.ProjectId && db.AccessibleOrganizationIds.Contains(o.OrganizationId))));
        });
    }

    private static Expression<Func<T, bool>> ProjectVisible<T>(AppDbContext db)
        where T : class, IProjectPart =>
        x => db.Set<ProjectOwner>().Any(o => o.ProjectId == x.ProjectId && db.AccessibleOrganizationIds.Contains(o.OrganizationId));

    private static void Part<T>(EntityTypeBuilder<T> e, AppDbContext db, bool indexProject = true)
        where T : class, IVersioned, IProjectPart
    {
        e.Property(x => x.Version).IsConcurrencyToken();
        if (indexProject)
        {
            e.HasIndex(x => x.ProjectId);
        }
        e.HasQueryFilter(ProjectVisible<T>(db));
    }
}
