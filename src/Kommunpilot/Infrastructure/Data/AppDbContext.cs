using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Auditing;
using Kommunpilot.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Infrastructure.Data;

/// <summary>
/// The one DbContext. Every tenant-owned set has a query filter on the caller's organisations, so no
/// query can return another tenant's data; start-up work that must see everything says so with
/// <c>IgnoreQueryFilters()</c>. Each provider has its own subclass so that each has its own migrations.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<AppUser>
{
    private readonly ICurrentUser _user;

    protected AppDbContext(DbContextOptions options, ICurrentUser? user) : base(options)
    {
        _user = user ?? new SystemUser();
    }

    /// <summary>Read by the query filters; EF evaluates it per query.</summary>
    internal IReadOnlyList<int> AccessibleOrganizationIds => _user.OrganizationIds;

    public ICurrentUser CurrentUser => _user;

    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<DecisionBody> DecisionBodies => Set<DecisionBody>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<ProjectModel> ProjectModels => Set<ProjectModel>();
    public DbSet<ProjectPhase> ProjectPhases => Set<ProjectPhase>();
    public DbSet<DecisionPoint> DecisionPoints => Set<DecisionPoint>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectOwner> ProjectOwners => Set<ProjectOwner>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<ScopeLimit> ScopeLimits => Set<ScopeLimit>();
    public DbSet<PilotSite> PilotSites => Set<PilotSite>();
    public DbSet<Deliverable> Deliverables => Set<Deliverable>();
    public DbSet<Milestone> Milestones => Set<Milestone>();
    public DbSet<ProjectMember> ProjectMembers => Set<ProjectMember>();
    public DbSet<ProjectDecision> ProjectDecisions => Set<ProjectDecision>();
    public DbSet<CommunicationPlan> CommunicationPlans => Set<CommunicationPlan>();
    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();
    public DbSet<CommunicationGoal> CommunicationGoals => Set<CommunicationGoal>();
    public DbSet<MeasurableGoal> MeasurableGoals => Set<MeasurableGoal>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<PlanMessage> PlanMessages => Set<PlanMessage>();
    public DbSet<MessageStakeholder> MessageStakeholders => Set<MessageStakeholder>();
    public DbSet<Channel> Channels => Set<Channel>();
    public DbSet<PlanRisk> PlanRisks => Set<PlanRisk>();
    public DbSet<CommunicationPerson> CommunicationPeople => Set<CommunicationPerson>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<ActivityStakeholder> ActivityStakeholders => Set<ActivityStakeholder>();
    public DbSet<ActivityChannel> ActivityChannels => Set<ActivityChannel>();
    public DbSet<ActivityResponsible> ActivityResponsibles => Set<ActivityResponsible>();
    public DbSet<KpiArea> KpiAreas => Set<KpiArea>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<KoladaValue> KoladaValues => Set<KoladaValue>();
    public DbSet<ReportingOccasion> ReportingOccasions => Set<ReportingOccasion>();
    public DbSet<ProjectReport> ProjectReports => Set<ProjectReport>();
    public DbSet<ReportRecipient> ReportRecipients => Set<ReportRecipient>();
    public DbSet<ReportSection> ReportSections => Set<ReportSection>();
    public DbSet<ReportMeasurementUse> ReportMeasurementUses => Set<ReportMeasurementUse>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Every timestamp is stored and read as UTC (SQLite keeps no kind; PostgreSQL's timestamptz needs it).</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        OrganizationsModel.Configure(builder, this);
        ProjectsModel.Configure(builder, this);
        CommunicationModel.Configure(builder, this);
        FollowUpModel.Configure(builder, this);
        AuditModel.Configure(builder, this);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = AuditTrail.Capture(this);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        var ownTransaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            AuditEntries.AddRange(await AuditTrail.CompleteAsync(this, pending, _user, cancellationToken));
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }
            return count;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }
}
