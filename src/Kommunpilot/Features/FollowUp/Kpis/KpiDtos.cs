using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Kommunpilot.Features.Projects.Api;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>One measured value of a KPI, as <c>GET /api/projects/{id}/kpis</c> gives it.</summary>
public sealed record KpiMeasurementDto(
    int Id,
    [property: Description("Periodens nyckel: 2022-05, 2022-Q2, 2022-T1, 2022-H1 eller 2022.")] string PeriodKey,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    [property: Description("Null för ett nyckeltal som mäts för hela projektet.")] int? PilotSiteId,
    string? PilotSiteName,
    decimal Value,
    string? Comment,
    string? EnteredBy,
    DateTime EnteredAt,
    bool IsExample,
    Guid Version);

/// <summary>Where one line of a KPI (a pilot site, or the project) stands at its latest value.</summary>
public sealed record KpiStandingDto(
    int? PilotSiteId,
    string Name,
    string? LatestPeriodKey,
    decimal? LatestValue,
    decimal? FirstValue,
    [property: Description("Värdet som förväntas vid den senaste periodens slut enligt statusregeln.")] decimal? Expected,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiTrackStatus>))] KpiTrackStatus Status);

/// <summary>A KPI with every field, its names, its status against target and its measurements.</summary>
public sealed record KpiDto(
    int Id,
    int ProjectId,
    string Name,
    string? Definition,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiAreaKind>))] KpiAreaKind Area,
    int? OwnAreaId,
    [property: Description("Områdets namn: ett av de fyra standardområdena eller organisationens eget.")] string AreaName,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiKind>))] KpiKind Kind,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiUnit>))] KpiUnit Unit,
    string? UnitLabel,
    [property: Description("Enheten som den skrivs efter ett värde: %, st, kr, h, dagar, index eller den egna.")] string UnitSymbol,
    int Decimals,
    decimal? MinValue,
    decimal? MaxValue,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiDirection>))] KpiDirection Direction,
    decimal? BaselineValue,
    DateOnly? BaselineDate,
    decimal? TargetValue,
    DateOnly? TargetDate,
    string? Source,
    string? Method,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiFrequency>))] KpiFrequency Frequency,
    DateOnly? StartDate,
    DateOnly? EndDate,
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiScope>))] KpiScope Scope,
    int? PilotSiteId,
    string? PilotSiteName,
    string? KoladaKpiId,
    string? KoladaComparisonId,
    int Order,
    bool IsExample,
    Guid Version,
    [property: Description("Det sämsta av linjernas status vid deras senaste värde (Unknown utan värden eller mål).")]
    [property: JsonConverter(typeof(JsonStringEnumConverter<KpiTrackStatus>))] KpiTrackStatus Status,
    [property: Description("Regeln för status, i ord.")] string StatusRule,
    IReadOnlyList<KpiStandingDto> Standings,
    IReadOnlyList<KpiMeasurementDto> Measurements);

/// <summary>
/// A KPI as a program sends it (<c>POST /api/projects/{id}/kpis</c> and <c>PUT /api/kpis/{id}</c>). Send
/// every field: on PUT, a field left out is cleared. The same rules as the form apply.
/// </summary>
public sealed class KpiInput
{
    [Display(Name = "Namn")]
    [Description("Krävs; unikt i projektet.")]
    [StringLength(KpiRules.NameMax)]
    public string? Name { get; set; }

    [Display(Name = "Definition")]
    [StringLength(KpiRules.TextMax)]
    public string? Definition { get; set; }

    [Display(Name = "Område")]
    [Description("CustomerSatisfactionAndQuality, Economy, WorkEnvironment, Efficiency eller Own (då med ownAreaId). Krävs.")]
    [JsonConverter(typeof(JsonStringEnumConverter<KpiAreaKind>))]
    public KpiAreaKind? Area { get; set; }

    [Display(Name = "Eget område")]
    [Description("Id för ett av projektets organisations egna områden, när area är Own.")]
    public int? OwnAreaId { get; set; }

    [Display(Name = "Typ")]
    [Description("Leading (ledande) eller Lagging (eftersläpande). Krävs.")]
    [JsonConverter(typeof(JsonStringEnumConverter<KpiKind>))]
    public KpiKind? Kind { get; set; }

    [Display(Name = "Enhet")]
    [Description("Percent, Count, Kronor, Hours, Days, Index eller Other (då med unitLabel). Krävs.")]
    [JsonConverter(typeof(JsonStringEnumConverter<KpiUnit>))]
    public KpiUnit? Unit { get; set; }

    [Display(Name = "Enhetens namn")]
    [StringLength(KpiRules.UnitLabelMax)]
    public string? UnitLabel { get; set; }

    [Display(Name = "Antal decimaler")]
    [Description("0–4; 1 om inget anges.")]
    public int? Decimals { get; set; }

    [Display(Name = "Lägsta värde")]
    [Description("En procentsats är 0–100 om inget annat anges.")]
    public decimal? MinValue { get; set; }

    [Display(Name = "Högsta värde")]
    public decimal? MaxValue { get; set; }

    [Display(Name = "Riktning")]
    [Description("HigherIsBetter eller LowerIsBetter. Krävs.")]
    [JsonConverter(typeof(JsonStringEnumConverter<KpiDirection>))]
    public KpiDirection? Direction { get; set; }

    [Display(Name = "Utgångsvärde")]
    public decimal? BaselineValue { get; set; }

    [Display(Name = "Utgångsvärdets datum")]
    [Description("Före måldatumet.")]
    public DateOnly? BaselineDate { get; set; }

    [Display(Name = "Målvärde")]
    public decimal? TargetValue { get; set; }

    [Display(Name = "Måldatum")]
    [Description("Inom nyckeltalets livslängd.")]
    public DateOnly? TargetDate { get; set; }

    [Display(Name = "Verifikationskälla")]
    [StringLength(KpiRules.TextMax)]
    public string? Source { get; set; }

    [Display(Name = "Metod")]
    [StringLength(KpiRules.TextMax)]
    public string? Method { get; set; }

    [Display(Name = "Frekvens")]
    [Description("Monthly, Quarterly, Tertial, HalfYearly eller Yearly. Krävs.")]
    [JsonConverter(typeof(JsonStringEnumConverter<KpiFrequency>))]
    public KpiFrequency? Frequency { get; set; }

    [Display(Name = "Mäts från")]
    [Description("Nyckeltalets livslängd; tomt betyder projektets startdatum.")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Mäts till")]
    [Description("Tomt betyder projektets slutdatum.")]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Mäts för")]
    [Description("Project, AllPilotSites eller OnePilotSite (då med pilotSiteId). Krävs.")]
    [JsonConverter(typeof(JsonStringEnumConverter<KpiScope>))]
    public KpiScope? Scope { get; set; }

    [Display(Name = "Pilotverksamhet")]
    public int? PilotSiteId { get; set; }

    [Display(Name = "Kolada-id")]
    [Description("En bokstav och fem siffror, t.ex. N00945.")]
    [StringLength(20)]
    public string? KoladaKpiId { get; set; }

    [Display(Name = "Jämförelse i Kolada")]
    [Description("Kommun-id med fyra siffror (0000 är Riket) eller grupp-id som G12345.")]
    [StringLength(20)]
    public string? KoladaComparisonId { get; set; }

    [Display(Name = "Exempelvärden")]
    public bool? IsExample { get; set; }

    [Display(Name = "Version")]
    [Description("Vid PUT: den version du läste. Har någon annan sparat sedan dess blir svaret 409.")]
    public Guid? Version { get; set; }
}

/// <summary>
/// 409 Conflict: someone saved or deleted the KPI after the caller read it. Nothing was written.
/// To overwrite deliberately, send again with <see cref="CurrentVersion"/>.
/// </summary>
public sealed record KpiConflictProblem(
    string Type,
    string Title,
    int Status,
    string Detail,
    Guid CurrentVersion,
    KpiDto Current,
    IReadOnlyList<ConflictChange> Changes,
    string? TraceId);
