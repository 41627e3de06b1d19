using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.FollowUp;

/// <summary>The four areas 001 names; <see cref="Own"/> means one of the organisation's own <see cref="KpiArea"/>s.</summary>
public enum KpiAreaKind
{
    CustomerSatisfactionAndQuality,
    Economy,
    WorkEnvironment,
    Efficiency,
    Own,
}

/// <summary>Ledande (measures what leads to the goal) or eftersläpande (measures the effect).</summary>
public enum KpiKind
{
    Leading,
    Lagging,
}

public enum KpiDirection
{
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>How often a KPI is measured; each measurement covers one such period.</summary>
public enum KpiFrequency
{
    Monthly,
    Quarterly,
    /// <summary>Tertial: januari–april, maj–augusti, september–december (the delårsrapport periods).</summary>
    Tertial,
    HalfYearly,
    Yearly,
}

/// <summary>What a KPI's values are measured in. <see cref="Other"/> uses <see cref="Kpi.UnitLabel"/>.</summary>
public enum KpiUnit
{
    Percent,
    Count,
    Kronor,
    Hours,
    Days,
    Index,
    Other,
}

/// <summary>Measured once for the whole project, at every pilot site, or at one pilot site.</summary>
public enum KpiScope
{
    Project,
    AllPilotSites,
    OnePilotSite,
}

/// <summary>An organisation's own KPI area, beside the four standard ones.</summary>
public class KpiArea : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string Name { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A nyckeltal of a project (001: "nyckeltal ... per pilotverksamhet").</summary>
public class Kpi : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public required string Name { get; set; }
    public string? Definition { get; set; }
    public KpiAreaKind Area { get; set; }
    /// <summary>Set exactly when <see cref="Area"/> is <see cref="KpiAreaKind.Own"/>.</summary>
    public int? OwnAreaId { get; set; }
    public KpiArea? OwnArea { get; set; }
    public KpiKind Kind { get; set; }
    public KpiUnit Unit { get; set; }
    /// <summary>The unit's name when <see cref="Unit"/> is <see cref="KpiUnit.Other"/>, e.g. "besök".</summary>
    public string? UnitLabel { get; set; }
    /// <summary>Decimals shown and accepted (0 for whole numbers).</summary>
    public int Decimals { get; set; } = 1;
    /// <summary>The lowest and highest value that makes sense; a percentage is 0–100 unless said otherwise.</summary>
    public decimal? MinValue { get; set; }
    public decimal? MaxValue { get; set; }
    public KpiDirection Direction { get; set; }
    public decimal? BaselineValue { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public decimal? TargetValue { get; set; }
    public DateOnly? TargetDate { get; set; }
    /// <summary>Verifikationskälla: where the figures come from.</summary>
    public string? Source { get; set; }
    /// <summary>How the figures are collected or computed.</summary>
    public string? Method { get; set; }
    public KpiFrequency Frequency { get; set; }
    /// <summary>The KPI's life: measurements must fall inside it. Empty means the project's dates.</summary>
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public KpiScope Scope { get; set; }
    /// <summary>Set exactly when <see cref="Scope"/> is <see cref="KpiScope.OnePilotSite"/>.</summary>
    public int? PilotSiteId { get; set; }
    public PilotSite? PilotSite { get; set; }
    /// <summary>The same measure in Kolada, e.g. "N00945".</summary>
    public string? KoladaKpiId { get; set; }
    /// <summary>What the municipality is compared with in Kolada: a municipality id ("0000" is Riket) or a group id.</summary>
    public string? KoladaComparisonId { get; set; }
    public int Order { get; set; }
    public bool IsExample { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<Measurement> Measurements { get; } = [];
}

/// <summary>A KPI's value for one period, for the project or one pilot site. Never two for the same KPI, site and period.</summary>
public class Measurement : IVersioned, IProjectPart
{
    public int Id { get; set; }
    /// <summary>The KPI's project, kept here so the project's query filter and history apply directly.</summary>
    public int ProjectId { get; set; }
    public int KpiId { get; set; }
    public Kpi Kpi { get; set; } = null!;
    /// <summary>Null for a project-wide KPI.</summary>
    public int? PilotSiteId { get; set; }
    public PilotSite? PilotSite { get; set; }
    /// <summary>First and last day of the period (see <see cref="KpiPeriod"/>).</summary>
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public decimal Value { get; set; }
    public string? Comment { get; set; }
    public string? EnteredBy { get; set; }
    public string? EnteredByUserId { get; set; }
    public DateTime EnteredAt { get; set; }
    public bool IsExample { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>
/// One figure from Kolada's published data (an element of a <c>values</c> array of
/// <c>/v2/data/kpi/...</c>), imported by an organisation. Public data; re-importing replaces it.
/// </summary>
public class KoladaValue : IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string KpiId { get; set; }
    /// <summary>Kolada's municipality or group id, e.g. "1281" (Lund) or "0000" (Riket).</summary>
    public required string MunicipalityId { get; set; }
    public int Period { get; set; }
    /// <summary>"T" (totalt), "K" or "M".</summary>
    public required string Gender { get; set; }
    public decimal? Value { get; set; }
    public string? Status { get; set; }
    public DateTime ImportedAt { get; set; }
    public string? ImportedBy { get; set; }
    public string? SourceFile { get; set; }
}

/// <summary>The kinds of reporting occasion in the municipal year.</summary>
public enum ReportingOccasionKind
{
    /// <summary>Delårsrapport, e.g. per 30 april and per 31 augusti.</summary>
    InterimReport,
    NovemberForecast,
    AnnualAnalysis,
    Own,
}

/// <summary>
/// One occasion of an organisation's yearly reporting calendar: the figures are taken "per" a day
/// (30 april) and the report is due on another (in May). Both recur every year; a due date earlier in
/// the year than the per date falls in the next year (årsanalys per 31 december, due in February).
/// </summary>
public class ReportingOccasion : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string Name { get; set; }
    public ReportingOccasionKind Kind { get; set; }
    public int PerMonth { get; set; }
    public int PerDay { get; set; }
    public int DueMonth { get; set; }
    public int DueDay { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ReportKind
{
    /// <summary>Uppföljningsrapport, numbered 1..n.</summary>
    FollowUp,
    /// <summary>Utvärderingsrapport.</summary>
    Evaluation,
    /// <summary>Slutrapport.</summary>
    Final,
}

public enum ReportStatus
{
    /// <summary>Scheduled, nothing written yet.</summary>
    Planned,
    /// <summary>Texts are being written; the data parts follow the data.</summary>
    Draft,
    /// <summary>Fastställd: frozen in <see cref="ProjectReport.Snapshot"/>.</summary>
    Adopted,
}

/// <summary>A follow-up report, an evaluation or the final report of a project.</summary>
public class ProjectReport : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project Project { get; set; } = null!;
    public ReportKind Kind { get; set; }
    /// <summary>1..n within the project and kind.</summary>
    public int Number { get; set; }
    public string? Title { get; set; }
    public int? ReportingOccasionId { get; set; }
    public ReportingOccasion? ReportingOccasion { get; set; }
    /// <summary>The figures are taken per this day (the end of the period the report covers).</summary>
    public DateOnly? PeriodEnd { get; set; }
    public DateOnly DueDate { get; set; }
    public ReportStatus Status { get; set; }
    public string? AdoptedBy { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public DateTime? AdoptedAt { get; set; }
    public string? AdoptedByUserId { get; set; }
    /// <summary>The whole report as adopted (JSON of <see cref="Reports.ReportContent"/>); null until adopted.</summary>
    public string? Snapshot { get; set; }
    public bool IsExample { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<ReportRecipient> Recipients { get; } = [];
    public List<ReportSection> Sections { get; } = [];
}

/// <summary>Who receives a report: a decision body of the organisation, or a named group (ledningsgrupp, kontaktpersoner).</summary>
public class ReportRecipient : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int ReportId { get; set; }
    public ProjectReport Report { get; set; } = null!;
    public int? DecisionBodyId { get; set; }
    public DecisionBody? DecisionBody { get; set; }
    /// <summary>The recipient's name when it is not a decision body.</summary>
    public string? Name { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>
/// A section of a report: its <see cref="Key"/> names what the data part is (see
/// <see cref="Reports.ReportSectionKeys"/>; a later feature adds its own key), and <see cref="Text"/>
/// is what the project leader writes in it.
/// </summary>
public class ReportSection : IVersioned, IProjectPart
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int ReportId { get; set; }
    public ProjectReport Report { get; set; } = null!;
    public required string Key { get; set; }
    public required string Title { get; set; }
    public string? Text { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Which measurements an adopted report was built from, so editing one can warn that the report stays as adopted.</summary>
public class ReportMeasurementUse
{
    public int ReportId { get; set; }
    public ProjectReport Report { get; set; } = null!;
    public int MeasurementId { get; set; }
    public Measurement Measurement { get; set; } = null!;
}
