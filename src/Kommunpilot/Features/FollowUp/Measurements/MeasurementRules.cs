using System.Globalization;
using M = Kommunpilot.Features.FollowUp.Measurements.MeasurementMessages;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>What someone entered for one measurement, as typed (the page, the grid, a row of Excel, the API).</summary>
/// <param name="Value">The value as text ("85", "85 %", "1 200,5 kr"); or <paramref name="Number"/> when it came as a number.</param>
public sealed record MeasurementEntry(int? KpiId, int? PilotSiteId, string? Period, string? Value, string? Comment, decimal? Number = null);

/// <summary>A measurement that passed every rule: ready to be stored.</summary>
public sealed record CheckedMeasurement(KpiFacts Kpi, SiteFacts? Site, KpiPeriod Period, decimal Value, string? Comment);

/// <summary>The outcome of <see cref="MeasurementRules.Check"/>: the checked measurement, or the problems by field.</summary>
public sealed record MeasurementCheck(CheckedMeasurement? Measurement, IReadOnlyDictionary<string, MeasurementMessage> Errors)
{
    public bool IsValid => Measurement is not null;
}

/// <summary>
/// The rules of a measurement, in one place for the pages, the grid, the Excel import and the API:
/// the KPI is the project's; the site fits the KPI's scope (none for a project-wide KPI, one of the
/// project's sites, or the KPI's one site); the period is one of the KPI's frequency ("2022-T1", or typed
/// "T1 2022") and overlaps the KPI's life (its own dates, else the project's); the value is a number in the
/// KPI's unit – its own unit written after it is accepted, another unit is refused naming both – with at
/// most the KPI's decimals, inside its range (a percentage 0–100 unless said otherwise); the comment is at
/// most 2 000 characters. Duplicates need the database and are checked by the callers
/// (<see cref="MeasurementStore"/>). The field keys are "kpiId", "pilotSiteId", "period", "value" and "comment".
/// </summary>
public static class MeasurementRules
{
    public const int CommentMax = FollowUpModel.MediumText;

    /// <summary>Largest magnitude the column (precision 18, scale 4) holds.</summary>
    private const decimal Largest = 99_999_999_999_999m;

    public static MeasurementCheck Check(MeasurementProject project, MeasurementEntry entry)
    {
        var errors = new Dictionary<string, MeasurementMessage>(StringComparer.Ordinal);
        var kpi = project.Kpi(entry.KpiId);
        if (kpi is null)
        {
            errors["kpiId"] = new(entry.KpiId is null ? M.KpiMissing : M.KpiUnknown);
        }
        SiteFacts? site = null;
        KpiPeriod period = default;
        decimal value = 0;
        if (kpi is not null)
        {
            (site, var siteError) = CheckSite(project, kpi, entry.PilotSiteId);
            Put(errors, "pilotSiteId", siteError);
            (period, var periodError) = ParsePeriod(kpi, entry.Period);
            Put(errors, "period", periodError);
            (value, var valueError) = entry.Number is { } number ? CheckNumber(kpi, number, null) : ParseValue(kpi, entry.Value);
            Put(errors, "value", valueError);
        }
        var (comment, commentError) = CleanComment(entry.Comment);
        Put(errors, "comment", commentError);
        return errors.Count > 0
            ? new MeasurementCheck(null, errors)
            : new MeasurementCheck(new CheckedMeasurement(kpi!, site, period, value, comment), errors);
    }

    private static void Put(Dictionary<string, MeasurementMessage> errors, string key, MeasurementMessage? error)
    {
        if (error is not null)
        {
            errors[key] = error;
        }
    }

    /// <summary>The site the KPI's scope asks for. A KPI of one site may leave the site out.</summary>
    public static (SiteFacts? Site, MeasurementMessage? Error) CheckSite(MeasurementProject project, KpiFacts kpi, int? siteId)
    {
        switch (kpi.Scope)
        {
            case KpiScope.Project:
                return siteId is null ? (null, null) : (null, new(M.SiteNotForProjectKpi, kpi.Name));
            case KpiScope.OnePilotSite:
                var one = project.Site(kpi.PilotSiteId);
                if (siteId is null || siteId == kpi.PilotSiteId)
                {
                    return one is null ? (null, new(M.SiteUnknown)) : (one, null);
                }
                return (null, new(M.SiteNotTheOne, kpi.Name, one?.Name ?? "?"));
            default:
                if (siteId is null)
                {
                    return (null, new(M.SiteMissing, kpi.Name));
                }
                return project.Site(siteId) is { } site ? (site, null) : (null, new(M.SiteUnknown));
        }
    }

    /// <summary>A period of the KPI's frequency ("2022-T1", "T1 2022", "tertial 1 2022", a date inside it) within its life.</summary>
    public static (KpiPeriod Period, MeasurementMessage? Error) ParsePeriod(KpiFacts kpi, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (default, new(M.PeriodMissing));
        }
        if (!KpiPeriod.TryParse(kpi.Frequency, text, out var period))
        {
            var example = KpiPeriod.Containing(kpi.Frequency, kpi.From ?? new DateOnly(2022, 1, 1)).Key;
            return (default, new(M.PeriodNotUnderstood, text.Trim(), kpi.Name, new MeasurementWord(FrequencyWord(kpi.Frequency)), example));
        }
        if (kpi.InLife(period))
        {
            return (period, null);
        }
        var label = period.Label(CultureInfo.GetCultureInfo("sv-SE"));
        return (default, (kpi.From, kpi.To) switch
        {
            ({ } from, { } to) => new(M.PeriodOutside, label, Iso(from), Iso(to)),
            ({ } from, null) => new(M.PeriodBeforeStart, label, Iso(from)),
            (null, { } to) => new(M.PeriodAfterEnd, label, Iso(to)),
            _ => null,
        });
    }

    /// <summary>
    /// A value as typed: "85", "85,5", "85.5", "1 200", "−3", optionally followed by the KPI's own unit
    /// ("85 %", "1 200 kr"). Another unit is refused with a message naming both.
    /// </summary>
    public static (decimal Value, MeasurementMessage? Error) ParseValue(KpiFacts kpi, string? text)
    {
        var typed = (text ?? "").Trim();
        if (typed.Length == 0)
        {
            return (0, new(M.ValueMissing));
        }
        var split = 0;
        while (split < typed.Length && (char.IsDigit(typed[split]) || typed[split] is ' ' or '\u00a0' or '\u202f' or ',' or '.' or '-' or '+' or '\u2212'))
        {
            split++;
        }
        var numberPart = typed[..split].Trim();
        var unitPart = typed[split..].Trim();
        if (unitPart.Length > 0 && !numberPart.Any(char.IsDigit))
        {
            return (0, new(M.ValueNotNumber, typed, Example(kpi)));
        }
        if (unitPart.Length > 0)
        {
            var written = UnitOf(unitPart, kpi);
            if (written is null)
            {
                return (0, new(M.ValueNotNumber, typed, Example(kpi)));
            }
            if (written != kpi.Unit)
            {
                return (0, new(M.ValueWrongUnit, typed, new MeasurementWord(UnitWord(written.Value)), FollowUpLabels.Symbol(written.Value, null),
                    kpi.Name, new MeasurementWord(UnitWord(kpi.Unit)), kpi.Symbol));
            }
        }
        if (!TryParseNumber(numberPart, out var value))
        {
            return (0, new(M.ValueNotNumber, typed, Example(kpi)));
        }
        return CheckNumber(kpi, value, typed);
    }

    /// <summary>The decimals and the range of a value.</summary>
    public static (decimal Value, MeasurementMessage? Error) CheckNumber(KpiFacts kpi, decimal value, string? typed)
    {
        var shown = typed ?? value.ToString(CultureInfo.GetCultureInfo("sv-SE"));
        if (Math.Abs(value) > Largest)
        {
            return (0, new(M.ValueOutOfBounds));
        }
        if (value != Math.Round(value, kpi.Places))
        {
            return (0, kpi.Places == 0 ? new(M.ValueNoDecimals, shown, kpi.Name) : new(M.ValueTooManyDecimals, shown, kpi.Name, kpi.Places));
        }
        if (kpi.Lowest is { } min && value < min)
        {
            return (0, new(M.ValueBelowMin, shown, kpi.Name, kpi.Format(min, CultureInfo.GetCultureInfo("sv-SE")) + Suffix(kpi)));
        }
        if (kpi.Highest is { } max && value > max)
        {
            return (0, new(M.ValueAboveMax, shown, kpi.Name, kpi.Format(max, CultureInfo.GetCultureInfo("sv-SE")) + Suffix(kpi)));
        }
        return (value, null);
    }

    /// <summary>Comma or point as the decimal sign; spaces (also non-breaking) between thousands; a typographic minus.</summary>
    public static bool TryParseNumber(string text, out decimal number)
    {
        var plain = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal).Replace('\u2212', '-').Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>The comment trimmed (empty is none), at most 2 000 characters, without control characters.</summary>
    public static (string? Comment, MeasurementMessage? Error) CleanComment(string? text)
    {
        var comment = string.IsNullOrWhiteSpace(text) ? null : text.Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (comment is null)
        {
            return (null, null);
        }
        if (comment.Length > CommentMax)
        {
            return (null, new(M.CommentTooLong, CommentMax));
        }
        if (comment.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            return (null, new(M.ControlCharacter));
        }
        return (comment, null);
    }

    /// <summary>Which unit a written suffix names: the KPI's own label, or one of the standard units' usual spellings.</summary>
    public static KpiUnit? UnitOf(string written, KpiFacts kpi)
    {
        var w = written.Trim().TrimEnd('.').ToLowerInvariant();
        if (kpi.Unit == KpiUnit.Other && kpi.UnitLabel is { } own && string.Equals(w, own.Trim().ToLowerInvariant(), StringComparison.Ordinal))
        {
            return KpiUnit.Other;
        }
        return w switch
        {
            "%" or "procent" or "percent" => KpiUnit.Percent,
            "kr" or "kronor" or "krona" or "sek" or ":-" or "kr/år" => KpiUnit.Kronor,
            "st" or "stycken" or "antal" => KpiUnit.Count,
            "h" or "tim" or "timme" or "timmar" or "hours" => KpiUnit.Hours,
            "d" or "dag" or "dagar" or "days" => KpiUnit.Days,
            "index" => KpiUnit.Index,
            _ => null,
        };
    }

    public static string UnitWord(KpiUnit unit) => unit switch
    {
        KpiUnit.Percent => "procent",
        KpiUnit.Kronor => "kronor",
        KpiUnit.Count => "antal",
        KpiUnit.Hours => "timmar",
        KpiUnit.Days => "dagar",
        KpiUnit.Index => "index",
        _ => "annan enhet",
    };

    public static string FrequencyWord(KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => "varje månad",
        KpiFrequency.Quarterly => "varje kvartal",
        KpiFrequency.Tertial => "varje tertial",
        KpiFrequency.HalfYearly => "varje halvår",
        _ => "varje år",
    };

    private static string Suffix(KpiFacts kpi) => kpi.Symbol.Length == 0 ? "" : (kpi.Symbol == "%" ? " %" : " " + kpi.Symbol);

    private static string Example(KpiFacts kpi)
    {
        var sample = kpi.Places == 0 ? "85" : "85," + new string('5', kpi.Places);
        return sample + Suffix(kpi);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
