using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp;

/// <summary>The follow-up model on a real database: what the sample makes, and one value per KPI, site and period.</summary>
public abstract class FollowUpModelTests(AppFactory app)
{
    [Fact]
    public async Task The_sample_saves_with_its_measurements_and_reports()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        var counts = await app.WithDbAsync(async db => new
        {
            Kpis = await db.Kpis.IgnoreQueryFilters().CountAsync(k => k.ProjectId == ids.ProjectId),
            Measurements = await db.Measurements.IgnoreQueryFilters().CountAsync(m => m.ProjectId == ids.ProjectId),
            Reports = await db.ProjectReports.IgnoreQueryFilters().CountAsync(r => r.ProjectId == ids.ProjectId),
        });
        Assert.Equal(3, counts.Kpis);
        Assert.Equal(7, counts.Measurements);
        Assert.Equal(3, counts.Reports);
    }

    [Fact]
    public async Task The_database_keeps_one_value_per_kpi_site_and_period_also_for_a_project_wide_kpi()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Editor);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Measurements.Add(new Measurement { ProjectId = ids.ProjectId, KpiId = ids.SatisfactionKpi, PilotSiteId = ids.SiteA, PeriodStart = new DateOnly(2022, 1, 1), PeriodEnd = new DateOnly(2022, 4, 30), Value = 1 });
            return await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            db.Measurements.Add(new Measurement { ProjectId = ids.ProjectId, KpiId = ids.CostKpi, PeriodStart = new DateOnly(2022, 1, 1), PeriodEnd = new DateOnly(2022, 12, 31), Value = 1 });
            return await db.SaveChangesAsync();
        }));
        // Another period of the project-wide KPI is fine.
        await app.WithDbAsync(async db =>
        {
            db.Measurements.Add(new Measurement { ProjectId = ids.ProjectId, KpiId = ids.CostKpi, PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2023, 12, 31), Value = 1 });
            return await db.SaveChangesAsync();
        });
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteFollowUpModelTests(SqliteApp app) : FollowUpModelTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresFollowUpModelTests(PostgresApp app) : FollowUpModelTests(app);
