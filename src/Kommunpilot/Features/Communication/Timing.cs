using System.Text.RegularExpressions;

namespace Kommunpilot.Features.Communication;

/// <summary>What kind of "when" a <see cref="Timing"/> text was understood as.</summary>
public enum TimingKind
{
    /// <summary>Nothing written (the activity has no time yet).</summary>
    None,
    /// <summary>One day: "2023-06-01", "1 juni 2023", "1/6 2023".</summary>
    Date,
    /// <summary>From one day to another, or a range mixing kinds: "2023-06-01 – 2023-08-31", "1-15 juni 2023".</summary>
    Range,
    /// <summary>Whole months: "juni 2023", "juni-september 2023", "juni 2023 - mars 2024".</summary>
    Month,
    /// <summary>"våren 2023", "sommaren 2023", "hösten 2023", "vintern 2023/2024".</summary>
    Season,
    /// <summary>School terms: "VT 2024", "HT 2023".</summary>
    Term,
    /// <summary>ISO 8601 weeks: "vecka 12 2024", "v12-14 2024".</summary>
    Week,
    /// <summary>"Q3 2023", "kvartal 3 2023".</summary>
    Quarter,
    /// <summary>"tertial 2 2023".</summary>
    Tertial,
    /// <summary>"2023", "under 2023", "2023-2024".</summary>
    Year,
    /// <summary>The start, middle or end of a period: "början av oktober 2023", "slutet av 2023".</summary>
    PartOf,
    /// <summary>End only: "senast 30 januari 2024", "inför juni 2023" (the day before).</summary>
    Deadline,
    /// <summary>Start only: "fr.o.m. juni 2023", "efter 15 maj 2023" (the day after).</summary>
    From,
    /// <summary>"löpande", "kontinuerligt": no dates unless a period follows ("löpande under 2023").</summary>
    Ongoing,
    /// <summary>"vid behov", "vid efterfrågan".</summary>
    AsNeeded,
    /// <summary>Relative to a decision or meeting: "inför beslut i Servicenämnden", "efter styrgruppsmöte".
    /// No dates; a later step links it to a milestone.</summary>
    Relative,
    /// <summary>Not understood, or understood but naming no real period; see <see cref="Timing.Problem"/>.</summary>
    Unparsed,
}

/// <summary>
/// The "when" of an activity, written as people write it and understood as a date range.
/// <see cref="Text"/> is always kept exactly as written. When <see cref="Problem"/> is set the kind is
/// <see cref="TimingKind.Unparsed"/> and there are no dates: nothing is ever guessed silently.
/// </summary>
/// <remarks>
/// The municipal conventions used: <b>våren</b> = 1 January-30 June, <b>sommaren</b> = 1 June-31 August,
/// <b>hösten</b> = 1 August-31 December (as the terms: people plan "hösten" from the end of the summer
/// holidays), <b>vintern 2023/2024</b> = 1 December 2023-end of February 2024 (both years must be written;
/// "vintern 2024" is ambiguous and reported), <b>VT</b> = January-June, <b>HT</b> = August-December,
/// weeks are ISO 8601, quarters are three months and tertials four. <b>Början/mitten/slutet av</b> a month
/// are days 1-10, 11-20 and 21 to the end; of a year its tertials; otherwise the period in thirds.
/// A range whose end comes before its start ("september-juni 2023") is a problem, never a wrap into
/// the next year.
/// </remarks>
public sealed partial record Timing(string Text, TimingKind Kind, DateOnly? Start, DateOnly? End, string? Problem)
{
    public const int MaxLength = 200;
    public const string NotUnderstood = "Tidpunkten kunde inte tolkas: skriv t.ex. 'juni 2023', 'hösten 2023' eller '2023-06-01'.";
    public const string EndBeforeStart =
        "Tidpunkten slutar innan den börjar. Skriv året på båda sidor om perioden går över ett årsskifte, t.ex. 'september 2023–juni 2024'.";

    /// <summary>True when the text was understood (possibly as "no dates", e.g. "vid behov").</summary>
    public bool IsUnderstood => Problem is null;

    /// <summary>Understands <paramref name="text"/>; never throws. <paramref name="context"/> (e.g. the plan's
    /// start) gives the year only when the text names none ("juni", "hösten").</summary>
    public static Timing Parse(string? text, DateOnly? context = null)
    {
        var written = text ?? "";
        if (string.IsNullOrWhiteSpace(written))
        {
            return new(written, TimingKind.None, null, null, null);
        }
        if (written.Length > MaxLength)
        {
            return new(written, TimingKind.Unparsed, null, null, $"Tidpunkten är för lång (högst {MaxLength} tecken).");
        }
        var year = context?.Year is >= 1900 and <= 2199 ? context?.Year : null;
        var result = Understand(Normalize(written), year) ?? Parsed.Fail(NotUnderstood);
        return result.Problem is { } problem
            ? new(written, TimingKind.Unparsed, null, null, problem)
            : new(written, result.Kind, result.Start, result.End, null);
    }

    private static Parsed? Understand(string s, int? year)
    {
        if (OngoingRegex().Match(s) is { Success: true } ongoing)
        {
            var during = Span(ongoing.Groups["rest"].Value, year);
            return during is { Problem: null } ? during with { Kind = TimingKind.Ongoing } : during ?? new(TimingKind.Ongoing, null, null);
        }
        if (AsNeededRegex().IsMatch(s))
        {
            return new(TimingKind.AsNeeded, null, null);
        }
        if (DeadlineRegex().Match(s) is { Success: true } deadline)
        {
            return Span(deadline.Groups["rest"].Value, year) is { } by ? Apply(by, b => new(TimingKind.Deadline, null, b.End)) : null;
        }
        if (FromRegex().Match(s) is { Success: true } from)
        {
            return Span(from.Groups["rest"].Value, year) is { } start ? Apply(start, b => new(TimingKind.From, b.Start, null)) : null;
        }
        if (RelativeRegex().Match(s) is { Success: true } relative)
        {
            // "inför juni 2023" is a calendar period after all; "inför beslut i nämnden" names an event.
            var period = relative.Groups["w"].Value == "i samband med" ? null : Span(relative.Groups["rest"].Value, year);
            return period switch
            {
                null => new(TimingKind.Relative, null, null),
                _ when relative.Groups["w"].Value == "efter" => Apply(period, p => new(TimingKind.From, p.End!.Value.AddDays(1), null)),
                _ => Apply(period, p => new(TimingKind.Deadline, null, p.Start!.Value.AddDays(-1))),
            };
        }
        if (PartOfRegex().Match(s) is { Success: true } part)
        {
            var whole = Span(part.Groups["rest"].Value, year);
            var third = part.Groups["p"].Value switch { "början" => 0, "mitten" => 1, _ => 2 };
            if (whole is not { Problem: null, Start: { } a, End: { } b } || b.DayNumber - a.DayNumber < 2)
            {
                return whole is { Problem: not null } ? whole : null;
            }
            var (first, last) = SwedishCalendar.Third(a, b, third);
            return Parsed.Span(TimingKind.PartOf, first, last);
        }
        return Span(s, year);
    }

    /// <summary>One period, or two joined by "-" ("juni-september 2023"): the left side takes the right
    /// side's year when it names none. Tries each "-" in turn, since ISO dates contain dashes too.</summary>
    private static Parsed? Span(string s, int? year)
    {
        s = PrefixRegex().Replace(s, "");
        if (TimingPatterns.Single(s, year) is { } single)
        {
            return single;
        }
        for (var i = s.IndexOf('-', StringComparison.Ordinal); i > 0; i = s.IndexOf('-', i + 1))
        {
            if (TimingPatterns.Single(s[(i + 1)..], year) is not { } right
                || TimingPatterns.Single(s[..i], right.Start?.Year ?? year) is not { } left)
            {
                continue;
            }
            if (right.Problem == TimingPatterns.MissingYear && left.Start is { } leftStart)
            {
                right = TimingPatterns.Single(s[(i + 1)..], leftStart.Year)!; // "juni 2023-september"
            }
            if (left.Problem is not null || right.Problem is not null)
            {
                return left.Problem is not null ? left : right;
            }
            if (right.End < left.Start)
            {
                return Parsed.Fail(EndBeforeStart);
            }
            var kind = left.Kind == right.Kind && left.Kind != TimingKind.Date ? left.Kind : TimingKind.Range;
            return Parsed.Span(kind, left.Start!.Value, right.End!.Value);
        }
        return null;
    }

    /// <summary>A Swedish description of the understood range: "1 juni–31 augusti 2023",
    /// "augusti–december 2023" for "hösten 2023", "senast 30 januari 2024", "Vid behov". Not understood: the text as written.</summary>
    public string ToDisplay()
    {
        if (Start is { } start && End is { } end)
        {
            var range = Kind is TimingKind.Date or TimingKind.Range or TimingKind.Week or TimingKind.PartOf
                ? SwedishCalendar.Days(start, end)
                : SwedishCalendar.WholeMonths(start, end);
            return Kind switch
            {
                TimingKind.Year => start.Year == end.Year ? $"{start.Year}" : $"{start.Year}–{end.Year}",
                TimingKind.Ongoing => $"Löpande, {range}",
                _ => range,
            };
        }
        return Kind switch
        {
            TimingKind.Deadline when End is { } by => $"senast {SwedishCalendar.Day(by, withYear: true)}",
            TimingKind.From when Start is { } from => $"från {SwedishCalendar.Day(from, withYear: true)}",
            TimingKind.Ongoing => "Löpande",
            TimingKind.AsNeeded => "Vid behov",
            _ => Text.Trim(),
        };
    }

    private static Parsed Apply(Parsed period, Func<Parsed, Parsed> make) =>
        period.Problem is null && period.Start is not null && period.End is not null ? make(period) : period;

    /// <summary>Lower case, single spaces, every dash and "till"/"t.o.m." a plain "-" without spaces.</summary>
    private static string Normalize(string text)
    {
        var s = WhitespaceRegex().Replace(text.Trim().ToLowerInvariant().Replace(',', ' '), " ");
        s = SeparatorRegex().Replace(s, "-");
        return s.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"\s*(?:[-‐‑‒–—―]|\s(?:till och med|t\.\s?o\.\s?m\.?|till)\s)\s*")]
    private static partial Regex SeparatorRegex();

    [GeneratedRegex(@"^(?:(?:under|i|från|hela|år)\s)+")]
    private static partial Regex PrefixRegex();

    [GeneratedRegex(@"^(?:löpande|fortlöpande|kontinuerligt|kontinuerlig|återkommande|pågående)(?:\s(?:under\s)?(?<rest>.*))?$")]
    private static partial Regex OngoingRegex();

    [GeneratedRegex(@"^(?:vid|efter)\s(?:behov|efterfrågan|förfrågan|tillgång)\b")]
    private static partial Regex AsNeededRegex();

    [GeneratedRegex(@"^senast\s(?:den\s)?(?<rest>.+)$")]
    private static partial Regex DeadlineRegex();

    [GeneratedRegex(@"^(?:från och med|fr\.\s?o\.\s?m\.?|fom)\s(?:den\s)?(?<rest>.+)$")]
    private static partial Regex FromRegex();

    [GeneratedRegex(@"^(?<w>inför|efter|före|innan|i samband med)\s(?:den\s)?(?<rest>.+)$")]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(@"^(?:i\s)?(?<p>början|mitten|slutet)\s(?:av|på)\s(?<rest>.+)$")]
    private static partial Regex PartOfRegex();
}
