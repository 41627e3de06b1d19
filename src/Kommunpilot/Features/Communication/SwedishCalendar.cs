using System.Globalization;

namespace Kommunpilot.Features.Communication;

/// <summary>Month names, the municipal seasons and Swedish date formatting for <see cref="Timing"/>.
/// Independent of the current culture: the same text always gives the same dates.</summary>
internal static class SwedishCalendar
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>Month number (1-12) from a full or abbreviated Swedish month name ("jun", "juni", "sept.").</summary>
    public static int MonthNumber(string name) =>
        Array.FindIndex(Months, m => m.StartsWith(name.TrimEnd('.')[..3], StringComparison.Ordinal)) + 1;

    public static string MonthName(int month) => Months[month - 1];

    /// <summary>The real date, or null when the numbers name no date (30 February, month 13).</summary>
    public static DateOnly? Date(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>First and last day of an ISO 8601 week, or null when the year has no such week.</summary>
    public static (DateOnly Start, DateOnly End)? Week(int year, int week)
    {
        if (week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return null;
        }
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return (monday, monday.AddDays(6));
    }

    /// <summary>The first, middle or last third ("början", "mitten", "slutet") of a period.
    /// A single month: days 1-10, 11-20 and 21 to the end. Whole months whose count divides by three
    /// (a year, a half-year, a quarter): whole months, so the start of a year is its first tertial
    /// (January-April). Anything else: its days in three nearly equal parts.</summary>
    public static (DateOnly Start, DateOnly End) Third(DateOnly start, DateOnly end, int part)
    {
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
        var wholeMonths = start.Day == 1 && end == LastDay(end.Year, end.Month);
        if (wholeMonths && months == 1)
        {
            return part switch
            {
                0 => (start, start.AddDays(9)),
                1 => (start.AddDays(10), start.AddDays(19)),
                _ => (start.AddDays(20), end),
            };
        }
        if (wholeMonths && months % 3 == 0)
        {
            var first = start.AddMonths(months / 3 * part);
            var last = first.AddMonths(months / 3).AddDays(-1);
            return (first, last);
        }
        var days = end.DayNumber - start.DayNumber + 1;
        var from = start.AddDays(days * part / 3);
        var to = part == 2 ? end : start.AddDays(days * (part + 1) / 3 - 1);
        return (from, to);
    }

    /// <summary>"1 juni 2023", "1–10 oktober 2023", "1 juni–31 augusti 2023", "1 december 2023–29 februari 2024".</summary>
    public static string Days(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return Day(start, withYear: true);
        }
        if (start.Year != end.Year)
        {
            return $"{Day(start, withYear: true)}–{Day(end, withYear: true)}";
        }
        return start.Month == end.Month
            ? $"{start.Day}–{Day(end, withYear: true)}"
            : $"{Day(start, withYear: false)}–{Day(end, withYear: true)}";
    }

    /// <summary>"juni 2023", "juni–september 2023", "december 2023–februari 2024"; falls back to
    /// <see cref="Days"/> when the range does not start and end on month boundaries.</summary>
    public static string WholeMonths(DateOnly start, DateOnly end)
    {
        if (start.Day != 1 || end != LastDay(end.Year, end.Month))
        {
            return Days(start, end);
        }
        if (start.Year != end.Year)
        {
            return $"{MonthName(start.Month)} {start.Year}–{MonthName(end.Month)} {end.Year}";
        }
        return start.Month == end.Month
            ? $"{MonthName(start.Month)} {start.Year}"
            : $"{MonthName(start.Month)}–{MonthName(end.Month)} {end.Year}";
    }

    public static string Day(DateOnly date, bool withYear) =>
        withYear ? $"{date.Day} {MonthName(date.Month)} {date.Year}" : $"{date.Day} {MonthName(date.Month)}";
}
