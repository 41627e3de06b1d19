using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// The three communication plans of the source documents (shared/seeds 000, 002 and 004), entered
/// completely as demo data for their existing demo projects: every target group, goal, message,
/// channel, risk and activity row, with the texts as written (002 with its å, ä and ö restored).
/// Each plan is in its own file; the choices made where a source is unclear are noted there.
/// Nothing here invents follow-up: statuses stay planned, hours and dates stay empty where the
/// sources leave them empty.
/// </summary>
internal static class DemoCommunication
{
    /// <summary>Adds the plans and their responsible people in one save, inside the seeder's transaction.</summary>
    public static async Task AddAsync(AppDbContext db, DemoOrganizations orgs, CancellationToken ct = default)
    {
        // The seeder has just saved the demo projects, so they are tracked and have their ids.
        Project ProjectOf(Organization org, string name) =>
            db.Projects.Local.Single(p => p.OrganizationId == org.Id && p.Name == name);

        db.CommunicationPlans.AddRange(
            DemoCommunicationLund.Create(db, orgs.Lund, ProjectOf(orgs.Lund, DemoCommunicationLund.ProjectName)),
            DemoCommunicationFyrbodal.Create(ProjectOf(orgs.Fyrbodal, DemoCommunicationFyrbodal.ProjectName)),
            DemoCommunicationLekeberg.Create(db, orgs.Lekeberg, ProjectOf(orgs.Lekeberg, DemoCommunicationLekeberg.ProjectName)));
        await db.SaveChangesAsync(ct);
    }

    public static CommunicationPlan NewPlan(Project project, string title) => new()
    {
        OrganizationId = project.OrganizationId,
        ProjectId = project.Id,
        Title = title,
        CalendarToken = CommunicationAccess.NewCalendarToken(),
        IsDemo = true,
    };

    /// <summary>A person responsible for activities, in the organisation whose plan names them.</summary>
    public static CommunicationPerson NewPerson(AppDbContext db, Organization org, string name, string? title = null)
    {
        var person = new CommunicationPerson
        {
            OrganizationId = org.Id,
            Name = name,
            Title = title,
            CalendarToken = CommunicationAccess.NewCalendarToken(),
            IsDemo = true,
        };
        db.CommunicationPeople.Add(person);
        return person;
    }

    public static Stakeholder AddGroup(this CommunicationPlan plan, string name, Audience? audience = null,
        StakeholderPriority? priority = null, string? description = null, string? why = null)
    {
        var group = new Stakeholder
        {
            Name = name,
            Audience = audience,
            Priority = priority,
            Description = description,
            Why = why,
            Order = plan.Stakeholders.Count + 1,
        };
        plan.Stakeholders.Add(group);
        return group;
    }

    public static Channel AddChannel(this CommunicationPlan plan, string name, string? description = null, string? responsibleRole = null)
    {
        var channel = new Channel { Name = name, Description = description, ResponsibleRole = responsibleRole, Order = plan.Channels.Count + 1 };
        plan.Channels.Add(channel);
        return channel;
    }

    /// <summary>A know/feel/do goal, plan-wide when <paramref name="group"/> is null.</summary>
    public static void AddGoal(this CommunicationPlan plan, GoalAspect aspect, string text, Stakeholder? group = null) =>
        plan.Goals.Add(new CommunicationGoal { Aspect = aspect, Text = text, Stakeholder = group, Order = plan.Goals.Count + 1 });

    /// <summary>An activity row; the timing is understood against the plan's period, as the pages do it.</summary>
    public static PlanActivity AddActivity(this CommunicationPlan plan, string what, string? timing = null, string? message = null,
        Stakeholder[]? to = null, Channel[]? through = null, CommunicationPerson[]? by = null)
    {
        var activity = new PlanActivity { What = what, MessageText = message, Status = ActivityStatus.Planned, Order = plan.Activities.Count + 1 };
        activity.SetTiming(timing, plan.PeriodStart);
        foreach (var group in to ?? [])
        {
            activity.Stakeholders.Add(new ActivityStakeholder { Stakeholder = group });
        }
        foreach (var channel in through ?? [])
        {
            activity.Channels.Add(new ActivityChannel { Channel = channel });
        }
        foreach (var person in by ?? [])
        {
            activity.Responsibles.Add(new ActivityResponsible { Person = person });
        }
        plan.Activities.Add(activity);
        return activity;
    }
}
