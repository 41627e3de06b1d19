using System.Text.RegularExpressions;
using static Kommunpilot.Features.Communication.SwedishCalendar;

namespace Kommunpilot.Features.Communication;

/// <summary>What one pattern understood: a period, or a problem with text it recognised but that
/// names no real period (30 February, week 54). Null from a pattern means "not mine".</summary>
internal sealed record Parsed(TimingKind Kind, DateOnly? Start, DateOnly? End, string? Problem = null)
{
    public static Parsed Fail(string problem) => new(TimingKind.Unparsed, null, null, problem);
    public static Parsed Span(TimingKind kind, DateOnly start, DateOnly end) => new(kind, start, end);
}

/// <summary>The single periods <see cref="Timing"/> understands, one pattern and one method each,
/// tried in order on normalised text (lower case, single spaces, every dash a plain "-" without
/// spaces around it). Ranges ("juni-september 2023") are two of these joined by <see cref="Timing"/>.
/// <paramref name="year"/> in each method is the year to use when the text names none.</summary>
internal static partial class TimingPatterns
{
    private const string Year = @"(?<y>(?:19|20|21)\d{2})";
    private const string OptYear = @"(?:\s" + Year + ")?";
    private const string Month =
        @"(?<m>jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sep(?:t|tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    public const string MissingYear = "Året saknas: skriv t.ex. 'juni 2023'.";

    public static Parsed? Single(string s, int? year) =>
        IsoDate(s) ?? SwedishDate(s, year) ?? NumericDate(s, year) ?? DayRange(s, year) ?? MonthOf(s, year)
        ?? Season(s, year) ?? Winter(s) ?? Term(s, year) ?? Week(s, year) ?? Quarter(s, year) ?? Tertial(s, year) ?? WholeYear(s);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})$")]
    private static partial Regex IsoDateRegex();

    /// <summary>2023-06-01</summary>
    private static Parsed? IsoDate(string s) =>
        IsoDateRegex().Match(s) is { Success: true } m ? Day(s, N(m, "y"), N(m, "mo"), N(m, "d")) : null;

    [GeneratedRegex(@"^(?:den\s)?(?<d>\d{1,2})(?::e|:a)?\s" + Month + OptYear + "$")]
    private static partial Regex SwedishDateRegex();

    /// <summary>1 juni 2023, den 30 januari 2024, 1:a juni</summary>
    private static Parsed? SwedishDate(string s, int? year) =>
        SwedishDateRegex().Match(s) is { Success: true } m ? WithYear(m, year, y => Day(s, y, MonthNumber(m.Groups["m"].Value), N(m, "d"))) : null;

    [GeneratedRegex(@"^(?<d>\d{1,2})/(?<mo>\d{1,2})" + OptYear + "$")]
    private static partial Regex NumericDateRegex();

    /// <summary>1/6 2023 (day/month, as Swedes write it)</summary>
    private static Parsed? NumericDate(string s, int? year) =>
        NumericDateRegex().Match(s) is { Success: true } m ? WithYear(m, year, y => Day(s, y, N(m, "mo"), N(m, "d"))) : null;

    [GeneratedRegex(@"^(?<d1>\d{1,2})-(?<d2>\d{1,2})\s" + Month + OptYear + "$")]
    private static partial Regex DayRangeRegex();

    /// <summary>1-15 juni 2023</summary>
    private static Parsed? DayRange(string s, int? year)
    {
        if (DayRangeRegex().Match(s) is not { Success: true } m)
        {
            return null;
        }
        return WithYear(m, year, y =>
        {
            var month = MonthNumber(m.Groups["m"].Value);
            var (first, last) = (Date(y, month, N(m, "d1")), Date(y, month, N(m, "d2")));
            if (first is null || last is null)
            {
                return Parsed.Fail($"Datumet '{s}' finns inte.");
            }
            return last < first ? Parsed.Fail(Timing.EndBeforeStart) : Parsed.Span(TimingKind.Range, first.Value, last.Value);
        });
    }

    [GeneratedRegex("^" + Month + OptYear + "$")]
    private static partial Regex MonthRegex();

    /// <summary>juni 2023, jun 2023, juni (year from the context)</summary>
    private static Parsed? MonthOf(string s, int? year) =>
        MonthRegex().Match(s) is { Success: true } m
            ? WithYear(m, year, y =>
            {
                var month = MonthNumber(m.Groups["m"].Value);
                return Parsed.Span(TimingKind.Month, new DateOnly(y, month, 1), LastDay(y, month));
            })
            : null;

    [GeneratedRegex(@"^(?<s>vår|sommar|höst)(?:en)?" + OptYear + "$")]
    private static partial Regex SeasonRegex();

    /// <summary>våren 2023 = 1 jan-30 jun, sommaren 2023 = 1 jun-31 aug, hösten 2023 = 1 aug-31 dec</summary>
    private static Parsed? Season(string s, int? year) =>
        SeasonRegex().Match(s) is { Success: true } m
            ? WithYear(m, year, y => m.Groups["s"].Value switch
            {
                "vår" => Months(TimingKind.Season, y, 1, 6),
                "sommar" => Months(TimingKind.Season, y, 6, 8),
                _ => Months(TimingKind.Season, y, 8, 12),
            })
            : null;

    [GeneratedRegex(@"^vinter(?:n)?(?:\s(?<y1>\d{4})(?:[/-](?<y2>\d{4}|\d{2}))?)?$")]
    private static partial Regex WinterRegex();

    /// <summary>vintern 2023/2024 = 1 dec 2023-end of feb 2024. "vintern 2024" alone is ambiguous and
    /// comes back as a problem rather than a guess.</summary>
    private static Parsed? Winter(string s)
    {
        if (WinterRegex().Match(s) is not { Success: true } m)
        {
            return null;
        }
        if (!m.Groups["y2"].Success)
        {
            return Parsed.Fail("Skriv vintern med båda åren, t.ex. 'vintern 2023/2024'.");
        }
        var first = N(m, "y1");
        var second = m.Groups["y2"].Value.Length == 2 ? first / 100 * 100 + N(m, "y2") : N(m, "y2");
        return second == first + 1 && first is >= 1900 and < 2199
            ? Parsed.Span(TimingKind.Season, new DateOnly(first, 12, 1), LastDay(second, 2))
            : Parsed.Fail("Vinterns år ska följa på varandra, t.ex. 'vintern 2023/2024'.");
    }

    [GeneratedRegex(@"^(?<t>vt|ht|vårtermin(?:en)?|hösttermin(?:en)?)\s?-?\s?(?<y>(?:19|20|21)\d{2}|\d{2})?$")]
    private static partial Regex TermRegex();

    /// <summary>VT 2024 = 1 jan-30 jun, HT 2023 = 1 aug-31 dec (also "ht23").</summary>
    private static Parsed? Term(string s, int? year)
    {
        if (TermRegex().Match(s) is not { Success: true } m)
        {
            return null;
        }
        var y = m.Groups["y"] switch
        {
            { Success: false } => year,
            { Value.Length: 2 } g => 2000 + int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture),
            _ => N(m, "y"),
        };
        if (y is not { } known)
        {
            return Parsed.Fail(MissingYear);
        }
        return m.Groups["t"].Value.StartsWith('v') ? Months(TimingKind.Term, known, 1, 6) : Months(TimingKind.Term, known, 8, 12);
    }

    [GeneratedRegex(@"^(?:vecka|veckorna|v\.?)\s?(?<a>\d{1,2})(?:-(?:vecka\s|v\.?\s?)?(?<b>\d{1,2}))?" + OptYear + "$")]
    private static partial Regex WeekRegex();

    /// <summary>vecka 12 2024, v. 12 2024, v12 2024, vecka 12-14 2024 (ISO 8601 weeks)</summary>
    private static Parsed? Week(string s, int? year)
    {
        if (WeekRegex().Match(s) is not { Success: true } m)
        {
            return null;
        }
        return WithYear(m, year, y =>
        {
            var first = N(m, "a");
            var last = m.Groups["b"].Success ? N(m, "b") : first;
            var (from, to) = (SwedishCalendar.Week(y, first), SwedishCalendar.Week(y, last));
            if (from is null || to is null)
            {
                var missing = from is null ? first : last;
                return Parsed.Fail($"Vecka {missing} finns inte {y}: året har {System.Globalization.ISOWeek.GetWeeksInYear(y)} veckor.");
            }
            return last < first ? Parsed.Fail(Timing.EndBeforeStart) : Parsed.Span(TimingKind.Week, from.Value.Start, to.Value.End);
        });
    }

    [GeneratedRegex(@"^(?:q|kv\.?|kvartal)\s?(?<a>\d)(?:-(?:q|kv\.?|kvartal)?\s?(?<b>\d))?" + OptYear + "$")]
    private static partial Regex QuarterRegex();

    /// <summary>Q3 2023, kvartal 3 2023, kv 1-2 2024</summary>
    private static Parsed? Quarter(string s, int? year) =>
        QuarterRegex().Match(s) is { Success: true } m ? Parts(m, year, TimingKind.Quarter, "Kvartal", 4) : null;

    [GeneratedRegex(@"^(?:tertial|t)\s?(?<a>\d)(?:-(?:tertial|t)?\s?(?<b>\d))?" + OptYear + "$")]
    private static partial Regex TertialRegex();

    /// <summary>tertial 2 2023 = 1 maj-31 aug</summary>
    private static Parsed? Tertial(string s, int? year) =>
        TertialRegex().Match(s) is { Success: true } m ? Parts(m, year, TimingKind.Tertial, "Tertial", 3) : null;

    [GeneratedRegex("^(?:år\\s)?" + Year + "$")]
    private static partial Regex YearRegex();

    /// <summary>2023, år 2023 ("under 2023" loses its "under" before this)</summary>
    private static Parsed? WholeYear(string s) =>
        YearRegex().Match(s) is { Success: true } m ? Months(TimingKind.Year, N(m, "y"), 1, 12) : null;

    /// <summary>Quarters (4 a year, 3 months each) and tertials (3 a year, 4 months each).</summary>
    private static Parsed Parts(Match m, int? year, TimingKind kind, string name, int perYear) => WithYear(m, year, y =>
    {
        var first = N(m, "a");
        var last = m.Groups["b"].Success ? N(m, "b") : first;
        if (first is < 1 || first > perYear || last < 1 || last > perYear)
        {
            return Parsed.Fail($"{name} {(first is < 1 || first > perYear ? first : last)} finns inte: ett år har {perYear}.");
        }
        var length = 12 / perYear;
        return last < first ? Parsed.Fail(Timing.EndBeforeStart) : Months(kind, y, (first - 1) * length + 1, last * length);
    });

    private static Parsed Months(TimingKind kind, int year, int first, int last) =>
        Parsed.Span(kind, new DateOnly(year, first, 1), LastDay(year, last));

    private static Parsed Day(string text, int year, int month, int day) =>
        Date(year, month, day) is { } date ? Parsed.Span(TimingKind.Date, date, date) : Parsed.Fail($"Datumet '{text}' finns inte.");

    /// <summary>Runs <paramref name="make"/> with the written year, else the fallback, else reports the missing year.</summary>
    private static Parsed WithYear(Match m, int? year, Func<int, Parsed> make) =>
        m.Groups["y"].Success ? make(N(m, "y")) : year is { } y ? make(y) : Parsed.Fail(MissingYear);

    private static int N(Match m, string group) =>
        int.Parse(m.Groups[group].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
}
