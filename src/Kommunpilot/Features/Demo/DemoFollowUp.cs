using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Demo;

/// <summary>
/// The follow-up of the Lund pilot (001) as demo data: Lund's reporting calendar, the example KPIs and
/// measurements (<see cref="DemoFollowUpKpis"/>), and the reports 001 schedules – eight follow-up
/// reports, two evaluations and the final report – all planned, to be generated and adopted in the app.
/// </summary>
/// <remarks>
/// From 001: "Samtliga uppföljningsrapporter följer ordinarie tidpunkt för delårsrapporteringar,
/// novemberprognoser samt årsanalyser. Den första rapporteringen sker i maj 2022." Four occasions a year
/// over 2022–2023 make the "åtta uppföljningsrapporter". The first evaluation is carried out in January 2023
/// and reported in February 2023 (per 31 december, on the årsanalys), the second in August 2023 and
/// reported in September 2023 ("i samband med delårsrapportering 2"). The final report "ska vara fastställd
/// per den 30 januari 2024"; the project owner adopts it (L8), so it is not adopted here.
/// </remarks>
internal static class DemoFollowUp
{
    public const string LundName = "Lunds kommun";
    public const string ProjectName = "Samordnade servicetjänster";
    /// <summary>Lund's kommunkod, its id in Kolada.</summary>
    public const string LundKoladaId = "1281";
    public const string Committee = "Servicenämnden";

    /// <summary>Lund's reporting calendar: name, kind, per month/day, due month/day.</summary>
    private static readonly (string Name, ReportingOccasionKind Kind, int PerMonth, int PerDay, int DueMonth, int DueDay)[] Occasions =
    [
        ("Delårsrapport 1", ReportingOccasionKind.InterimReport, 4, 30, 5, 31),
        ("Delårsrapport 2", ReportingOccasionKind.InterimReport, 8, 31, 9, 30),
        ("Novemberprognos", ReportingOccasionKind.NovemberForecast, 10, 31, 11, 30),
        ("Årsanalys", ReportingOccasionKind.AnnualAnalysis, 12, 31, 2, 28),
    ];

    // Recipients as 001 names them: follow-up reports (section 2 and "Projektbeskrivning"), evaluations (L7), final report (L8).
    private static readonly string[] FollowUpRecipients =
        ["Berörda förvaltningars ledningsgrupper", "Serviceförvaltningens ledningsgrupp", Committee, "Kontaktpersoner på pilotverksamheterna"];
    private static readonly string[] EvaluationRecipients =
        ["Styrgrupp", "Berörda förvaltningar", "Serviceförvaltningens ledningsgrupp", Committee];

    /// <summary>
    /// Adds the follow-up to the Lund pilot; saves once. The caller holds the transaction. Occasions Lund
    /// already has (by name) are used as they are, and reports are added only when the project has none.
    /// </summary>
    public static async Task AddAsync(AppDbContext db, Organization lund, Project project, CancellationToken ct = default)
    {
        lund.KoladaMunicipalityId ??= LundKoladaId;

        var existing = await db.ReportingOccasions.IgnoreQueryFilters().Where(o => o.OrganizationId == lund.Id).ToListAsync(ct);
        var occasions = new List<ReportingOccasion>();
        for (var i = 0; i < Occasions.Length; i++)
        {
            var (name, kind, perMonth, perDay, dueMonth, dueDay) = Occasions[i];
            var occasion = existing.FirstOrDefault(o => o.Name == name);
            if (occasion is null)
            {
                occasion = new ReportingOccasion
                {
                    OrganizationId = lund.Id,
                    Name = name,
                    Kind = kind,
                    PerMonth = perMonth,
                    PerDay = perDay,
                    DueMonth = dueMonth,
                    DueDay = dueDay,
                    Order = i + 1,
                };
                db.ReportingOccasions.Add(occasion);
            }
            occasions.Add(occasion);
        }

        var sites = (await db.PilotSites.IgnoreQueryFilters().Include(s => s.Unit)
                .Where(s => s.ProjectId == project.Id).ToListAsync(ct))
            .OrderBy(s => s.Unit.Name, StringComparer.Ordinal)
            .ToList();
        db.Kpis.AddRange(DemoFollowUpKpis.Create(project, sites));

        if (!await db.ProjectReports.IgnoreQueryFilters().AnyAsync(r => r.ProjectId == project.Id, ct))
        {
            var committee = await db.DecisionBodies.IgnoreQueryFilters()
                .FirstOrDefaultAsync(d => d.OrganizationId == lund.Id && d.Name == Committee, ct);
            db.ProjectReports.AddRange(Reports(project, occasions, committee));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// For a database made before follow-up existed: adds the follow-up when the Lund demo pilot is there
    /// but has no KPIs yet. Does nothing otherwise, so it can run at every start.
    /// </summary>
    public static async Task<bool> AddIfMissingAsync(AppDbContext db, CancellationToken ct = default)
    {
        // First, not single: a start must not fail on data someone has doubled.
        var lund = await db.Organizations.IgnoreQueryFilters().Where(o => o.IsDemo && o.Name == LundName).OrderBy(o => o.Id).FirstOrDefaultAsync(ct);
        if (lund is null)
        {
            return false;
        }
        var project = await db.Projects.IgnoreQueryFilters()
            .Where(p => p.IsDemo && p.OrganizationId == lund.Id && p.Name == ProjectName).OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (project is null || await db.Kpis.IgnoreQueryFilters().AnyAsync(k => k.ProjectId == project.Id, ct))
        {
            return false;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AddAsync(db, lund, project, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    private static IEnumerable<ProjectReport> Reports(Project project, List<ReportingOccasion> occasions, DecisionBody? committee)
    {
        var number = 0;
        foreach (var year in new[] { 2022, 2023 })
        {
            foreach (var occasion in occasions)
            {
                yield return NewReport(project, ReportKind.FollowUp, ++number, occasion, Per(occasion, year), Due(occasion, year), FollowUpRecipients, committee);
            }
        }
        var annual = occasions[3];
        var interim2 = occasions[1];
        yield return NewReport(project, ReportKind.Evaluation, 1, annual, new DateOnly(2022, 12, 31), new DateOnly(2023, 2, 28), EvaluationRecipients, committee);
        yield return NewReport(project, ReportKind.Evaluation, 2, interim2, new DateOnly(2023, 8, 31), new DateOnly(2023, 9, 30), EvaluationRecipients, committee);
        yield return NewReport(project, ReportKind.Final, 1, null, new DateOnly(2023, 12, 31), new DateOnly(2024, 1, 30), EvaluationRecipients, committee);
    }

    private static DateOnly Per(ReportingOccasion o, int year) => new(year, o.PerMonth, o.PerDay);

    /// <summary>A due date earlier in the year than the per date falls in the next year (årsanalys in February).</summary>
    private static DateOnly Due(ReportingOccasion o, int year) =>
        new(o.DueMonth < o.PerMonth || (o.DueMonth == o.PerMonth && o.DueDay < o.PerDay) ? year + 1 : year, o.DueMonth, o.DueDay);

    private static ProjectReport NewReport(Project project, ReportKind kind, int number, ReportingOccasion? occasion, DateOnly periodEnd,
        DateOnly due, string[] recipients, DecisionBody? committee)
    {
        var report = new ProjectReport
        {
            ProjectId = project.Id,
            Kind = kind,
            Number = number,
            ReportingOccasion = occasion,
            PeriodEnd = periodEnd,
            DueDate = due,
            Status = ReportStatus.Planned,
            IsExample = true,
        };
        for (var i = 0; i < recipients.Length; i++)
        {
            var body = recipients[i] == Committee ? committee : null;
            report.Recipients.Add(new ReportRecipient
            {
                ProjectId = project.Id,
                DecisionBody = body,
                Name = body is null ? recipients[i] : null,
                Order = i + 1,
            });
        }
        return report;
    }
}
