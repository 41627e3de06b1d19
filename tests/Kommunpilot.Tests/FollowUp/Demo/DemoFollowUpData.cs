using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Demo;

/// <summary>Reads the Lund pilot's demo follow-up (seeded with the demo data) back from the database, whole.</summary>
internal static class DemoFollowUpData
{
    public const string LundPilot = "Samordnade servicetjänster";

    public sealed record Loaded(
        int OrganizationId,
        string? KoladaMunicipalityId,
        int ProjectId,
        List<PilotSite> Sites,
        List<ReportingOccasion> Occasions,
        List<Kpi> Kpis,
        List<ProjectReport> Reports);

    public static Task<Loaded> LoadAsync(AppFactory app) => app.WithDbAsync(async db =>
    {
        var lund = await db.Organizations.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.IsDemo && o.Name == "Lunds kommun");
        var projectId = await db.Projects.IgnoreQueryFilters()
            .Where(p => p.IsDemo && p.OrganizationId == lund.Id && p.Name == LundPilot).Select(p => p.Id).SingleAsync();
        var sites = await db.PilotSites.IgnoreQueryFilters().AsNoTracking().Include(s => s.Unit).Where(s => s.ProjectId == projectId).ToListAsync();
        var occasions = await db.ReportingOccasions.IgnoreQueryFilters().AsNoTracking().Where(o => o.OrganizationId == lund.Id).ToListAsync();
        var kpis = await db.Kpis.IgnoreQueryFilters().AsNoTracking().Include(k => k.Measurements).Where(k => k.ProjectId == projectId).ToListAsync();
        var reports = await db.ProjectReports.IgnoreQueryFilters().AsNoTracking().AsSplitQuery()
            .Include(r => r.Recipients).ThenInclude(r => r.DecisionBody)
            .Include(r => r.ReportingOccasion)
            .Where(r => r.ProjectId == projectId).ToListAsync();
        return new Loaded(lund.Id, lund.KoladaMunicipalityId, projectId, sites, occasions, kpis, reports);
    });

    /// <summary>Every text of the demo follow-up, with where it is ("Kpi 3.Definition").</summary>
    public static IEnumerable<(string Where, string Text)> Texts(Loaded data)
    {
        foreach (var o in data.Occasions)
        {
            yield return ($"Occasion {o.Id}.Name", o.Name);
        }
        foreach (var k in data.Kpis)
        {
            foreach (var (field, text) in new[] { ("Name", k.Name), ("Definition", k.Definition), ("UnitLabel", k.UnitLabel), ("Source", k.Source), ("Method", k.Method) })
            {
                if (text is { Length: > 0 })
                {
                    yield return ($"Kpi {k.Id}.{field}", text);
                }
            }
            foreach (var m in k.Measurements)
            {
                foreach (var (field, text) in new[] { ("Comment", m.Comment), ("EnteredBy", m.EnteredBy) })
                {
                    if (text is { Length: > 0 })
                    {
                        yield return ($"Measurement {m.Id}.{field}", text);
                    }
                }
            }
        }
        foreach (var r in data.Reports)
        {
            if (r.Title is { Length: > 0 })
            {
                yield return ($"Report {r.Id}.Title", r.Title);
            }
            foreach (var recipient in r.Recipients.Where(x => x.Name is { Length: > 0 }))
            {
                yield return ($"Recipient {recipient.Id}.Name", recipient.Name!);
            }
        }
    }

    public static string Recipient(this ReportRecipient r) => r.DecisionBody?.Name ?? r.Name ?? "";
}
