using System.Text.RegularExpressions;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Activities;

/// <summary>
/// A fresh tenant with a signed-in user, a project with a milestone ("Beslut om samordnade
/// servicetjänster" in Servicenämnden, 2023-10-02) and the sample plan (see <see cref="SamplePlan"/>).
/// </summary>
public sealed record ActivityContext(TestTenant Tenant, HttpClient Client, int ProjectId, int PlanId, int MilestoneId)
{
    public string List => $"/kommunikation/{PlanId}/aktiviteter";

    public string New => $"{List}/ny";

    public string Edit(int activityId) => $"{List}/{activityId}";

    public string FollowUp(int activityId) => $"{List}/{activityId}/uppfoljning";

    public string Api => $"/api/communication-plans/{PlanId}/activities";
}

public static partial class ActivityTestKit
{
    public static readonly DateOnly MilestoneDate = new(2023, 10, 2);

    public static async Task<ActivityContext> NewActivityContextAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var projectId = await app.NewProjectAsync(tenant.OrganizationId, "Kommunikationsprojekt " + Guid.NewGuid().ToString("N")[..6]);
        var milestoneId = await app.WithDbAsync(async db =>
        {
            var milestone = new Milestone { ProjectId = projectId, Decision = "Beslut om samordnade servicetjänster", DecisionBody = "Servicenämnden", Date = MilestoneDate, Order = 1 };
            db.Milestones.Add(milestone);
            await db.SaveChangesAsync();
            return milestone.Id;
        });
        var planId = await app.NewPlanAsync(tenant.OrganizationId, projectId);
        var client = await app.SignedInAsync(tenant);
        return new ActivityContext(tenant, client, projectId, planId, milestoneId);
    }

    /// <summary>The plan's activities as stored, with their links, read as the system.</summary>
    public static Task<List<PlanActivity>> ActivitiesAsync(this AppFactory app, int planId) => app.WithDbAsync(db =>
        db.PlanActivities.IgnoreQueryFilters().AsNoTracking()
            .Include(a => a.Stakeholders).ThenInclude(s => s.Stakeholder)
            .Include(a => a.Channels).ThenInclude(c => c.Channel)
            .Include(a => a.Responsibles).ThenInclude(r => r.Person)
            .AsSplitQuery()
            .Where(a => a.PlanId == planId).OrderBy(a => a.Order).ToListAsync());

    public static async Task<PlanActivity> ActivityAsync(this AppFactory app, int planId, string what) =>
        (await app.ActivitiesAsync(planId)).Single(a => a.What == what);

    /// <summary>Ids of the plan's target groups, channels, people, goals by name or text.</summary>
    public static Task<Dictionary<string, int>> IdsAsync(this AppFactory app, int planId) => app.WithDbAsync(async db =>
    {
        var org = await db.CommunicationPlans.IgnoreQueryFilters().Where(p => p.Id == planId).Select(p => p.OrganizationId).SingleAsync();
        var ids = new Dictionary<string, int>();
        foreach (var s in await db.Stakeholders.IgnoreQueryFilters().Where(s => s.PlanId == planId).ToListAsync())
        {
            ids[s.Name] = s.Id;
        }
        foreach (var c in await db.Channels.IgnoreQueryFilters().Where(c => c.PlanId == planId).ToListAsync())
        {
            ids[c.Name] = c.Id;
        }
        foreach (var p in await db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.OrganizationId == org).ToListAsync())
        {
            ids[p.Name.Split(' ')[0]] = p.Id; // "Projektledare", "Kommunikatör" (the tag dropped)
            ids[p.Name] = p.Id;
        }
        foreach (var g in await db.MeasurableGoals.IgnoreQueryFilters().Where(g => g.PlanId == planId).ToListAsync())
        {
            ids[g.Text] = g.Id;
        }
        foreach (var a in await db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == planId).ToListAsync())
        {
            ids[a.What] = a.Id;
        }
        return ids;
    });

    /// <summary>A complete activity form, with the given fields changed.</summary>
    public static Dictionary<string, string> Form(string what = "Information till fackliga", string timing = "", string hours = "", string status = "Planned",
        string messageText = "Information", string milestone = "", string newPeople = "") => new()
    {
        ["Input.What"] = what,
        ["Input.MessageText"] = messageText,
        ["Input.MessageId"] = "",
        ["Input.Timing"] = timing,
        ["Input.MilestoneId"] = milestone,
        ["Input.NewPeople"] = newPeople,
        ["Input.PlannedHours"] = hours,
        ["Input.Status"] = status,
        ["Input.Why"] = "",
        ["Input.How"] = "",
    };

    /// <summary>Adds ticked checkboxes to a form (several values under one name).</summary>
    public static FormUrlEncodedContent WithBoxes(Dictionary<string, string> fields, string token, params (string Name, int Id)[] boxes) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)),
            new KeyValuePair<string, string>("__RequestVerificationToken", token),
            .. boxes.Select(b => new KeyValuePair<string, string>(b.Name, b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    [GeneratedRegex("<tr data-activity=\"(\\d+)\"")]
    private static partial Regex RowRegex();

    /// <summary>The activity ids of the list's rows, in order.</summary>
    public static List<int> RowIds(string html) => [.. RowRegex().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
}
