using Kommunpilot.Features.Communication;

namespace Kommunpilot.Tests.Communication;

/// <summary>Every form <see cref="Timing.Parse"/> understands, its boundaries, and what it refuses.</summary>
public sealed class TimingTests
{
    [Theory]
    // Dates
    [InlineData("2023-06-01", TimingKind.Date, "2023-06-01", "2023-06-01")]
    [InlineData("1 juni 2023", TimingKind.Date, "2023-06-01", "2023-06-01")]
    [InlineData("den 1:a juni 2023", TimingKind.Date, "2023-06-01", "2023-06-01")]
    [InlineData("1/6 2023", TimingKind.Date, "2023-06-01", "2023-06-01")]
    [InlineData("2023-06-01 – 2023-08-31", TimingKind.Range, "2023-06-01", "2023-08-31")]
    [InlineData("2023-06-01—2023-08-31", TimingKind.Range, "2023-06-01", "2023-08-31")]
    [InlineData("2023-06-01 till 2023-08-31", TimingKind.Range, "2023-06-01", "2023-08-31")]
    [InlineData("1 juni - 31 augusti 2023", TimingKind.Range, "2023-06-01", "2023-08-31")]
    [InlineData("1-15 juni 2023", TimingKind.Range, "2023-06-01", "2023-06-15")]
    [InlineData("1/6 t.o.m. 31/8 2023", TimingKind.Range, "2023-06-01", "2023-08-31")]
    // Months
    [InlineData("juni 2023", TimingKind.Month, "2023-06-01", "2023-06-30")]
    [InlineData("jun 2023", TimingKind.Month, "2023-06-01", "2023-06-30")]
    [InlineData("  JUNI   2023 ", TimingKind.Month, "2023-06-01", "2023-06-30")]
    [InlineData("sept. 2023", TimingKind.Month, "2023-09-01", "2023-09-30")]
    [InlineData("okt 2023", TimingKind.Month, "2023-10-01", "2023-10-31")]
    [InlineData("Juni-september 2023", TimingKind.Month, "2023-06-01", "2023-09-30")]
    [InlineData("juni–september 2023", TimingKind.Month, "2023-06-01", "2023-09-30")]
    [InlineData("juni till september 2023", TimingKind.Month, "2023-06-01", "2023-09-30")]
    [InlineData("från juni t.o.m. september 2023", TimingKind.Month, "2023-06-01", "2023-09-30")]
    [InlineData("juni 2023 - mars 2024", TimingKind.Month, "2023-06-01", "2024-03-31")]
    [InlineData("juni 2023-mars", TimingKind.Month, "2023-06-01", "2023-03-31", true)]
    [InlineData("jan-dec 2023", TimingKind.Month, "2023-01-01", "2023-12-31")]
    // Seasons and terms
    [InlineData("våren 2023", TimingKind.Season, "2023-01-01", "2023-06-30")]
    [InlineData("sommaren 2023", TimingKind.Season, "2023-06-01", "2023-08-31")]
    [InlineData("hösten 2023", TimingKind.Season, "2023-08-01", "2023-12-31")]
    [InlineData("Hösten 2023", TimingKind.Season, "2023-08-01", "2023-12-31")]
    [InlineData("under hösten 2023", TimingKind.Season, "2023-08-01", "2023-12-31")]
    [InlineData("vintern 2023/2024", TimingKind.Season, "2023-12-01", "2024-02-29")]
    [InlineData("vintern 2022/23", TimingKind.Season, "2022-12-01", "2023-02-28")]
    [InlineData("våren-hösten 2023", TimingKind.Season, "2023-01-01", "2023-12-31")]
    [InlineData("VT 2024", TimingKind.Term, "2024-01-01", "2024-06-30")]
    [InlineData("HT 2023", TimingKind.Term, "2023-08-01", "2023-12-31")]
    [InlineData("ht23", TimingKind.Term, "2023-08-01", "2023-12-31")]
    // Weeks (ISO 8601)
    [InlineData("vecka 12 2024", TimingKind.Week, "2024-03-18", "2024-03-24")]
    [InlineData("v. 12 2024", TimingKind.Week, "2024-03-18", "2024-03-24")]
    [InlineData("v12 2024", TimingKind.Week, "2024-03-18", "2024-03-24")]
    [InlineData("vecka 12-14 2024", TimingKind.Week, "2024-03-18", "2024-04-07")]
    [InlineData("vecka 52 2023 - vecka 2 2024", TimingKind.Week, "2023-12-25", "2024-01-14")]
    [InlineData("vecka 1 2021", TimingKind.Week, "2021-01-04", "2021-01-10")]
    [InlineData("vecka 53 2020", TimingKind.Week, "2020-12-28", "2021-01-03")]
    // Quarters, tertials, years
    [InlineData("Q3 2023", TimingKind.Quarter, "2023-07-01", "2023-09-30")]
    [InlineData("kvartal 3 2023", TimingKind.Quarter, "2023-07-01", "2023-09-30")]
    [InlineData("Q1-Q2 2024", TimingKind.Quarter, "2024-01-01", "2024-06-30")]
    [InlineData("tertial 2 2023", TimingKind.Tertial, "2023-05-01", "2023-08-31")]
    [InlineData("2023", TimingKind.Year, "2023-01-01", "2023-12-31")]
    [InlineData("under 2023", TimingKind.Year, "2023-01-01", "2023-12-31")]
    [InlineData("under hela 2023", TimingKind.Year, "2023-01-01", "2023-12-31")]
    [InlineData("2023-2024", TimingKind.Year, "2023-01-01", "2024-12-31")]
    // Parts of a period, deadlines, starts
    [InlineData("början av oktober 2023", TimingKind.PartOf, "2023-10-01", "2023-10-10")]
    [InlineData("mitten av maj 2023", TimingKind.PartOf, "2023-05-11", "2023-05-20")]
    [InlineData("i slutet av augusti 2023", TimingKind.PartOf, "2023-08-21", "2023-08-31")]
    [InlineData("slutet av februari 2024", TimingKind.PartOf, "2024-02-21", "2024-02-29")]
    [InlineData("slutet av 2023", TimingKind.PartOf, "2023-09-01", "2023-12-31")]
    [InlineData("början av 2024", TimingKind.PartOf, "2024-01-01", "2024-04-30")]
    [InlineData("senast 30 januari 2024", TimingKind.Deadline, null, "2024-01-30")]
    [InlineData("senast den 30 januari 2024", TimingKind.Deadline, null, "2024-01-30")]
    [InlineData("senast juni 2023", TimingKind.Deadline, null, "2023-06-30")]
    [InlineData("inför hösten 2023", TimingKind.Deadline, null, "2023-07-31")]
    [InlineData("före 1 juni 2023", TimingKind.Deadline, null, "2023-05-31")]
    [InlineData("fr.o.m. juni 2023", TimingKind.From, "2023-06-01", null)]
    [InlineData("efter sommaren 2023", TimingKind.From, "2023-09-01", null)]
    // No dates, deliberately
    [InlineData("löpande", TimingKind.Ongoing, null, null)]
    [InlineData("Löpande under hela pilotprojektet", TimingKind.Ongoing, null, null)]
    [InlineData("kontinuerligt", TimingKind.Ongoing, null, null)]
    [InlineData("löpande under 2023", TimingKind.Ongoing, "2023-01-01", "2023-12-31")]
    [InlineData("vid behov", TimingKind.AsNeeded, null, null)]
    [InlineData("Vid behov", TimingKind.AsNeeded, null, null)]
    [InlineData("inför beslut i Servicenämnden", TimingKind.Relative, null, null)]
    [InlineData("efter styrgruppsmöte", TimingKind.Relative, null, null)]
    [InlineData("före kommunfullmäktige", TimingKind.Relative, null, null)]
    [InlineData("i samband med styrgruppsmötet i juni 2023", TimingKind.Relative, null, null)]
    public void Understands(string text, TimingKind kind, string? start, string? end, bool endBeforeStart = false)
    {
        var timing = Timing.Parse(text);

        if (endBeforeStart)
        {
            AssertProblem(timing, text, Timing.EndBeforeStart);
            return;
        }
        Assert.Equal(new Timing(text, kind, D(start), D(end), null), timing);
        Assert.True(timing.IsUnderstood);
    }

    [Theory]
    [InlineData("juni", TimingKind.Month, "2023-06-01", "2023-06-30")]
    [InlineData("hösten", TimingKind.Season, "2023-08-01", "2023-12-31")]
    [InlineData("juni-september", TimingKind.Month, "2023-06-01", "2023-09-30")]
    [InlineData("1 juni", TimingKind.Date, "2023-06-01", "2023-06-01")]
    [InlineData("vecka 12", TimingKind.Week, "2023-03-20", "2023-03-26")]
    [InlineData("VT", TimingKind.Term, "2023-01-01", "2023-06-30")]
    [InlineData("juni 2024", TimingKind.Month, "2024-06-01", "2024-06-30")]
    public void Takes_the_year_from_the_context_only_when_none_is_written(string text, TimingKind kind, string start, string end)
    {
        var timing = Timing.Parse(text, new DateOnly(2023, 3, 15));

        Assert.Equal(new Timing(text, kind, D(start), D(end), null), timing);
    }

    [Theory]
    [InlineData("juni")]
    [InlineData("hösten")]
    [InlineData("vecka 12")]
    public void Without_a_year_or_context_the_year_is_asked_for(string text) =>
        AssertProblem(Timing.Parse(text), text, "Året saknas: skriv t.ex. 'juni 2023'.");

    [Theory]
    [InlineData("februari 2024", "2024-02-01", "2024-02-29")]
    [InlineData("februari 2023", "2023-02-01", "2023-02-28")]
    [InlineData("februari 2100", "2100-02-01", "2100-02-28")]
    [InlineData("29 februari 2024", "2024-02-29", "2024-02-29")]
    [InlineData("vecka 1 2021", "2021-01-04", "2021-01-10")]
    [InlineData("vecka 52 2021", "2021-12-27", "2022-01-02")]
    [InlineData("vecka 1 2026", "2025-12-29", "2026-01-04")]
    [InlineData("Q4 2023", "2023-10-01", "2023-12-31")]
    [InlineData("tertial 3 2023", "2023-09-01", "2023-12-31")]
    public void Boundaries(string text, string start, string end)
    {
        var timing = Timing.Parse(text);

        Assert.Equal((D(start), D(end)), (timing.Start, timing.End));
    }

    [Theory]
    [InlineData("banan", Timing.NotUnderstood)]
    [InlineData("juni 20233", Timing.NotUnderstood)]
    [InlineData("12-14 2024", Timing.NotUnderstood)]
    [InlineData("2023/2024", Timing.NotUnderstood)]
    [InlineData("32 juni 2023", "Datumet '32 juni 2023' finns inte.")]
    [InlineData("2023-02-30", "Datumet '2023-02-30' finns inte.")]
    [InlineData("2023-13-01", "Datumet '2023-13-01' finns inte.")]
    [InlineData("29 februari 2023", "Datumet '29 februari 2023' finns inte.")]
    [InlineData("vecka 60 2023", "Vecka 60 finns inte 2023: året har 52 veckor.")]
    [InlineData("vecka 54 2023", "Vecka 54 finns inte 2023: året har 52 veckor.")]
    [InlineData("vecka 53 2021", "Vecka 53 finns inte 2021: året har 52 veckor.")]
    [InlineData("vecka 0 2023", "Vecka 0 finns inte 2023: året har 52 veckor.")]
    [InlineData("Q5 2023", "Kvartal 5 finns inte: ett år har 4.")]
    [InlineData("tertial 4 2023", "Tertial 4 finns inte: ett år har 3.")]
    [InlineData("september-juni 2023", Timing.EndBeforeStart)]
    [InlineData("2023-08-31 – 2023-06-01", Timing.EndBeforeStart)]
    [InlineData("15-1 juni 2023", Timing.EndBeforeStart)]
    [InlineData("vecka 14-12 2024", Timing.EndBeforeStart)]
    [InlineData("2024-2023", Timing.EndBeforeStart)]
    [InlineData("vintern 2024", "Skriv vintern med båda åren, t.ex. 'vintern 2023/2024'.")]
    [InlineData("vintern 2023/2025", "Vinterns år ska följa på varandra, t.ex. 'vintern 2023/2024'.")]
    [InlineData("senast 31 april 2023", "Datumet '31 april 2023' finns inte.")]
    public void Bad_input_is_kept_as_written_and_flagged(string text, string problem) =>
        AssertProblem(Timing.Parse(text), text, problem);

    [Fact]
    public void A_very_long_text_is_kept_and_flagged()
    {
        var text = new string('a', 10_000);

        AssertProblem(Timing.Parse(text), text, "Tidpunkten är för lång (högst 200 tecken).");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData(null)]
    public void Nothing_written_is_no_timing_rather_than_a_problem(string? text)
    {
        var timing = Timing.Parse(text);

        Assert.Equal(new Timing(text ?? "", TimingKind.None, null, null, null), timing);
        Assert.Equal("", timing.ToDisplay());
    }

    [Theory]
    [InlineData("2023-06-01", "1 juni 2023")]
    [InlineData("2023-06-01 – 2023-08-31", "1 juni–31 augusti 2023")]
    [InlineData("2023-12-01 - 2024-02-29", "1 december 2023–29 februari 2024")]
    [InlineData("början av oktober 2023", "1–10 oktober 2023")]
    [InlineData("juni 2023", "juni 2023")]
    [InlineData("Juni-september 2023", "juni–september 2023")]
    [InlineData("hösten 2023", "augusti–december 2023")]
    [InlineData("vintern 2023/2024", "december 2023–februari 2024")]
    [InlineData("vecka 12 2024", "18–24 mars 2024")]
    [InlineData("vecka 1 2026", "29 december 2025–4 januari 2026")]
    [InlineData("Q3 2023", "juli–september 2023")]
    [InlineData("under 2023", "2023")]
    [InlineData("2023-2024", "2023–2024")]
    [InlineData("senast den 30 januari 2024", "senast 30 januari 2024")]
    [InlineData("fr.o.m. juni 2023", "från 1 juni 2023")]
    [InlineData("löpande", "Löpande")]
    [InlineData("löpande under 2023", "Löpande, januari–december 2023")]
    [InlineData("vid behov", "Vid behov")]
    [InlineData(" inför beslut i Servicenämnden ", "inför beslut i Servicenämnden")]
    [InlineData("banan", "banan")]
    public void Displays_the_understood_range_in_swedish(string text, string display) =>
        Assert.Equal(display, Timing.Parse(text).ToDisplay());

    [Fact]
    public void Never_throws_and_keeps_its_promises_on_random_text()
    {
        string[] pieces = ["2023", "2024", "1900", "2199", "9999", "0000", "juni", "feb", "hösten", "vintern", "vecka", "v.", "q",
            "kvartal", "tertial", "ht", "vt", "-", "–", "/", ":e", " ", "  ", "till", "t.o.m.", "senast", "den", "inför", "efter",
            "början av", "slutet av", "löpande", "vid behov", "0", "1", "12", "29", "31", "53", "99", "é", "\u0000", ".", ","];
        var random = new Random(20230601);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));
            var context = random.Next(4) == 0 ? (DateOnly?)null : DateOnly.FromDayNumber(random.Next(DateOnly.MaxValue.DayNumber));

            var timing = Timing.Parse(text, context);
            _ = timing.ToDisplay();

            Assert.Equal(text, timing.Text);
            Assert.True(timing.Problem is null || timing is { Kind: TimingKind.Unparsed, Start: null, End: null }, text);
            Assert.True(timing.Kind != TimingKind.Unparsed || timing.Problem is not null, text);
            Assert.True(timing.Start is null || timing.End is null || timing.Start <= timing.End, text);
        }
    }

    internal static DateOnly? D(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static void AssertProblem(Timing timing, string text, string problem) =>
        Assert.Equal(new Timing(text, TimingKind.Unparsed, null, null, problem), timing);
}
