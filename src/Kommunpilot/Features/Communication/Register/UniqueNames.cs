using System.Globalization;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// Names that must be unique (a plan's target groups and channels, an organisation's responsible
/// people) are compared as people read them: trimmed, ignoring case ("styrgruppen" is "Styrgruppen").
/// The lists are short, so the comparison is made in memory, the same on SQLite and PostgreSQL.
/// </summary>
public static class UniqueNames
{
    private static readonly StringComparer Comparer = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    /// <summary>Whether <paramref name="name"/> is among <paramref name="others"/> (the names of the other items).</summary>
    public static bool Taken(string? name, IEnumerable<string> others) =>
        RegisterValidation.Clean(name) is { } clean && others.Any(o => Comparer.Equals(o.Trim(), clean));
}
