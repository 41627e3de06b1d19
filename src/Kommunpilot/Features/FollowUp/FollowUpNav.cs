using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp;

/// <summary>The parts of a project's follow-up, with their addresses under <c>/projekt/{id}</c>.</summary>
public enum FollowUpSection
{
    Kpis,
    Measurements,
    Kolada,
    Reports,
}

/// <summary>
/// The top of every project follow-up page (<c>_FollowUpNav.cshtml</c>): breadcrumbs, the heading,
/// the project and the navigation between KPIs, measurements, Kolada and reports. Load it with <see cref="LoadAsync"/>;
/// null means the project does not exist or is not visible (a 404).
/// </summary>
public sealed record FollowUpNav(int ProjectId, string ProjectName, bool IsDemo, FollowUpSection Current, string? Heading = null,
    IReadOnlyList<(string Text, string Url)>? Trail = null)
{
    public static Task<FollowUpNav?> LoadAsync(AppDbContext db, int projectId, FollowUpSection current, string? heading = null, CancellationToken ct = default) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new FollowUpNav(p.Id, p.Name, p.IsDemo, current, heading, null))
            .FirstOrDefaultAsync(ct);

    public static readonly FollowUpSection[] Sections = [FollowUpSection.Kpis, FollowUpSection.Measurements, FollowUpSection.Kolada, FollowUpSection.Reports];

    public static string UrlOf(int projectId, FollowUpSection section) => section switch
    {
        FollowUpSection.Kpis => $"/projekt/{projectId}/nyckeltal",
        FollowUpSection.Measurements => $"/projekt/{projectId}/matvarden",
        FollowUpSection.Kolada => $"/projekt/{projectId}/kolada",
        _ => $"/projekt/{projectId}/rapporter",
    };

    public static string NameOf(FollowUpSection section) => section switch
    {
        FollowUpSection.Kpis => "Nyckeltal",
        FollowUpSection.Measurements => "Mätvärden",
        FollowUpSection.Kolada => "Kolada",
        _ => "Rapporter",
    };
}
