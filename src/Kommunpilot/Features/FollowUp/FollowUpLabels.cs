namespace Kommunpilot.Features.FollowUp;

/// <summary>
/// The Swedish names of follow-up's choices. They are keys into <see cref="FollowUpTexts"/>: pages show
/// them through the localizer (<c>F[FollowUpLabels.Of(x)]</c>); Word and Excel use them as they are.
/// </summary>
public static class FollowUpLabels
{
    public static string Of(KpiAreaKind a) => a switch
    {
        KpiAreaKind.CustomerSatisfactionAndQuality => "Kundnöjdhet och kvalitet",
        KpiAreaKind.Economy => "Ekonomi",
        KpiAreaKind.WorkEnvironment => "Arbetsmiljö",
        KpiAreaKind.Efficiency => "Effektivitet",
        KpiAreaKind.Own => "Eget område",
        _ => a.ToString(),
    };

    public static string Of(KpiKind k) => k switch
    {
        KpiKind.Leading => "Ledande",
        KpiKind.Lagging => "Eftersläpande",
        _ => k.ToString(),
    };

    public static string Of(KpiDirection d) => d switch
    {
        KpiDirection.HigherIsBetter => "Högre är bättre",
        KpiDirection.LowerIsBetter => "Lägre är bättre",
        _ => d.ToString(),
    };

    public static string Of(KpiFrequency f) => f switch
    {
        KpiFrequency.Monthly => "Varje månad",
        KpiFrequency.Quarterly => "Varje kvartal",
        KpiFrequency.Tertial => "Varje tertial",
        KpiFrequency.HalfYearly => "Varje halvår",
        KpiFrequency.Yearly => "Varje år",
        _ => f.ToString(),
    };

    public static string Of(KpiUnit u) => u switch
    {
        KpiUnit.Percent => "Procent",
        KpiUnit.Count => "Antal",
        KpiUnit.Kronor => "Kronor",
        KpiUnit.Hours => "Timmar",
        KpiUnit.Days => "Dagar",
        KpiUnit.Index => "Index",
        KpiUnit.Other => "Annan enhet",
        _ => u.ToString(),
    };

    /// <summary>The short unit written after a value: "%", "st", "kr", "h", "dagar", "index" or the KPI's own.</summary>
    public static string Symbol(KpiUnit u, string? label) => u switch
    {
        KpiUnit.Percent => "%",
        KpiUnit.Count => "st",
        KpiUnit.Kronor => "kr",
        KpiUnit.Hours => "h",
        KpiUnit.Days => "dagar",
        KpiUnit.Index => "index",
        _ => label ?? "",
    };

    public static string Of(KpiScope s) => s switch
    {
        KpiScope.Project => "Hela projektet",
        KpiScope.AllPilotSites => "Varje pilotverksamhet",
        KpiScope.OnePilotSite => "En pilotverksamhet",
        _ => s.ToString(),
    };

    public static string Of(KpiTrackStatus s) => s switch
    {
        KpiTrackStatus.OnTrack => "I fas",
        KpiTrackStatus.AtRisk => "Risk",
        KpiTrackStatus.OffTrack => "Ur fas",
        KpiTrackStatus.Unknown => "Ingen bedömning",
        _ => s.ToString(),
    };

    public static string Of(ReportingOccasionKind k) => k switch
    {
        ReportingOccasionKind.InterimReport => "Delårsrapport",
        ReportingOccasionKind.NovemberForecast => "Novemberprognos",
        ReportingOccasionKind.AnnualAnalysis => "Årsanalys",
        ReportingOccasionKind.Own => "Eget tillfälle",
        _ => k.ToString(),
    };

    public static string Of(ReportKind k) => k switch
    {
        ReportKind.FollowUp => "Uppföljningsrapport",
        ReportKind.Evaluation => "Utvärderingsrapport",
        ReportKind.Final => "Slutrapport",
        _ => k.ToString(),
    };

    public static string Of(ReportStatus s) => s switch
    {
        ReportStatus.Planned => "Planerad",
        ReportStatus.Draft => "Utkast",
        ReportStatus.Adopted => "Fastställd",
        _ => s.ToString(),
    };
}
