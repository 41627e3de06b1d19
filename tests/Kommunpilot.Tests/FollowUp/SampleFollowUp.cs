using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Tests.FollowUp;

/// <summary>What <see cref="SampleFollowUp.AddAsync"/> made, by id.</summary>
public sealed record SampleFollowUpIds(
    int ProjectId,
    int SiteA,
    int SiteB,
    string SiteAName,
    string SiteBName,
    int SatisfactionKpi,
    int CostKpi,
    int OneSiteKpi,
    int FollowUpReport1,
    int FollowUpReport2,
    int Evaluation1,
    int InterimOccasion);

/// <summary>
/// A small but complete follow-up for tests, in a new project 2022-01-01–2023-12-31 of the given
/// organisation: two pilot sites; a satisfaction KPI (percent, higher is better, per tertial, at every
/// site, baseline 70 on 2022-01-01, target 85 on 2023-12-31) with values for 2022-T1..T3 at both sites;
/// a project-wide yearly cost KPI (kronor, lower is better, baseline 1 000 000, target 900 000) with 2022's
/// value; a KPI measured at site A only (count, monthly, no target). The organisation gets a reporting
/// occasion "Delårsrapport 1 {tag}" (per 30 april, due 31 maj); the project two follow-up reports (planned,
/// per 2022-04-30 and 2022-08-31) and one evaluation, without sections. Names carry <paramref name="tag"/>.
/// Shared with the browser tests.
/// </summary>
public static class SampleFollowUp
{
    public static async Task<SampleFollowUpIds> AddAsync(AppDbContext db, int organizationId, string tag)
    {
        var department = new Department { OrganizationId = organizationId, Name = $"Serviceförvaltningen {tag}" };
        var unitA = new Unit { OrganizationId = organizationId, Department = department, Name = $"Förskolan Solen {tag}" };
        var unitB = new Unit { OrganizationId = organizationId, Department = department, Name = $"Äldreboendet Linden {tag}" };
        var project = new Project
        {
            OrganizationId = organizationId,
            Name = $"Uppföljningsprojekt {tag}",
            StartDate = new DateOnly(2022, 1, 1),
            EndDate = new DateOnly(2023, 12, 31),
            Status = ProjectStatus.Ongoing,
        };
        project.Owners.Add(new ProjectOwner { OrganizationId = organizationId });
        var siteA = new PilotSite { Project = project, Unit = unitA };
        var siteB = new PilotSite { Project = project, Unit = unitB };
        project.PilotSites.Add(siteA);
        project.PilotSites.Add(siteB);
        project.Deliverables.Add(new Deliverable { Code = "L1", Description = "Uppföljningsrapporter", Status = WorkStatus.InProgress, DueDate = new DateOnly(2023, 12, 31) });
        project.Milestones.Add(new Milestone { Decision = "Fastställda nyckeltal och uppföljningsmetoder", Date = new DateOnly(2022, 3, 1), Status = WorkStatus.Done, Order = 1 });
        db.Projects.Add(project);
        // Measurements and recipients carry the project's id, so the project is saved first.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();

        var satisfaction = new Kpi
        {
            Project = project,
            Name = $"Nöjda verksamheter {tag}",
            Definition = "Andel av pilotverksamhetens medarbetare som är nöjda med servicen.",
            Area = KpiAreaKind.CustomerSatisfactionAndQuality,
            Kind = KpiKind.Lagging,
            Unit = KpiUnit.Percent,
            Decimals = 0,
            Direction = KpiDirection.HigherIsBetter,
            BaselineValue = 70,
            BaselineDate = new DateOnly(2022, 1, 1),
            TargetValue = 85,
            TargetDate = new DateOnly(2023, 12, 31),
            Source = "Enkät till pilotverksamheterna",
            Frequency = KpiFrequency.Tertial,
            Scope = KpiScope.AllPilotSites,
            Order = 1,
        };
        var cost = new Kpi
        {
            Project = project,
            Name = $"Kostnad för servicetjänster {tag}",
            Area = KpiAreaKind.Economy,
            Kind = KpiKind.Lagging,
            Unit = KpiUnit.Kronor,
            Decimals = 0,
            MinValue = 0,
            Direction = KpiDirection.LowerIsBetter,
            BaselineValue = 1_000_000,
            BaselineDate = new DateOnly(2022, 1, 1),
            TargetValue = 900_000,
            TargetDate = new DateOnly(2023, 12, 31),
            Frequency = KpiFrequency.Yearly,
            Scope = KpiScope.Project,
            Order = 2,
        };
        var oneSite = new Kpi
        {
            Project = project,
            Name = $"Avvikelser {tag}",
            Area = KpiAreaKind.WorkEnvironment,
            Kind = KpiKind.Leading,
            Unit = KpiUnit.Count,
            Decimals = 0,
            MinValue = 0,
            Direction = KpiDirection.LowerIsBetter,
            Frequency = KpiFrequency.Monthly,
            Scope = KpiScope.OnePilotSite,
            PilotSite = siteA,
            Order = 3,
        };
        db.Kpis.AddRange(satisfaction, cost, oneSite);
        var values = new (PilotSite Site, int Tertial, decimal Value)[]
        {
            (siteA, 1, 72), (siteA, 2, 75), (siteA, 3, 79),
            (siteB, 1, 68), (siteB, 2, 66), (siteB, 3, 70),
        };
        foreach (var (site, tertial, value) in values)
        {
            var period = new KpiPeriod(KpiFrequency.Tertial, new DateOnly(2022, (tertial - 1) * 4 + 1, 1));
            db.Measurements.Add(new Measurement
            {
                ProjectId = project.Id,
                Kpi = satisfaction,
                PilotSite = site,
                PeriodStart = period.Start,
                PeriodEnd = period.End,
                Value = value,
                EnteredBy = "Testdata",
                EnteredAt = DateTime.UtcNow,
            });
        }
        db.Measurements.Add(new Measurement
        {
            ProjectId = project.Id,
            Kpi = cost,
            PeriodStart = new DateOnly(2022, 1, 1),
            PeriodEnd = new DateOnly(2022, 12, 31),
            Value = 960_000,
            EnteredBy = "Testdata",
            EnteredAt = DateTime.UtcNow,
        });

        var occasion = new ReportingOccasion
        {
            OrganizationId = organizationId,
            Name = $"Delårsrapport 1 {tag}",
            Kind = ReportingOccasionKind.InterimReport,
            PerMonth = 4,
            PerDay = 30,
            DueMonth = 5,
            DueDay = 31,
        };
        db.ReportingOccasions.Add(occasion);
        var report1 = new ProjectReport { Project = project, Kind = ReportKind.FollowUp, Number = 1, ReportingOccasion = occasion, PeriodEnd = new DateOnly(2022, 4, 30), DueDate = new DateOnly(2022, 5, 31) };
        var report2 = new ProjectReport { Project = project, Kind = ReportKind.FollowUp, Number = 2, PeriodEnd = new DateOnly(2022, 8, 31), DueDate = new DateOnly(2022, 9, 30) };
        var evaluation = new ProjectReport { Project = project, Kind = ReportKind.Evaluation, Number = 1, PeriodEnd = new DateOnly(2022, 12, 31), DueDate = new DateOnly(2023, 2, 28) };
        report1.Recipients.Add(new ReportRecipient { ProjectId = project.Id, Name = "Serviceförvaltningens ledningsgrupp", Order = 1 });
        db.ProjectReports.AddRange(report1, report2, evaluation);

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new SampleFollowUpIds(project.Id, siteA.Id, siteB.Id, unitA.Name, unitB.Name, satisfaction.Id, cost.Id, oneSite.Id,
            report1.Id, report2.Id, evaluation.Id, occasion.Id);
    }
}
