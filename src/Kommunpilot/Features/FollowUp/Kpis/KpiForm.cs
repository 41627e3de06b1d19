using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Kommunpilot.Features.Projects.Parts;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// The add and edit form of a KPI. The rules are <see cref="KpiRules"/>, shared with the API; numbers
/// are text here so that "1,5" and "1.5" both work and a wrong one keeps what was typed.
/// </summary>
public sealed class KpiForm
{
    [Display(Name = "Namn")]
    public string? Name { get; set; }

    [Display(Name = "Definition")]
    public string? Definition { get; set; }

    [Display(Name = "Område")]
    public KpiAreaKind Area { get; set; }

    [Display(Name = "Eget område")]
    public int? OwnAreaId { get; set; }

    /// <summary>
    /// The area as one choice, as the form's single select sends it: a standard area's name
    /// ("Economy") or an own area as "Own-{id}".
    /// </summary>
    [Display(Name = "Område")]
    public string AreaChoice
    {
        get => Area == KpiAreaKind.Own ? $"{KpiAreaKind.Own}-{OwnAreaId}" : Area.ToString();
        set
        {
            var own = $"{KpiAreaKind.Own}-";
            if (value?.StartsWith(own, StringComparison.Ordinal) == true)
            {
                Area = KpiAreaKind.Own;
                OwnAreaId = int.TryParse(value[own.Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
            }
            else if (Enum.TryParse<KpiAreaKind>(value, out var area) && Enum.IsDefined(area) && area != KpiAreaKind.Own)
            {
                Area = area;
                OwnAreaId = null;
            }
            else
            {
                Area = KpiAreaKind.Own;
                OwnAreaId = null;
            }
        }
    }

    [Display(Name = "Typ")]
    public KpiKind Kind { get; set; }

    [Display(Name = "Enhet")]
    public KpiUnit Unit { get; set; }

    [Display(Name = "Enhetens namn")]
    public string? UnitLabel { get; set; }

    [Display(Name = "Antal decimaler")]
    public string? Decimals { get; set; }

    [Display(Name = "Lägsta värde")]
    public string? MinValue { get; set; }

    [Display(Name = "Högsta värde")]
    public string? MaxValue { get; set; }

    [Display(Name = "Riktning")]
    public KpiDirection Direction { get; set; }

    [Display(Name = "Utgångsvärde")]
    public string? BaselineValue { get; set; }

    [Display(Name = "Utgångsvärdets datum")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? BaselineDate { get; set; }

    [Display(Name = "Målvärde")]
    public string? TargetValue { get; set; }

    [Display(Name = "Måldatum")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? TargetDate { get; set; }

    [Display(Name = "Verifikationskälla")]
    public string? Source { get; set; }

    [Display(Name = "Metod")]
    public string? Method { get; set; }

    [Display(Name = "Frekvens")]
    public KpiFrequency Frequency { get; set; }

    [Display(Name = "Mäts från")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Mäts till")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? EndDate { get; set; }

    [Display(Name = "Mäts för")]
    public KpiScope Scope { get; set; }

    [Display(Name = "Pilotverksamhet")]
    public int? PilotSiteId { get; set; }

    [Display(Name = "Kolada-id")]
    public string? KoladaKpiId { get; set; }

    [Display(Name = "Jämförelse i Kolada")]
    public string? KoladaComparisonId { get; set; }

    [Display(Name = "Exempelvärden")]
    public bool IsExample { get; set; }

    public Guid? Version { get; set; }

    private static string? Text(decimal? value) => value?.ToString("0.####", CultureInfo.CurrentCulture);

    public static KpiForm From(Kpi k) => new()
    {
        Name = k.Name, Definition = k.Definition, Area = k.Area, OwnAreaId = k.OwnAreaId, Kind = k.Kind, Unit = k.Unit,
        UnitLabel = k.UnitLabel, Decimals = k.Decimals.ToString(CultureInfo.InvariantCulture), MinValue = Text(k.MinValue), MaxValue = Text(k.MaxValue),
        Direction = k.Direction, BaselineValue = Text(k.BaselineValue), BaselineDate = k.BaselineDate, TargetValue = Text(k.TargetValue),
        TargetDate = k.TargetDate, Source = k.Source, Method = k.Method, Frequency = k.Frequency, StartDate = k.StartDate, EndDate = k.EndDate,
        Scope = k.Scope, PilotSiteId = k.PilotSiteId, KoladaKpiId = k.KoladaKpiId, KoladaComparisonId = k.KoladaComparisonId,
        IsExample = k.IsExample, Version = k.Version,
    };

    /// <summary>A new KPI's form: measured at every pilot site (or for the project when it has none), per tertial, higher is better.</summary>
    public static KpiForm New(bool hasSites) => new()
    {
        Kind = KpiKind.Lagging,
        Unit = KpiUnit.Percent,
        Decimals = "0",
        Direction = KpiDirection.HigherIsBetter,
        Frequency = KpiFrequency.Tertial,
        Scope = hasSites ? KpiScope.AllPilotSites : KpiScope.Project,
    };

    /// <summary>The form as values, and the numbers that could not be read (field, message).</summary>
    public (KpiValues Values, List<KpiError> Errors) ToValues()
    {
        var errors = new List<KpiError>();
        decimal? Number(string field, string? text, string message)
        {
            if (KpiRules.TryParseNumber(text, out var value))
            {
                return value;
            }
            errors.Add(new KpiError(field, message, text ?? ""));
            return null;
        }
        var decimals = 1;
        if (string.IsNullOrWhiteSpace(Decimals))
        {
            errors.Add(new KpiError(nameof(Decimals), "Ange antal decimaler, ett heltal från 0 till 4."));
        }
        else if (!int.TryParse(Decimals.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out decimals))
        {
            errors.Add(new KpiError(nameof(Decimals), "Antal decimaler ska vara ett heltal från 0 till 4."));
            decimals = 1;
        }
        var values = new KpiValues
        {
            Name = Name, Definition = Definition, Area = Area, OwnAreaId = OwnAreaId, Kind = Kind, Unit = Unit, UnitLabel = UnitLabel,
            Decimals = decimals,
            MinValue = Number(nameof(MinValue), MinValue, "Lägsta värde ska vara ett tal, till exempel 0 eller 1,5. Du skrev \"{0}\"."),
            MaxValue = Number(nameof(MaxValue), MaxValue, "Högsta värde ska vara ett tal, till exempel 100 eller 1,5. Du skrev \"{0}\"."),
            Direction = Direction,
            BaselineValue = Number(nameof(BaselineValue), BaselineValue, "Utgångsvärdet ska vara ett tal, till exempel 70 eller 1,5. Du skrev \"{0}\"."),
            BaselineDate = BaselineDate,
            TargetValue = Number(nameof(TargetValue), TargetValue, "Målvärdet ska vara ett tal, till exempel 85 eller 1,5. Du skrev \"{0}\"."),
            TargetDate = TargetDate, Source = Source, Method = Method, Frequency = Frequency, StartDate = StartDate, EndDate = EndDate,
            Scope = Scope, PilotSiteId = PilotSiteId, KoladaKpiId = KoladaKpiId, KoladaComparisonId = KoladaComparisonId, IsExample = IsExample,
        };
        return (values, errors);
    }
}
