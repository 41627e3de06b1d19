using Kommunpilot.Features.Demo;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunpilot.Tests.FollowUp.Demo;

/// <summary>
/// The demo follow-up is seeded once: with a fresh database, and on start for a database whose demo
/// organisations predate follow-up (the Lund pilot has no KPIs); never twice.
/// </summary>
public abstract class DemoFollowUpSeedingTests(AppFactory app)
{
    private sealed record Counts(int Occasions, int Kpis, int Measurements, int Reports, int Recipients, string? KoladaId);

    private static Task<Counts> CountAsync(AppFactory on) => on.WithDbAsync(async db =>
    {
        var lund = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.IsDemo && o.Name == "Lunds kommun");
        var projectId = await db.Projects.IgnoreQueryFilters()
            .Where(p => p.IsDemo && p.OrganizationId == lund.Id && p.Name == DemoFollowUpData.LundPilot).Select(p => p.Id).SingleAsync();
        string[] occasions = ["Delårsrapport 1", "Delårsrapport 2", "Novemberprognos", "Årsanalys"];
        return new Counts(
            await db.ReportingOccasions.IgnoreQueryFilters().CountAsync(o => o.OrganizationId == lund.Id && occasions.Contains(o.Name)),
            await db.Kpis.IgnoreQueryFilters().CountAsync(k => k.ProjectId == projectId && k.IsExample),
            await db.Measurements.IgnoreQueryFilters().CountAsync(m => m.ProjectId == projectId && m.IsExample),
            await db.ProjectReports.IgnoreQueryFilters().CountAsync(r => r.ProjectId == projectId && r.IsExample),
            await db.ReportRecipients.IgnoreQueryFilters().CountAsync(r => r.ProjectId == projectId),
            lund.KoladaMunicipalityId);
    });

    private static async Task SeedAsync(AppFactory on)
    {
        await using var scope = on.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(TestContext.Current.CancellationToken);
    }

    // 9 KPIs: six per site and tertial (6 × 7 × 6), one per site and year (7 × 2), two project-wide yearly (2 × 2).
    private static readonly Counts Seeded = new(4, 9, 252 + 14 + 4, 11, 11 * 4, "1281");

    [Fact]
    public async Task A_fresh_database_gets_the_follow_up_and_seeding_again_adds_nothing()
    {
        Assert.Equal(Seeded, await CountAsync(app));

        await SeedAsync(app);

        Assert.Equal(Seeded, await CountAsync(app));
    }

    [Fact]
    public async Task A_database_seeded_before_follow_up_gets_it_on_start_once()
    {
        // A database of its own: the demo follow-up is taken away to make one seeded before follow-up existed.
        await using var old = new AppFactory(app.Provider);
        await old.InitializeAsync();
        await old.WithDbAsync(async db =>
        {
            var lund = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.IsDemo && o.Name == "Lunds kommun");
            lund.KoladaMunicipalityId = null;
            db.ProjectReports.RemoveRange(await db.ProjectReports.IgnoreQueryFilters().Where(r => r.IsExample).ToListAsync());
            db.Kpis.RemoveRange(await db.Kpis.IgnoreQueryFilters().Where(k => k.IsExample).ToListAsync());
            db.ReportingOccasions.RemoveRange(await db.ReportingOccasions.IgnoreQueryFilters().Where(o => o.OrganizationId == lund.Id).ToListAsync());
            return await db.SaveChangesAsync();
        });
        Assert.Equal(new Counts(0, 0, 0, 0, 0, null), await CountAsync(old));

        // What a start does (Program.cs runs the seeder); twice, as two starts would.
        await SeedAsync(old);
        Assert.Equal(Seeded, await CountAsync(old));
        await SeedAsync(old);
        Assert.Equal(Seeded, await CountAsync(old));

        // With the reports and occasions kept (someone removed the KPIs), only the KPIs come back: no second
        // set of reports, no second occasion, and a Kolada id someone set stays as it is.
        await old.WithDbAsync(async db =>
        {
            db.Kpis.RemoveRange(await db.Kpis.IgnoreQueryFilters().Where(k => k.IsExample).ToListAsync());
            var lund = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.IsDemo && o.Name == "Lunds kommun");
            lund.KoladaMunicipalityId = "1280";
            return await db.SaveChangesAsync();
        });
        await SeedAsync(old);
        Assert.Equal(Seeded with { KoladaId = "1280" }, await CountAsync(old));
        Assert.Equal(4, await old.WithDbAsync(db => db.ReportingOccasions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task The_follow_up_goes_only_to_the_lund_demo_pilot()
    {
        var elsewhere = await app.WithDbAsync(async db => (
            await db.Kpis.IgnoreQueryFilters().CountAsync(k => k.IsExample && k.Project.IsDemo && k.Project.Name != DemoFollowUpData.LundPilot),
            await db.ProjectReports.IgnoreQueryFilters().CountAsync(r => r.IsExample && r.Project.IsDemo && r.Project.Name != DemoFollowUpData.LundPilot)));
        Assert.Equal((0, 0), elsewhere);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DemoFollowUpSeedingSqliteTests(SqliteApp app) : DemoFollowUpSeedingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DemoFollowUpSeedingPostgresTests(PostgresApp app) : DemoFollowUpSeedingTests(app);
