using System.Text.RegularExpressions;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>What a column of the sheet becomes in an activity.</summary>
public enum ImportField
{
    Ignore,
    What,
    MessageText,
    Timing,
    TargetGroups,
    Channels,
    Responsible,
    PlannedHours,
    Status,
    Why,
    How,
}

/// <summary>
/// The column names communicators use in their activity plans (000: "Aktivitet, Budskap, Tidpunkt,
/// Målgrupp, Kanal, Ansvarig"; 004: "Vad ska vi göra?, När?, Ansvarig, Tid i h") and the ones the
/// plan's own Excel export writes, recognised whatever their case, spacing or closing "?" or ":".
/// </summary>
public static partial class ImportColumns
{
    /// <summary>The headers of the plan's Excel export, in its order.</summary>
    public static readonly IReadOnlyList<string> ExportHeaders =
        ["Aktivitet", "Budskap", "Tidpunkt", "Målgrupp", "Kanal", "Ansvarig", "Tid i h", "Status", "Från", "Till", "Varför", "Hur"];

    private static readonly Dictionary<string, ImportField> Known = new(StringComparer.Ordinal)
    {
        ["aktivitet"] = ImportField.What,
        ["aktiviteter"] = ImportField.What,
        ["vad ska vi göra"] = ImportField.What,
        ["vad"] = ImportField.What,
        ["budskap"] = ImportField.MessageText,
        ["tidpunkt"] = ImportField.Timing,
        ["när"] = ImportField.Timing,
        ["målgrupp"] = ImportField.TargetGroups,
        ["målgrupper"] = ImportField.TargetGroups,
        ["kanal"] = ImportField.Channels,
        ["kanaler"] = ImportField.Channels,
        ["ansvarig"] = ImportField.Responsible,
        ["ansvariga"] = ImportField.Responsible,
        ["vem"] = ImportField.Responsible,
        ["tid i h"] = ImportField.PlannedHours,
        ["timmar"] = ImportField.PlannedHours,
        ["tid (h)"] = ImportField.PlannedHours,
        ["status"] = ImportField.Status,
        ["varför"] = ImportField.Why,
        ["hur"] = ImportField.How,
        // Derived from Tidpunkt by the export: known, and ignored.
        ["från"] = ImportField.Ignore,
        ["till"] = ImportField.Ignore,
    };

    /// <summary>The field a header names, or null for a header that is not one of the usual ones.</summary>
    public static ImportField? Recognise(string? header) =>
        header is null ? null : Known.TryGetValue(Normalize(header), out var field) ? field : null;

    /// <summary>The field's name in the choices, as the export's header names it.</summary>
    public static string NameOf(ImportField field) => field switch
    {
        ImportField.What => "Aktivitet",
        ImportField.MessageText => "Budskap",
        ImportField.Timing => "Tidpunkt",
        ImportField.TargetGroups => "Målgrupp",
        ImportField.Channels => "Kanal",
        ImportField.Responsible => "Ansvarig",
        ImportField.PlannedHours => "Tid i h",
        ImportField.Status => "Status",
        ImportField.Why => "Varför",
        ImportField.How => "Hur",
        _ => "Ignorera",
    };

    /// <summary>Lower case, single spaces, no closing "?" or ":".</summary>
    public static string Normalize(string header) =>
        Spaces().Replace(header.Replace('\u00A0', ' '), " ").Trim().TrimEnd('?', ':', ' ').ToLowerInvariant();

    /// <summary>
    /// The usual choice for each column: its recognised field, each field to the first column naming it
    /// (a second "Vem" beside "Ansvarig" is ignored until the user picks it).
    /// </summary>
    public static Dictionary<int, ImportField> DefaultMapping(IEnumerable<SheetColumn> columns)
    {
        var mapping = new Dictionary<int, ImportField>();
        var taken = new HashSet<ImportField>();
        foreach (var column in columns)
        {
            var field = column.Recognised ?? ImportField.Ignore;
            mapping[column.Number] = field != ImportField.Ignore && !taken.Add(field) ? ImportField.Ignore : field;
        }
        return mapping;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
