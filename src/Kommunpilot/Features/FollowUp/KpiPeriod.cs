using System.Globalization;
using System.Text.RegularExpressions;

namespace Kommunpilot.Features.FollowUp;

/// <summary>
/// One measuring period of a KPI: a month, quarter, tertial, half year or year. Written as
/// <c>2022-05</c>, <c>2022-Q2</c>, <c>2022-T1</c>, <c>2022-H1</c> or <c>2022</c> (the <see cref="Key"/>, used in
/// URLs, the API and Excel), and shown as "maj 2022", "kvartal 2 2022", "tertial 1 2022" (januari–april),
/// "halvår 1 2022" or "2022".
/// </summary>
public readonly partial record struct KpiPeriod(KpiFrequency Frequency, DateOnly Start)
{
    public DateOnly End => Start.AddMonths(Months(Frequency)).AddDays(-1);

    public static int Months(KpiFrequency frequency) => frequency switch
    {
        KpiFrequency.Monthly => 1,
        KpiFrequency.Quarterly => 3,
        KpiFrequency.Tertial => 4,
        KpiFrequency.HalfYearly => 6,
        _ => 12,
    };

    /// <summary>The period of the given frequency that contains a day.</summary>
    public static KpiPeriod Containing(KpiFrequency frequency, DateOnly day)
    {
        var months = Months(frequency);
        var startMonth = (day.Month - 1) / months * months + 1;
        return new KpiPeriod(frequency, new DateOnly(day.Year, startMonth, 1));
    }

    /// <summary>The number of the period within its year (1 for January's).</summary>
    public int Index => (Start.Month - 1) / Months(Frequency) + 1;

    public string Key => Frequency switch
    {
        KpiFrequency.Monthly => $"{Start.Year:D4}-{Start.Month:D2}",
        KpiFrequency.Quarterly => $"{Start.Year:D4}-Q{Index}",
        KpiFrequency.Tertial => $"{Start.Year:D4}-T{Index}",
        KpiFrequency.HalfYearly => $"{Start.Year:D4}-H{Index}",
        _ => $"{Start.Year:D4}",
    };

    /// <summary>The Swedish name: "maj 2022", "kvartal 2 2022", "tertial 1 2022", "halvår 1 2022", "2022".</summary>
    public string Label(CultureInfo? culture = null)
    {
        var english = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en";
        return Frequency switch
        {
            KpiFrequency.Monthly => Start.ToString("MMMM yyyy", english ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("sv-SE")),
            KpiFrequency.Quarterly => english ? $"Q{Index} {Start.Year}" : $"kvartal {Index} {Start.Year}",
            KpiFrequency.Tertial => english ? $"four-month period {Index} {Start.Year}" : $"tertial {Index} {Start.Year}",
            KpiFrequency.HalfYearly => english ? $"half-year {Index} {Start.Year}" : $"halvår {Index} {Start.Year}",
            _ => Start.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    public override string ToString() => Key;

    public KpiPeriod Next() => new(Frequency, Start.AddMonths(Months(Frequency)));

    public KpiPeriod Previous() => new(Frequency, Start.AddMonths(-Months(Frequency)));

    /// <summary>
    /// Reads a period key of the given frequency. Also accepts what people type: "maj 2022", "Q2 2022",
    /// "kvartal 2 2022", "T1 2022", "tertial 1 2022", "H1 2022", "halvår 1 2022", and a date inside the period
    /// ("2022-05-17").
    /// </summary>
    public static bool TryParse(KpiFrequency frequency, string? text, out KpiPeriod period)
    {
        period = default;
        var t = (text ?? "").Trim().ToLowerInvariant();
        if (t.Length == 0)
        {
            return false;
        }
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            period = Containing(frequency, day);
            return true;
        }
        var m = KeyPattern().Match(t);
        if (m.Success)
        {
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            var rest = m.Groups["rest"].Value;
            if (rest.Length == 0)
            {
                return Make(frequency, KpiFrequency.Yearly, year, 1, out period);
            }
            if (rest[0] is >= '0' and <= '9')
            {
                return Make(frequency, KpiFrequency.Monthly, year, int.Parse(rest, CultureInfo.InvariantCulture), out period);
            }
            var n = int.Parse(rest[1..], CultureInfo.InvariantCulture);
            return rest[0] switch
            {
                'q' or 'k' => Make(frequency, KpiFrequency.Quarterly, year, n, out period),
                't' => Make(frequency, KpiFrequency.Tertial, year, n, out period),
                'h' => Make(frequency, KpiFrequency.HalfYearly, year, n, out period),
                _ => false,
            };
        }
        var w = WordPattern().Match(t);
        if (w.Success)
        {
            var year = int.Parse(w.Groups["year"].Value, CultureInfo.InvariantCulture);
            var word = w.Groups["word"].Value;
            var n = w.Groups["n"].Success ? int.Parse(w.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
            var month = Array.FindIndex(MonthNames, names => names.Contains(word)) + 1;
            if (month > 0 && n == 0)
            {
                return Make(frequency, KpiFrequency.Monthly, year, month, out period);
            }
            return word switch
            {
                "q" or "kvartal" or "quarter" => Make(frequency, KpiFrequency.Quarterly, year, n, out period),
                "t" or "tertial" => Make(frequency, KpiFrequency.Tertial, year, n, out period),
                "h" or "halvår" or "halvar" or "half-year" => Make(frequency, KpiFrequency.HalfYearly, year, n, out period),
                _ => false,
            };
        }
        return false;
    }

    /// <summary>Every period of the frequency that overlaps the given days, in order.</summary>
    public static IEnumerable<KpiPeriod> Between(KpiFrequency frequency, DateOnly from, DateOnly to)
    {
        for (var p = Containing(frequency, from); p.Start <= to; p = p.Next())
        {
            yield return p;
        }
    }

    private static bool Make(KpiFrequency wanted, KpiFrequency written, int year, int n, out KpiPeriod period)
    {
        period = default;
        if (wanted != written || year < 1900 || year > 2200)
        {
            return false;
        }
        var count = 12 / Months(written);
        if (n < 1 || n > count)
        {
            return false;
        }
        period = new KpiPeriod(wanted, new DateOnly(year, (n - 1) * Months(written) + 1, 1));
        return true;
    }

    private static readonly string[][] MonthNames =
    [
        ["januari", "jan", "january"], ["februari", "feb", "february"], ["mars", "mar", "march"], ["april", "apr"],
        ["maj", "may"], ["juni", "jun", "june"], ["juli", "jul", "july"], ["augusti", "aug", "august"],
        ["september", "sep", "sept"], ["oktober", "okt", "october", "oct"], ["november", "nov"], ["december", "dec"],
    ];

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<rest>\d{1,2}|[qkth]\d))?$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^(?:(?<word>[a-zåäö-]+)\s*(?<n>\d)?\s+(?<year>\d{4})|(?<word>[qth])(?<n>\d)\s+(?<year>\d{4}))$")]
    private static partial Regex WordPattern();
}
