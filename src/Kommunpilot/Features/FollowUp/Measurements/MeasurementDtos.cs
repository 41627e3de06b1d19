using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>A measurement as the API gives it.</summary>
public sealed record MeasurementDto(
    int Id,
    int KpiId,
    string Kpi,
    int? PilotSiteId,
    string? PilotSite,
    [property: Description("Periodens nyckel, t.ex. 2022-T1, 2022-05, 2022-Q2, 2022-H1 eller 2022.")] string Period,
    [property: Description("Periodens namn, t.ex. tertial 1 2022.")] string PeriodLabel,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    decimal Value,
    [property: Description("Enheten som värdet skrivs med: %, kr, st, h, dagar, index eller nyckeltalets egen.")] string Unit,
    string? Comment,
    string? EnteredBy,
    DateTime EnteredAt,
    Guid Version,
    [property: Description("Fastställda rapporter som använde värdet; de ändras inte när värdet ändras.")] IReadOnlyList<string> UsedInAdoptedReports)
{
    public static MeasurementDto Of(MeasurementRow r, IReadOnlyList<string>? reports = null) =>
        new(r.Id, r.KpiId, r.Kpi, r.PilotSiteId, r.PilotSite, r.Period.Key, r.Period.Label(CultureInfo.GetCultureInfo("sv-SE")), r.PeriodStart, r.PeriodEnd,
            r.Value, r.Symbol, r.Comment, r.EnteredBy, r.EnteredAt, r.Version, reports ?? []);
}

public sealed record MeasurementPage(IReadOnlyList<MeasurementDto> Items, int Page, int PageSize, int Total);

/// <summary>409: a value for the same KPI, site and period exists, or the value changed since it was read. Nothing was written.</summary>
public sealed record MeasurementConflictProblem(string Type, string Title, int Status, string Detail, MeasurementDto? Existing, string? TraceId);

/// <summary>A new measurement.</summary>
public sealed class NewMeasurement
{
    [Display(Name = "Nyckeltal"), Description("Nyckeltalets id.")]
    public int? KpiId { get; set; }

    [Display(Name = "Pilotverksamhet"), Description("Pilotverksamhetens id; tomt för ett nyckeltal för hela projektet (och valfritt för ett nyckeltal för en pilotverksamhet).")]
    public int? PilotSiteId { get; set; }

    [Display(Name = "Period"), Description("Periodens nyckel (2022-T1) eller som man skriver den (T1 2022, tertial 1 2022, maj 2022, ett datum i perioden).")]
    public string? Period { get; set; }

    [Display(Name = "Värde"), Description("Ett tal (85.5), eller en text med svenskt decimaltecken och gärna nyckeltalets enhet (\"85,5 %\", \"1 200 kr\").")]
    public JsonElement? Value { get; set; }

    [Display(Name = "Kommentar"), StringLength(MeasurementRules.CommentMax)]
    public string? Comment { get; set; }
}

/// <summary>A change of a measurement: the value and comment (both sent; a missing comment is emptied), optionally a new site or period, and the version read.</summary>
public sealed class MeasurementUpdate
{
    [Display(Name = "Pilotverksamhet"), Description("Ny pilotverksamhet; utelämnas för att behålla den.")]
    public int? PilotSiteId { get; set; }

    [Display(Name = "Period"), Description("Ny period; utelämnas för att behålla den.")]
    public string? Period { get; set; }

    [Display(Name = "Värde")]
    public JsonElement? Value { get; set; }

    [Display(Name = "Kommentar"), StringLength(MeasurementRules.CommentMax)]
    public string? Comment { get; set; }

    [Display(Name = "Version"), Description("Versionen som lästes; är den inte längre aktuell blir svaret 409.")]
    public Guid? Version { get; set; }
}

internal static class JsonValue
{
    /// <summary>A JSON value as the rules take it: a number as a number, a text as typed; anything else is an error.</summary>
    public static (string? Text, decimal? Number, bool Ok) Read(JsonElement? value) => value switch
    {
        null => (null, null, true),
        { ValueKind: JsonValueKind.Null } => (null, null, true),
        { ValueKind: JsonValueKind.String } v => (v.GetString(), null, true),
        { ValueKind: JsonValueKind.Number } v => v.TryGetDecimal(out var d) ? (null, d, true) : (null, null, false),
        _ => (null, null, false),
    };
}
