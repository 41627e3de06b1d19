using System.Globalization;
using System.Text.RegularExpressions;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// Amounts in kronor as people type and read them: "25 000", "1 500,50", "1500.5", "25 000 kr".
/// Spaces (also non-breaking) group thousands; a comma or a point separates öre. Anything else is
/// not guessed at.
/// </summary>
public static partial class Kronor
{
    public const string NotAnAmount = "Budgeten ska vara ett belopp i kronor, till exempel 25 000 eller 1 500,50.";
    public const string TooManyDecimals = "Budgeten kan ha högst två decimaler (ören).";

    [GeneratedRegex(@"^(?<sign>-)?\s*(?<whole>\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:[,.](?<part>\d+))?\s*(?:kr|kronor|sek)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>Reads an amount; an empty text is no amount. Returns the problem in Swedish (a text key), or null.</summary>
    public static string? TryParse(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var match = Pattern().Match(text.Trim().Replace('\u2212', '-'));
        if (!match.Success)
        {
            return NotAnAmount;
        }
        var part = match.Groups["part"].Value;
        if (part.Length > 2)
        {
            return TooManyDecimals;
        }
        var whole = match.Groups["whole"].Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        if (whole.Length > 15
            || !decimal.TryParse(whole + (part.Length > 0 ? "." + part : ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return PlanRules.BudgetTooLarge;
        }
        amount = match.Groups["sign"].Success ? -value : value;
        return null;
    }

    /// <summary>For a form field: "25000" or "1500,50", which <see cref="TryParse"/> reads back.</summary>
    public static string? ForInput(decimal? amount) =>
        amount is not { } a ? null
        : a == decimal.Truncate(a) ? a.ToString("0", CultureInfo.InvariantCulture)
        : a.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>For reading: "25 000 kr", "1 500,50 kr" in Swedish (non-breaking spaces), "25,000 kr" in English.</summary>
    public static string Format(decimal amount)
    {
        var invariant = amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);
        var text = Infrastructure.Localization.Cultures.IsEnglish
            ? invariant
            : invariant.Replace(",", "\u00A0", StringComparison.Ordinal).Replace('.', ',');
        return text + "\u00A0kr";
    }
}
