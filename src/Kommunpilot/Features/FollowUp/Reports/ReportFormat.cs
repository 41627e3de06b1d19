using System.Globalization;
using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// How a report writes its figures: the Swedish way (decimal comma, space between thousands), with the
/// KPI's decimals and unit ("72 %", "960 000 kr"), and dates as ÅÅÅÅ-MM-DD. A report's texts are in
/// Swedish whatever the reader's language, so that an adopted report reads the same for everyone.
/// </summary>
public static class ReportFormat
{
    public static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>What is written where there is no value.</summary>
    public const string None = "–";

    public static string Value(decimal? value, int decimals, string unit) =>
        value is { } v ? Join(KpiChart.Format(v, decimals, Swedish), unit) : None;

    /// <summary>A change with its sign: "+9 procentenheter", "−40 000 kr", "±0 st".</summary>
    public static string Change(decimal change, int decimals, KpiUnit unit, string symbol)
    {
        var number = KpiChart.Format(Math.Abs(change), decimals, Swedish);
        var sign = change > 0 ? "+" : change < 0 ? "−" : "±";
        return Join(sign + number, unit == KpiUnit.Percent ? "procentenheter" : symbol);
    }

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? None;

    public static string Period(KpiFrequency frequency, DateOnly start) => new KpiPeriod(frequency, start).Label(Swedish);

    private static string Join(string number, string unit) => unit.Length == 0 ? number : $"{number} {unit}";
}
