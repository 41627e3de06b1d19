using System.Globalization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>The words and number formats of the goal pages. The words are keys into <c>GoalTexts</c>.</summary>
public static class GoalFormat
{
    /// <summary>The heading of an aspect among the plan-wide goals, as 000 writes it.</summary>
    public static string HeadingOf(GoalAspect a) => a switch
    {
        GoalAspect.Know => "Kunskapsmål (veta)",
        GoalAspect.Feel => "Attitydmål (känna)",
        GoalAspect.Do => "Motivationsmål (göra)",
        _ => a.ToString(),
    };

    /// <summary>The column of an aspect in the target-group table, as 004 writes it.</summary>
    public static string ColumnOf(GoalAspect a) => a switch
    {
        GoalAspect.Know => "Veta",
        GoalAspect.Feel => "Känna",
        GoalAspect.Do => "Göra",
        _ => a.ToString(),
    };

    /// <summary>The goal in a sentence: "kunskapsmålet".</summary>
    public static string NounOf(GoalAspect a) => a switch
    {
        GoalAspect.Know => "kunskapsmålet",
        GoalAspect.Feel => "attitydmålet",
        GoalAspect.Do => "motivationsmålet",
        _ => a.ToString(),
    };

    /// <summary>A number as people write it in the page's language: "2", "2,5", "1 000".</summary>
    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static string Number(decimal? value) => value is { } v ? Number(v) : "";

    /// <summary>A percentage, whole: "50".</summary>
    public static string Percent(decimal part, decimal whole) =>
        whole <= 0 ? "0" : decimal.Round(part * 100 / whole, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The start of a long text, for naming an item in a sentence or a link.</summary>
    public static string Short(string? text, int length = 50)
    {
        var plain = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return plain.Length <= length ? plain : plain[..length].TrimEnd() + "…";
    }
}
