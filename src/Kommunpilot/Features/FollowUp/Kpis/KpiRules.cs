using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// A rule broken by what was sent: the field (a property name of <see cref="KpiValues"/>), and a
/// Swedish message with its arguments. Pages show it through their localizer, the API as it is.
/// </summary>
public sealed record KpiError(string Field, string Message, params object[] Args)
{
    public string Text(IStringLocalizer? l) =>
        l is null ? string.Format(CultureInfo.CurrentCulture, Message, Args) : l[Message, Args];
}

/// <summary>What a KPI is set to, from the form or the API, before it is written onto the entity.</summary>
public sealed class KpiValues
{
    public string? Name { get; init; }
    public string? Definition { get; init; }
    public KpiAreaKind Area { get; init; }
    public int? OwnAreaId { get; init; }
    public KpiKind Kind { get; init; }
    public KpiUnit Unit { get; init; }
    public string? UnitLabel { get; init; }
    public int Decimals { get; init; } = 1;
    public decimal? MinValue { get; init; }
    public decimal? MaxValue { get; init; }
    public KpiDirection Direction { get; init; }
    public decimal? BaselineValue { get; init; }
    public DateOnly? BaselineDate { get; init; }
    public decimal? TargetValue { get; init; }
    public DateOnly? TargetDate { get; init; }
    public string? Source { get; init; }
    public string? Method { get; init; }
    public KpiFrequency Frequency { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public KpiScope Scope { get; init; }
    public int? PilotSiteId { get; init; }
    public string? KoladaKpiId { get; init; }
    public string? KoladaComparisonId { get; init; }
    public bool IsExample { get; init; }

    public static KpiValues From(Kpi k) => new()
    {
        Name = k.Name, Definition = k.Definition, Area = k.Area, OwnAreaId = k.OwnAreaId, Kind = k.Kind, Unit = k.Unit,
        UnitLabel = k.UnitLabel, Decimals = k.Decimals, MinValue = k.MinValue, MaxValue = k.MaxValue, Direction = k.Direction,
        BaselineValue = k.BaselineValue, BaselineDate = k.BaselineDate, TargetValue = k.TargetValue, TargetDate = k.TargetDate,
        Source = k.Source, Method = k.Method, Frequency = k.Frequency, StartDate = k.StartDate, EndDate = k.EndDate, Scope = k.Scope,
        PilotSiteId = k.PilotSiteId, KoladaKpiId = k.KoladaKpiId, KoladaComparisonId = k.KoladaComparisonId, IsExample = k.IsExample,
    };
}

/// <summary>
/// The one set of rules for a KPI, shared by the pages and the API: what must be filled in and how long
/// it may be, the area and pilot site belong to the project, the ranges (a percentage stays within
/// 0–100, the lowest not above the highest, baseline and target inside them), the dates (the baseline
/// before the target, the target inside the KPI's life, the life not ending before it starts), the
/// Kolada ids' formats, and – for a KPI that already has measurements – no change that would leave
/// them outside the KPI (another frequency, scope or site, or a life that no longer covers them).
/// </summary>
public static partial class KpiRules
{
    public const int NameMax = FollowUpModel.ShortText;
    public const int TextMax = FollowUpModel.MediumText;
    public const int UnitLabelMax = 60;
    public const int DecimalsMax = 4;
    public const decimal ValueLimit = 99_999_999_999_999m;

    [GeneratedRegex(@"^[A-Z]\d{5}$")]
    private static partial Regex KoladaKpiPattern();

    [GeneratedRegex(@"^(?:\d{4}|G\d{1,8})$")]
    private static partial Regex KoladaComparisonPattern();

    /// <summary>The text trimmed; empty as null.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A Kolada id as stored: trimmed and in capitals ("n00945" is "N00945").</summary>
    public static string? CleanId(string? text) => Clean(text)?.ToUpperInvariant();

    /// <summary>
    /// A number as people type it: "4", "1,5", "1.5", "1 200,50", "85 %". Empty is null. False when it is not
    /// a number (the value is then null).
    /// </summary>
    public static bool TryParseNumber(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var s = new string([.. text.Where(c => !char.IsWhiteSpace(c))]).Replace('\u2212', '-').TrimEnd('%');
        if (s.Contains(',', StringComparison.Ordinal) && s.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }
        s = s.Replace(',', '.');
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            || Math.Abs(parsed) > ValueLimit)
        {
            return false;
        }
        value = parsed;
        return true;
    }

    /// <summary>A number as the messages and forms write it: "1 200,5" in Swedish, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("#,0.####", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The lowest and highest value allowed: as set, and for a percentage 0 and 100 when not set.</summary>
    public static (decimal? Min, decimal? Max) Range(KpiUnit unit, decimal? min, decimal? max) =>
        unit == KpiUnit.Percent ? (min ?? 0, max ?? 100) : (min, max);

    /// <summary>The KPI's life: its own dates, or the project's where it has none.</summary>
    public static (DateOnly? Start, DateOnly? End) Life(DateOnly? start, DateOnly? end, KpiChoices choices) =>
        (start ?? choices.ProjectStart, end ?? choices.ProjectEnd);

    /// <summary>Every rule that <paramref name="v"/> breaks. <paramref name="existing"/> is the KPI being changed (null for a new one).</summary>
    public static List<KpiError> Check(KpiValues v, KpiChoices choices, KpiMeasured? existing)
    {
        var errors = new List<KpiError>();
        CheckTexts(v, choices, existing, errors);
        CheckChoices(v, choices, errors);
        CheckRanges(v, errors);
        CheckDates(v, choices, errors);
        CheckKolada(v, errors);
        if (existing is { Count: > 0 })
        {
            CheckMeasured(v, choices, existing, errors);
        }
        return errors;
    }

    private static void CheckTexts(KpiValues v, KpiChoices choices, KpiMeasured? existing, List<KpiError> errors)
    {
        var name = Clean(v.Name);
        if (name is null)
        {
            errors.Add(new(nameof(v.Name), "Ange nyckeltalets namn."));
        }
        else if (name.Length > NameMax)
        {
            errors.Add(new(nameof(v.Name), "Namnet får vara högst 200 tecken."));
        }
        else if (choices.Kpis.Any(k => k.Id != existing?.KpiId && string.Equals(k.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(new(nameof(v.Name), "Projektet har redan ett nyckeltal som heter \"{0}\".", name));
        }
        if (Clean(v.Definition)?.Length > TextMax)
        {
            errors.Add(new(nameof(v.Definition), "Definitionen får vara högst 2 000 tecken."));
        }
        if (Clean(v.Source)?.Length > TextMax)
        {
            errors.Add(new(nameof(v.Source), "Verifikationskällan får vara högst 2 000 tecken."));
        }
        if (Clean(v.Method)?.Length > TextMax)
        {
            errors.Add(new(nameof(v.Method), "Metoden får vara högst 2 000 tecken."));
        }
        if (v.Unit == KpiUnit.Other && Clean(v.UnitLabel) is null)
        {
            errors.Add(new(nameof(v.UnitLabel), "Skriv enhetens namn när enheten är Annan enhet, till exempel besök."));
        }
        else if (v.Unit == KpiUnit.Other && Clean(v.UnitLabel)!.Length > UnitLabelMax)
        {
            errors.Add(new(nameof(v.UnitLabel), "Enhetens namn får vara högst 60 tecken."));
        }
    }

    private static void CheckChoices(KpiValues v, KpiChoices choices, List<KpiError> errors)
    {
        if (v.Area == KpiAreaKind.Own)
        {
            if (v.OwnAreaId is not { } area)
            {
                errors.Add(new(nameof(v.OwnAreaId), "Välj vilket av organisationens egna områden nyckeltalet hör till."));
            }
            else if (choices.Areas.All(a => a.Id != area))
            {
                errors.Add(new(nameof(v.OwnAreaId), "Området finns inte bland projektets organisations egna områden."));
            }
        }
        if (v.Scope == KpiScope.OnePilotSite)
        {
            if (v.PilotSiteId is not { } site)
            {
                errors.Add(new(nameof(v.PilotSiteId), "Välj vilken pilotverksamhet nyckeltalet mäts för."));
            }
            else if (choices.Sites.All(s => s.Id != site))
            {
                errors.Add(new(nameof(v.PilotSiteId), "Pilotverksamheten finns inte i projektet."));
            }
        }
        else if (v.Scope == KpiScope.AllPilotSites && choices.Sites.Count == 0)
        {
            errors.Add(new(nameof(v.Scope), "Projektet har inga pilotverksamheter ännu. Lägg till dem först eller mät för hela projektet."));
        }
        if (v.Decimals is < 0 or > DecimalsMax)
        {
            errors.Add(new(nameof(v.Decimals), "Antal decimaler ska vara ett heltal från 0 till 4."));
        }
    }

    private static void CheckRanges(KpiValues v, List<KpiError> errors)
    {
        if (v.Unit == KpiUnit.Percent)
        {
            if (v.MinValue is < 0 or > 100)
            {
                errors.Add(new(nameof(v.MinValue), "En procentsats kan inte vara lägre än 0 eller högre än 100."));
            }
            if (v.MaxValue is < 0 or > 100)
            {
                errors.Add(new(nameof(v.MaxValue), "En procentsats kan inte vara lägre än 0 eller högre än 100."));
            }
        }
        if (v.MinValue is { } min && v.MaxValue is { } max && min > max)
        {
            errors.Add(new(nameof(v.MaxValue), "Högsta värdet ({0}) är lägre än lägsta värdet ({1}).", Number(max), Number(min)));
            return;
        }
        var (low, high) = Range(v.Unit, v.MinValue, v.MaxValue);
        if (low is { } l && high is { } h && l > h)
        {
            return; // already said: a percentage's own bound outside 0–100
        }
        void Inside(string field, decimal? value, string what)
        {
            if (value is not { } x || (low is null || x >= low) && (high is null || x <= high))
            {
                return;
            }
            var range = low is not null && high is not null ? $"{Number(low.Value)}–{Number(high.Value)}"
                : low is not null ? $"≥ {Number(low.Value)}" : $"≤ {Number(high!.Value)}";
            errors.Add(new(field, what, Number(x), range));
        }
        Inside(nameof(v.BaselineValue), v.BaselineValue, "Utgångsvärdet {0} ligger utanför nyckeltalets tillåtna värden ({1}).");
        Inside(nameof(v.TargetValue), v.TargetValue, "Målvärdet {0} ligger utanför nyckeltalets tillåtna värden ({1}).");
    }

    private static void CheckDates(KpiValues v, KpiChoices choices, List<KpiError> errors)
    {
        if (v.StartDate is { } s && v.EndDate is { } e && e < s)
        {
            errors.Add(new(nameof(v.EndDate), "Slutdatumet ({0}) är före startdatumet ({1}).", Date(e), Date(s)));
        }
        else if (v.StartDate is null && v.EndDate is { } e2 && choices.ProjectStart is { } ps && e2 < ps)
        {
            errors.Add(new(nameof(v.EndDate), "Slutdatumet ({0}) är före projektets start ({1}), som gäller när nyckeltalet saknar startdatum.", Date(e2), Date(ps)));
        }
        else if (v.EndDate is null && v.StartDate is { } s2 && choices.ProjectEnd is { } pe && s2 > pe)
        {
            errors.Add(new(nameof(v.StartDate), "Startdatumet ({0}) är efter projektets slut ({1}), som gäller när nyckeltalet saknar slutdatum.", Date(s2), Date(pe)));
        }
        if (v.BaselineDate is { } bd && v.TargetDate is { } td && bd >= td)
        {
            errors.Add(new(nameof(v.BaselineDate), "Utgångsvärdets datum ({0}) måste vara före måldatumet ({1}).", Date(bd), Date(td)));
        }
        var (start, end) = Life(v.StartDate, v.EndDate, choices);
        if (v.TargetDate is { } target)
        {
            if (start is { } ls && target < ls)
            {
                errors.Add(new(nameof(v.TargetDate), "Måldatumet ({0}) ligger före nyckeltalets start ({1}). Målet måste nås under nyckeltalets livslängd.", Date(target), Date(ls)));
            }
            else if (end is { } le && target > le)
            {
                errors.Add(new(nameof(v.TargetDate), "Måldatumet ({0}) ligger efter nyckeltalets slut ({1}). Målet måste nås under nyckeltalets livslängd.", Date(target), Date(le)));
            }
        }
    }

    private static void CheckKolada(KpiValues v, List<KpiError> errors)
    {
        var kpiId = CleanId(v.KoladaKpiId);
        var comparison = CleanId(v.KoladaComparisonId);
        if (kpiId is not null && !KoladaKpiPattern().IsMatch(kpiId))
        {
            errors.Add(new(nameof(v.KoladaKpiId), "Kolada-id ska vara en bokstav och fem siffror, till exempel N00945 eller U00405."));
        }
        if (comparison is not null)
        {
            if (!KoladaComparisonPattern().IsMatch(comparison))
            {
                errors.Add(new(nameof(v.KoladaComparisonId), "Jämförelsen ska vara ett kommun-id med fyra siffror (0000 är Riket) eller ett grupp-id som G12345."));
            }
            else if (kpiId is null)
            {
                errors.Add(new(nameof(v.KoladaComparisonId), "Ange nyckeltalets Kolada-id för att kunna jämföra."));
            }
        }
    }

    private static void CheckMeasured(KpiValues v, KpiChoices choices, KpiMeasured m, List<KpiError> errors)
    {
        if (v.Frequency != m.Frequency)
        {
            errors.Add(new(nameof(v.Frequency), "Frekvensen kan inte ändras eftersom nyckeltalet har {0} mätvärden. Ta bort mätvärdena först eller skapa ett nytt nyckeltal.", m.Count));
        }
        var siteIds = m.SiteIds;
        if (v.Scope == KpiScope.Project && siteIds.Any(id => id is not null))
        {
            errors.Add(new(nameof(v.Scope), "Nyckeltalet har mätvärden per pilotverksamhet och kan inte mätas för hela projektet."));
        }
        else if (v.Scope != KpiScope.Project && siteIds.Any(id => id is null))
        {
            errors.Add(new(nameof(v.Scope), "Nyckeltalet har mätvärden för hela projektet och kan inte mätas per pilotverksamhet."));
        }
        else if (v.Scope == KpiScope.OnePilotSite && v.PilotSiteId is { } site && siteIds.Any(id => id is not null && id != site))
        {
            errors.Add(new(nameof(v.PilotSiteId), "Nyckeltalet har mätvärden för andra pilotverksamheter än den valda."));
        }
        var (start, end) = Life(v.StartDate, v.EndDate, choices);
        var outside = m.Periods.Count(p => start is { } s && p.End < s || end is { } e && p.Start > e);
        if (outside > 0)
        {
            errors.Add(new(nameof(v.StartDate), "{0} av nyckeltalets mätvärden ligger utanför den nya livslängden. Ändra datumen eller ta bort mätvärdena först.", outside));
        }
    }

    /// <summary>Writes the values, trimmed, onto the KPI; an area or site that does not apply is cleared.</summary>
    public static void Apply(Kpi kpi, KpiValues v)
    {
        kpi.Name = Clean(v.Name) ?? "";
        kpi.Definition = Clean(v.Definition);
        kpi.Area = v.Area;
        kpi.OwnAreaId = v.Area == KpiAreaKind.Own ? v.OwnAreaId : null;
        kpi.Kind = v.Kind;
        kpi.Unit = v.Unit;
        kpi.UnitLabel = v.Unit == KpiUnit.Other ? Clean(v.UnitLabel) : null;
        kpi.Decimals = v.Decimals;
        kpi.MinValue = v.MinValue;
        kpi.MaxValue = v.MaxValue;
        kpi.Direction = v.Direction;
        kpi.BaselineValue = v.BaselineValue;
        kpi.BaselineDate = v.BaselineDate;
        kpi.TargetValue = v.TargetValue;
        kpi.TargetDate = v.TargetDate;
        kpi.Source = Clean(v.Source);
        kpi.Method = Clean(v.Method);
        kpi.Frequency = v.Frequency;
        kpi.StartDate = v.StartDate;
        kpi.EndDate = v.EndDate;
        kpi.Scope = v.Scope;
        kpi.PilotSiteId = v.Scope == KpiScope.OnePilotSite ? v.PilotSiteId : null;
        kpi.KoladaKpiId = CleanId(v.KoladaKpiId);
        kpi.KoladaComparisonId = kpi.KoladaKpiId is null ? null : CleanId(v.KoladaComparisonId);
        kpi.IsExample = v.IsExample;
    }
}
