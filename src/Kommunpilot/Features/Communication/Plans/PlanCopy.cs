using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// A new plan, empty or started from an earlier one ("new plan from last year's"). A new plan is a
/// draft with a calendar link of its own and the standard definitions of the priorities; a copy
/// carries over exactly the parts asked for, linked to each other as in the old plan. The caller adds
/// the plan and saves once, so that the whole copy is written or nothing is.
/// </summary>
internal static class PlanCopy
{
    /// <summary>A new draft for a project (its lead organisation's) or a standing plan of an organisation or one of its bodies.</summary>
    public static CommunicationPlan New(int organizationId, int? projectId, int? decisionBodyId, PlanBasics basics)
    {
        var plan = new CommunicationPlan
        {
            OrganizationId = organizationId,
            ProjectId = projectId,
            DecisionBodyId = projectId is null ? decisionBodyId : null,
            Title = "",
            Status = PlanStatus.Draft,
            CalendarToken = CommunicationAccess.NewCalendarToken(),
            CoreDefinition = CommunicationLabels.DefaultCoreDefinition,
            PrimaryDefinition = CommunicationLabels.DefaultPrimaryDefinition,
            SecondaryDefinition = CommunicationLabels.DefaultSecondaryDefinition,
        };
        basics.ApplyBasicsTo(plan);
        return plan;
    }

    /// <summary>The earlier plan with every part a copy may need, in one query per collection; null when it is not visible.</summary>
    public static Task<CommunicationPlan?> LoadSourceAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.CommunicationPlans.AsNoTracking().AsSplitQuery()
            .Include(p => p.Stakeholders)
            .Include(p => p.Goals)
            .Include(p => p.MeasurableGoals)
            .Include(p => p.Messages).ThenInclude(m => m.Stakeholders)
            .Include(p => p.Channels)
            .Include(p => p.Risks)
            .Include(p => p.Activities).ThenInclude(a => a.Stakeholders)
            .Include(p => p.Activities).ThenInclude(a => a.Channels)
            .Include(p => p.Activities).ThenInclude(a => a.Responsibles)
            .SingleOrDefaultAsync(p => p.Id == planId, ct);

    /// <summary>
    /// A new draft in the same project (or organisation and body) as <paramref name="source"/>, with
    /// what <paramref name="carry"/> asks for. Links between copied parts point at the copies: an
    /// activity's target group is the new plan's target group, never the old plan's.
    /// </summary>
    public static CommunicationPlan From(CommunicationPlan source, PlanBasics basics, CarryOver carry)
    {
        var plan = New(source.OrganizationId, source.ProjectId, source.DecisionBodyId, basics);
        plan.PreviousPlanId = source.Id;
        if (carry.Texts)
        {
            plan.Situation = source.Situation;
            plan.Background = source.Background;
            plan.Purpose = source.Purpose;
            plan.OverallObjective = source.OverallObjective;
            plan.Approach = source.Approach;
            plan.ActivitiesIntroduction = source.ActivitiesIntroduction;
            plan.CoreDefinition = source.CoreDefinition;
            plan.PrimaryDefinition = source.PrimaryDefinition;
            plan.SecondaryDefinition = source.SecondaryDefinition;
            plan.BudgetNote = source.BudgetNote;
        }

        var stakeholders = new Dictionary<int, Stakeholder>();
        if (carry.TargetGroups)
        {
            foreach (var s in source.Stakeholders.OrderBy(s => s.Order).ThenBy(s => s.Id))
            {
                var copy = new Stakeholder
                {
                    Name = s.Name, Audience = s.Audience, Priority = s.Priority, PrioritisedIfDecided = s.PrioritisedIfDecided,
                    Condition = s.Condition, Description = s.Description, Why = s.Why, Influence = s.Influence, Interest = s.Interest,
                    PassesOn = s.PassesOn, PassesOnTo = s.PassesOnTo, Order = s.Order,
                };
                stakeholders[s.Id] = copy;
                plan.Stakeholders.Add(copy);
            }
        }
        // A target group's own goals go with the group; plan-wide goals on their own.
        foreach (var g in source.Goals.OrderBy(g => g.Order).ThenBy(g => g.Id))
        {
            var forGroup = g.StakeholderId is { } sid ? stakeholders.GetValueOrDefault(sid) : null;
            if ((g.StakeholderId is null && carry.Goals) || forGroup is not null)
            {
                plan.Goals.Add(new CommunicationGoal { Aspect = g.Aspect, Text = g.Text, Order = g.Order, Stakeholder = forGroup });
            }
        }

        var messages = new Dictionary<int, PlanMessage>();
        if (carry.Messages)
        {
            foreach (var m in source.Messages.OrderBy(m => m.Order).ThenBy(m => m.Id))
            {
                var copy = new PlanMessage
                {
                    Number = m.Number, Priority = m.Priority, Text = m.Text, Why = m.Why, What = m.What, Feeling = m.Feeling, How = m.How,
                    Clarification = m.Clarification, ExpectedEffect = m.ExpectedEffect, Order = m.Order,
                };
                foreach (var link in m.Stakeholders.Where(l => stakeholders.ContainsKey(l.StakeholderId)))
                {
                    copy.Stakeholders.Add(new MessageStakeholder { Stakeholder = stakeholders[link.StakeholderId] });
                }
                messages[m.Id] = copy;
                plan.Messages.Add(copy);
            }
        }

        var channels = new Dictionary<int, Channel>();
        if (carry.Channels)
        {
            foreach (var c in source.Channels.OrderBy(c => c.Order).ThenBy(c => c.Id))
            {
                var copy = new Channel { Name = c.Name, Description = c.Description, Audience = c.Audience, ResponsibleRole = c.ResponsibleRole, Order = c.Order };
                channels[c.Id] = copy;
                plan.Channels.Add(copy);
            }
        }

        if (carry.Risks)
        {
            foreach (var r in source.Risks.OrderBy(r => r.Order).ThenBy(r => r.Id))
            {
                plan.Risks.Add(new PlanRisk { Description = r.Description, Likelihood = r.Likelihood, Consequence = r.Consequence, Mitigation = r.Mitigation, Order = r.Order });
            }
        }

        var measurable = new Dictionary<int, MeasurableGoal>();
        if (carry.MeasurableGoals)
        {
            foreach (var g in source.MeasurableGoals.OrderBy(g => g.Order).ThenBy(g => g.Id))
            {
                // Progress belongs to the old period: the new plan starts from nothing.
                var copy = new MeasurableGoal
                {
                    Text = g.Text, Kind = g.Kind, Target = g.Target, Unit = g.Unit, ManualProgress = null, Achieved = false,
                    Deadline = g.Deadline, Comment = g.Comment, Order = g.Order,
                };
                measurable[g.Id] = copy;
                plan.MeasurableGoals.Add(copy);
            }
        }

        if (carry.Activities)
        {
            foreach (var a in source.Activities.Where(Carried).OrderBy(a => a.Order).ThenBy(a => a.Id))
            {
                var goal = a.MeasurableGoalId is { } gid ? measurable.GetValueOrDefault(gid) : null;
                var copy = new PlanActivity
                {
                    What = a.What, MessageText = a.MessageText, Message = a.MessageId is { } mid ? messages.GetValueOrDefault(mid) : null,
                    MilestoneId = a.MilestoneId, PlannedHours = a.PlannedHours, Status = ActivityStatus.Planned, Why = a.Why, How = a.How,
                    MeasurableGoal = goal, GoalContribution = goal is null ? null : a.GoalContribution, Order = a.Order,
                };
                copy.SetTiming(a.TimingText, plan.PeriodStart);
                foreach (var link in a.Stakeholders.Where(l => stakeholders.ContainsKey(l.StakeholderId)))
                {
                    copy.Stakeholders.Add(new ActivityStakeholder { Stakeholder = stakeholders[link.StakeholderId] });
                }
                foreach (var link in a.Channels.Where(l => channels.ContainsKey(l.ChannelId)))
                {
                    copy.Channels.Add(new ActivityChannel { Channel = channels[link.ChannelId] });
                }
                // People belong to the organisation, not to the plan: the same people stay responsible.
                foreach (var link in a.Responsibles)
                {
                    copy.Responsibles.Add(new ActivityResponsible { PersonId = link.PersonId });
                }
                plan.Activities.Add(copy);
            }
        }
        return plan;
    }

    /// <summary>What is still to do: not done, and not cancelled.</summary>
    public static bool Carried(PlanActivity activity) =>
        activity.Status is not (ActivityStatus.Done or ActivityStatus.Cancelled);

    /// <summary>Next year's title and period for a plan of a year ("Kommunikationsplan 2023" → "... 2024"), else the same.</summary>
    public static PlanBasics NextPeriod(CommunicationPlan source)
    {
        var basics = new PlanBasics { Title = source.Title, Period = source.Period, DocumentVersion = "1.0" };
        if (source.Period is { Length: 4 } period && int.TryParse(period, out var year) && year is > 1900 and < 9999)
        {
            var next = (year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            basics.Period = next;
            basics.Title = source.Title.Replace(period, next, StringComparison.Ordinal);
            basics.PeriodStart = new DateOnly(year + 1, 1, 1);
            basics.PeriodEnd = new DateOnly(year + 1, 12, 31);
        }
        else if (source.PeriodStart is { } start && source.PeriodEnd is { } end)
        {
            basics.PeriodStart = start.AddYears(1);
            basics.PeriodEnd = end.AddYears(1);
        }
        return basics;
    }
}
