namespace Kommunpilot.Features.Communication.Views;

/// <summary>A calendar month: the unit of the timeline and the hours table.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => SwedishCalendar.LastDay(Year, Month);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public YearMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>"januari".</summary>
    public string Name => SwedishCalendar.MonthName(Month);

    /// <summary>"jan".</summary>
    public string ShortName => Name[..3];

    /// <summary>"januari 2023".</summary>
    public override string ToString() => $"{Name} {Year}";

    public int CompareTo(YearMonth other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;

    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;

    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;

    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public static IReadOnlyList<YearMonth> Range(YearMonth from, YearMonth to)
    {
        var months = new List<YearMonth>();
        for (var m = from; m <= to; m = m.Next)
        {
            months.Add(m);
        }
        return months;
    }

    /// <summary>The months covered by the plan's period and every date given, or null when there is no date at all.</summary>
    public static (YearMonth From, YearMonth To)? Span(IEnumerable<DateOnly?> dates)
    {
        var known = dates.OfType<DateOnly>().ToList();
        return known.Count == 0 ? null : (Of(known.Min()), Of(known.Max()));
    }
}
