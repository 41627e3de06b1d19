using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication;

/// <summary>The sections of a plan, in the order of the source plans, with their addresses under <c>/kommunikation/{id}</c>.</summary>
public enum PlanSection
{
    Overview,
    TargetGroups,
    Goals,
    Messages,
    Channels,
    Risks,
    Activities,
    Timeline,
    Coverage,
    Hours,
    Late,
    StakeholderMap,
    GoalProgress,
    Documents,
    Import,
    History,
}

/// <summary>
/// The top of every plan page (<c>_PlanNav.cshtml</c>): breadcrumbs, the plan's title, its project
/// and the navigation between its sections. Load it with <see cref="LoadAsync"/>.
/// </summary>
public sealed record PlanNav(int PlanId, string Title, string? Period, PlanStatus Status, int? ProjectId, string? ProjectName,
    string OrganizationName, bool IsDemo, PlanSection Current, string? Heading = null)
{
    public static Task<PlanNav?> LoadAsync(AppDbContext db, int planId, PlanSection current, string? heading = null, CancellationToken ct = default) =>
        db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new PlanNav(p.Id, p.Title, p.Period, p.Status, p.ProjectId, p.Project != null ? p.Project.Name : null,
                // Not p.Organization: a co-owner of the project need not see the lead organisation.
                db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault() ?? "",
                p.IsDemo, current, heading))
            .FirstOrDefaultAsync(ct);

    /// <summary>The plan's own sections, in the order of the source plans.</summary>
    public static readonly PlanSection[] PlanSections =
    [
        PlanSection.Overview, PlanSection.TargetGroups, PlanSection.Goals, PlanSection.Messages,
        PlanSection.Channels, PlanSection.Risks, PlanSection.Activities, PlanSection.History,
    ];

    /// <summary>What is made from them: views, follow-up, documents in and out.</summary>
    public static readonly PlanSection[] ViewSections =
    [
        PlanSection.Timeline, PlanSection.Coverage, PlanSection.Hours, PlanSection.Late, PlanSection.StakeholderMap,
        PlanSection.GoalProgress, PlanSection.Documents, PlanSection.Import,
    ];

    public static string UrlOf(int planId, PlanSection section) => section switch
    {
        PlanSection.Overview => $"/kommunikation/{planId}",
        PlanSection.TargetGroups => $"/kommunikation/{planId}/malgrupper",
        PlanSection.Goals => $"/kommunikation/{planId}/mal",
        PlanSection.Messages => $"/kommunikation/{planId}/budskap",
        PlanSection.Channels => $"/kommunikation/{planId}/kanaler",
        PlanSection.Risks => $"/kommunikation/{planId}/risker",
        PlanSection.Activities => $"/kommunikation/{planId}/aktiviteter",
        PlanSection.Timeline => $"/kommunikation/{planId}/tidslinje",
        PlanSection.Coverage => $"/kommunikation/{planId}/tackning",
        PlanSection.Hours => $"/kommunikation/{planId}/timmar",
        PlanSection.Late => $"/kommunikation/{planId}/forsenade",
        PlanSection.StakeholderMap => $"/kommunikation/{planId}/intressentkarta",
        PlanSection.GoalProgress => $"/kommunikation/{planId}/maluppfyllelse",
        PlanSection.Documents => $"/kommunikation/{planId}/dokument",
        PlanSection.Import => $"/kommunikation/{planId}/import",
        PlanSection.History => $"/kommunikation/{planId}/historik",
        _ => $"/kommunikation/{planId}",
    };

    public static string NameOf(PlanSection section) => section switch
    {
        PlanSection.Overview => "Översikt",
        PlanSection.TargetGroups => "Målgrupper",
        PlanSection.Goals => "Mål",
        PlanSection.Messages => "Budskap",
        PlanSection.Channels => "Kanaler",
        PlanSection.Risks => "Risker",
        PlanSection.Activities => "Aktivitetsplan",
        PlanSection.Timeline => "Tidslinje",
        PlanSection.Coverage => "Täckning",
        PlanSection.Hours => "Timmar",
        PlanSection.Late => "Försenade",
        PlanSection.StakeholderMap => "Intressentkarta",
        PlanSection.GoalProgress => "Måluppfyllelse",
        PlanSection.Documents => "Dokument och kalender",
        PlanSection.Import => "Importera från Excel",
        PlanSection.History => "Historik",
        _ => section.ToString(),
    };
}
