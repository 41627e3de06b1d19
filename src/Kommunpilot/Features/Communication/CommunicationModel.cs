using System.Linq.Expressions;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kommunpilot.Features.Communication;

/// <summary>
/// EF configuration of communication planning. A plan is visible to members of its organisation and,
/// for a project plan, to members of every organisation owning the project; everything inside a plan
/// is visible exactly when its plan is.
/// </summary>
internal static class CommunicationModel
{
    public const int ShortText = 200;
    public const int MediumText = 2000;
    public const int LongText = 20000;

    public static void Configure(ModelBuilder b, AppDbContext db)
    {
        b.Entity<CommunicationPlan>(e =>
        {
            e.Property(x => x.Title).HasMaxLength(ShortText);
            e.Property(x => x.Period).HasMaxLength(60);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.AdoptedBy).HasMaxLength(ShortText);
            e.Property(x => x.DocumentVersion).HasMaxLength(40);
            foreach (var p in new[]
            {
                nameof(CommunicationPlan.Situation), nameof(CommunicationPlan.Background), nameof(CommunicationPlan.Purpose),
                nameof(CommunicationPlan.OverallObjective), nameof(CommunicationPlan.Approach), nameof(CommunicationPlan.ActivitiesIntroduction),
            })
            {
                e.Property<string?>(p).HasMaxLength(LongText);
            }
            foreach (var p in new[] { nameof(CommunicationPlan.CoreDefinition), nameof(CommunicationPlan.PrimaryDefinition), nameof(CommunicationPlan.SecondaryDefinition), nameof(CommunicationPlan.BudgetNote) })
            {
                e.Property<string?>(p).HasMaxLength(MediumText);
            }
            e.Property(x => x.BudgetAmount).HasPrecision(14, 2);
            e.Property(x => x.CalendarToken).HasMaxLength(64);
            e.HasIndex(x => x.CalendarToken).IsUnique();
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.DecisionBody).WithMany().HasForeignKey(x => x.DecisionBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(x => x.PreviousPlan).WithMany().HasForeignKey(x => x.PreviousPlanId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => x.OrganizationId);
            e.HasIndex(x => x.ProjectId);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(PlanVisible(db));
        });
        b.Entity<PlanRevision>(e =>
        {
            e.Property(x => x.DocumentVersion).HasMaxLength(40);
            e.Property(x => x.By).HasMaxLength(ShortText);
            e.Property(x => x.Note).HasMaxLength(MediumText);
            e.HasOne(x => x.Plan).WithMany(x => x.Revisions).HasForeignKey(x => x.PlanId);
            e.HasIndex(x => x.PlanId);
            e.HasQueryFilter(PartVisible<PlanRevision>(db));
        });
        b.Entity<CommunicationGoal>(e =>
        {
            e.Property(x => x.Aspect).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Text).HasMaxLength(MediumText);
            e.HasOne(x => x.Plan).WithMany(x => x.Goals).HasForeignKey(x => x.PlanId);
            e.HasOne(x => x.Stakeholder).WithMany().HasForeignKey(x => x.StakeholderId).OnDelete(DeleteBehavior.Cascade);
            Part(e, db);
        });
        b.Entity<MeasurableGoal>(e =>
        {
            e.Property(x => x.Text).HasMaxLength(MediumText);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Unit).HasMaxLength(ShortText);
            e.Property(x => x.Target).HasPrecision(14, 2);
            e.Property(x => x.ManualProgress).HasPrecision(14, 2);
            e.Property(x => x.Comment).HasMaxLength(MediumText);
            e.HasOne(x => x.Plan).WithMany(x => x.MeasurableGoals).HasForeignKey(x => x.PlanId);
            Part(e, db);
        });
        b.Entity<Stakeholder>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Audience).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Priority).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Influence).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Interest).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Condition).HasMaxLength(MediumText);
            e.Property(x => x.Description).HasMaxLength(MediumText);
            e.Property(x => x.Why).HasMaxLength(MediumText);
            e.Property(x => x.PassesOnTo).HasMaxLength(ShortText);
            e.HasOne(x => x.Plan).WithMany(x => x.Stakeholders).HasForeignKey(x => x.PlanId);
            e.HasIndex(x => new { x.PlanId, x.Name }).IsUnique();
            Part(e, db, indexPlan: false);
        });
        b.Entity<PlanMessage>(e =>
        {
            e.Property(x => x.Priority).HasConversion<string>().HasMaxLength(40);
            foreach (var p in new[] { nameof(PlanMessage.Text), nameof(PlanMessage.Why), nameof(PlanMessage.What), nameof(PlanMessage.Feeling), nameof(PlanMessage.How), nameof(PlanMessage.Clarification), nameof(PlanMessage.ExpectedEffect) })
            {
                e.Property<string?>(p).HasMaxLength(MediumText);
            }
            e.HasOne(x => x.Plan).WithMany(x => x.Messages).HasForeignKey(x => x.PlanId);
            Part(e, db);
        });
        b.Entity<MessageStakeholder>(e =>
        {
            e.HasKey(x => new { x.MessageId, x.StakeholderId });
            e.HasOne(x => x.Message).WithMany(x => x.Stakeholders).HasForeignKey(x => x.MessageId);
            e.HasOne(x => x.Stakeholder).WithMany(x => x.Messages).HasForeignKey(x => x.StakeholderId);
            e.HasIndex(x => x.StakeholderId);
        });
        b.Entity<Channel>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Description).HasMaxLength(MediumText);
            e.Property(x => x.Audience).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.ResponsibleRole).HasMaxLength(ShortText);
            e.HasOne(x => x.Plan).WithMany(x => x.Channels).HasForeignKey(x => x.PlanId);
            e.HasIndex(x => new { x.PlanId, x.Name }).IsUnique();
            Part(e, db, indexPlan: false);
        });
        b.Entity<PlanRisk>(e =>
        {
            e.Property(x => x.Description).HasMaxLength(MediumText);
            e.Property(x => x.Likelihood).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Consequence).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Mitigation).HasMaxLength(MediumText);
            e.HasOne(x => x.Plan).WithMany(x => x.Risks).HasForeignKey(x => x.PlanId);
            Part(e, db);
        });
        b.Entity<CommunicationPerson>(e =>
        {
            e.Property(x => x.Name).HasMaxLength(ShortText);
            e.Property(x => x.Title).HasMaxLength(ShortText);
            e.Property(x => x.Email).HasMaxLength(256);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.CalendarToken).HasMaxLength(64);
            e.HasIndex(x => x.CalendarToken).IsUnique();
            e.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
            e.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => db.AccessibleOrganizationIds.Contains(x.OrganizationId));
        });
        b.Entity<PlanActivity>(e =>
        {
            e.Property(x => x.What).HasMaxLength(MediumText);
            e.Property(x => x.MessageText).HasMaxLength(MediumText);
            e.Property(x => x.TimingText).HasMaxLength(Timing.MaxLength);
            e.Property(x => x.TimingKind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.TimingProblem).HasMaxLength(400);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Why).HasMaxLength(MediumText);
            e.Property(x => x.How).HasMaxLength(MediumText);
            e.Property(x => x.Outcome).HasMaxLength(MediumText);
            e.Property(x => x.PlannedHours).HasPrecision(10, 2);
            e.Property(x => x.ActualHours).HasPrecision(10, 2);
            e.Property(x => x.Cost).HasPrecision(14, 2);
            e.Property(x => x.GoalContribution).HasPrecision(14, 2);
            e.HasOne(x => x.Plan).WithMany(x => x.Activities).HasForeignKey(x => x.PlanId);
            e.HasOne(x => x.Message).WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(x => x.Milestone).WithMany().HasForeignKey(x => x.MilestoneId).OnDelete(DeleteBehavior.SetNull);
            e.HasOne(x => x.MeasurableGoal).WithMany().HasForeignKey(x => x.MeasurableGoalId).OnDelete(DeleteBehavior.SetNull);
            e.HasIndex(x => new { x.PlanId, x.StartDate });
            e.HasIndex(x => x.Status);
            Part(e, db, indexPlan: false);
        });
        b.Entity<ActivityStakeholder>(e =>
        {
            e.HasKey(x => new { x.ActivityId, x.StakeholderId });
            e.HasOne(x => x.Activity).WithMany(x => x.Stakeholders).HasForeignKey(x => x.ActivityId);
            e.HasOne(x => x.Stakeholder).WithMany(x => x.Activities).HasForeignKey(x => x.StakeholderId);
            e.HasIndex(x => x.StakeholderId);
        });
        b.Entity<ActivityChannel>(e =>
        {
            e.HasKey(x => new { x.ActivityId, x.ChannelId });
            e.HasOne(x => x.Activity).WithMany(x => x.Channels).HasForeignKey(x => x.ActivityId);
            e.HasOne(x => x.Channel).WithMany(x => x.Activities).HasForeignKey(x => x.ChannelId);
            e.HasIndex(x => x.ChannelId);
        });
        b.Entity<ActivityResponsible>(e =>
        {
            e.HasKey(x => new { x.ActivityId, x.PersonId });
            e.HasOne(x => x.Activity).WithMany(x => x.Responsibles).HasForeignKey(x => x.ActivityId);
            // Restrict: a person still responsible for activities is not deleted behind the plans' backs.
            e.HasOne(x => x.Person).WithMany(x => x.Activities).HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.PersonId);
        });
    }

    /// <summary>The plan's organisation, or for a project plan any organisation owning the project.</summary>
    private static Expression<Func<CommunicationPlan, bool>> PlanVisible(AppDbContext db) =>
        x => db.AccessibleOrganizationIds.Contains(x.OrganizationId)
            || (x.ProjectId != null && db.Set<ProjectOwner>().Any(o => o.ProjectId == x.ProjectId && db.AccessibleOrganizationIds.Contains(o.OrganizationId)));

    /// <summary>The plan's condition spelled out, so it holds whether or not EF nests the plan's own filter.</summary>
    private static Expression<Func<T, bool>> PartVisible<T>(AppDbContext db)
        where T : class, IPlanPart =>
        x => db.Set<CommunicationPlan>().Any(p => p.Id == x.PlanId
            && (db.AccessibleOrganizationIds.Contains(p.OrganizationId)
                || (p.ProjectId != null && db.Set<ProjectOwner>().Any(o => o.ProjectId == p.ProjectId && db.AccessibleOrganizationIds.Contains(o.OrganizationId)))));

    private static void Part<T>(EntityTypeBuilder<T> e, AppDbContext db, bool indexPlan = true)
        where T : class, IVersioned, IPlanPart
    {
        e.Property(x => x.Version).IsConcurrencyToken();
        if (indexPlan)
        {
            e.HasIndex(x => x.PlanId);
        }
        e.HasQueryFilter(PartVisible<T>(db));
    }
}
