using System.Reflection;
using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Demo;

/// <summary>Reads the demo communication plans (seeded with the demo data) back from the database, whole.</summary>
internal static class DemoPlans
{
    public const string Lund = "Samordnade servicetjänster";
    public const string Fyrbodal = "Digitala processer för socialtjänst i Fyrbodal";
    public const string Lekeberg = "Nära vård – Hälsa tillsammans";

    public sealed record Loaded(CommunicationPlan Plan, int ProjectId, int ProjectOrganizationId, List<CommunicationPerson> People);

    /// <summary>The one demo plan of the demo project <paramref name="projectName"/>, with every part and link.</summary>
    public static Task<Loaded> LoadAsync(AppFactory app, string projectName) => app.WithDbAsync(async db =>
    {
        var project = await db.Projects.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.IsDemo && p.Name == projectName)
            .Select(p => new { p.Id, p.OrganizationId })
            .SingleAsync();
        var plan = await db.CommunicationPlans.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Where(p => p.ProjectId == project.Id && p.IsDemo)
            .Include(p => p.Revisions)
            .Include(p => p.Goals).ThenInclude(g => g.Stakeholder)
            .Include(p => p.MeasurableGoals)
            .Include(p => p.Stakeholders)
            .Include(p => p.Messages).ThenInclude(m => m.Stakeholders)
            .Include(p => p.Channels)
            .Include(p => p.Risks)
            .Include(p => p.Activities).ThenInclude(a => a.Stakeholders).ThenInclude(s => s.Stakeholder)
            .Include(p => p.Activities).ThenInclude(a => a.Channels).ThenInclude(c => c.Channel)
            .Include(p => p.Activities).ThenInclude(a => a.Responsibles).ThenInclude(r => r.Person)
            .Include(p => p.Activities).ThenInclude(a => a.MeasurableGoal)
            .SingleAsync();
        var people = await db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.IsDemo && p.OrganizationId == plan.OrganizationId)
            .OrderBy(p => p.Id)
            .ToListAsync();
        return new Loaded(plan, project.Id, project.OrganizationId, people);
    });

    public static PlanActivity Activity(this CommunicationPlan plan, string what) => plan.Activities.Single(a => a.What == what);

    public static Stakeholder Group(this CommunicationPlan plan, string name) => plan.Stakeholders.Single(s => s.Name == name);

    public static string[] GroupNames(this PlanActivity activity) => [.. activity.Stakeholders.Select(s => s.Stakeholder.Name).Order(StringComparer.Ordinal)];

    public static string[] ChannelNames(this PlanActivity activity) => [.. activity.Channels.Select(c => c.Channel.Name).Order(StringComparer.Ordinal)];

    public static string[] PersonNames(this PlanActivity activity) => [.. activity.Responsibles.Select(r => r.Person.Name).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Every text of the plan and of its parts, with where it is ("Stakeholder 12.Description"). The
    /// calendar secret is left out: it is random, not text anyone wrote.
    /// </summary>
    public static IEnumerable<(string Where, string Text)> Texts(CommunicationPlan plan)
    {
        IEnumerable<object> parts =
        [
            plan, .. plan.Revisions, .. plan.Goals, .. plan.MeasurableGoals, .. plan.Stakeholders, .. plan.Messages,
            .. plan.Channels, .. plan.Risks, .. plan.Activities,
        ];
        foreach (var part in parts)
        {
            var type = part.GetType();
            var id = type.GetProperty("Id")!.GetValue(part);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string) && p.Name != nameof(CommunicationPlan.CalendarToken)))
            {
                if (property.GetValue(part) is string { Length: > 0 } text)
                {
                    yield return ($"{type.Name} {id}.{property.Name}", text);
                }
            }
        }
    }
}
