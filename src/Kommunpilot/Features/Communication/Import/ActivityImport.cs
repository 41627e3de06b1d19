using System.Globalization;
using System.Text.RegularExpressions;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>
/// Turns the rows read from the sheet into activities as they will be imported, with every problem by
/// row and cell. Pure: the table, the chosen columns and the names that exist in; a preview out.
/// </summary>
public static partial class ActivityImport
{
    public const decimal MaxHours = 10_000;

    /// <summary>Builds the preview. <paramref name="mapping"/> gives each column's field (missing columns are ignored).</summary>
    public static ImportPreview Preview(SheetTable table, IReadOnlyDictionary<int, ImportField> mapping, PlanNames names)
    {
        var columns = table.Columns.Select(c => new ColumnChoice(c, mapping.GetValueOrDefault(c.Number, ImportField.Ignore))).ToList();
        var columnProblems = new List<ImportMessage>();
        foreach (var same in columns.Where(c => c.Field != ImportField.Ignore).GroupBy(c => c.Field).Where(g => g.Count() > 1))
        {
            columnProblems.Add(new(ImportMessages.SameField, string.Join(", ", same.Select(c => c.Column.Letter)), ImportColumns.NameOf(same.Key)));
        }
        if (columns.All(c => c.Field != ImportField.What))
        {
            columnProblems.Add(new(ImportMessages.NoWhatColumn));
        }
        // With a field chosen twice, the preview reads the first column; the problem above stops the import.
        var columnOf = columns.Where(c => c.Field != ImportField.Ignore)
            .GroupBy(c => c.Field)
            .ToDictionary(g => g.Key, g => g.First().Column);
        var mapped = columnOf.Values.Select(c => c.Number).ToHashSet();

        var groups = new Names(names.TargetGroups);
        var channels = new Names(names.Channels);
        var people = new Names(names.People);
        var rows = new List<PreviewRow>();
        foreach (var sheetRow in table.Rows)
        {
            var cells = sheetRow.Cells.Where(c => mapped.Contains(c.Key)).Select(c => c.Value).ToList();
            if (cells.Count == 0)
            {
                continue;
            }
            rows.Add(new RowReader(sheetRow, columnOf, names.PeriodStart, groups, channels, people).Read());
        }
        return new ImportPreview(table.SheetName, table.HeaderRow, columns, columnProblems, rows,
            new MissingNames(groups.Missing, channels.Missing, people.Missing));
    }

    /// <summary>Splits a cell of names on commas, semicolons and line breaks; not on "/" or "och", which names contain.</summary>
    public static IReadOnlyList<string> SplitNames(string? text) =>
        text is null ? [] : NameSeparators().Split(text).Select(CollapseSpaces).Where(n => n.Length > 0).ToList();

    /// <summary>How names are compared: case and spacing do not matter.</summary>
    public static string NameKey(string name) => CollapseSpaces(name).ToLowerInvariant();

    private static string CollapseSpaces(string text) => Spaces().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>Hours as people write them: "2", "2,5", "2.5", "3 h", "3 timmar".</summary>
    public static bool TryParseHours(string text, out decimal hours)
    {
        var match = HoursText().Match(text.Replace('\u2212', '-'));
        hours = 0;
        return match.Success
            && decimal.TryParse(match.Groups["n"].Value.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'),
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours);
    }

    /// <summary>A status by its Swedish label, any case; empty is Planerad.</summary>
    public static ActivityStatus? ParseStatus(string? text) =>
        string.IsNullOrWhiteSpace(text) ? ActivityStatus.Planned
        : Enum.GetValues<ActivityStatus>().Cast<ActivityStatus?>()
            .FirstOrDefault(s => ImportColumns.Normalize(CommunicationLabels.Of(s!.Value)) == ImportColumns.Normalize(text));

    [GeneratedRegex(@"[,;\n\r]+")]
    private static partial Regex NameSeparators();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\s*(?<n>[-+]?\d{1,3}(?:[ \u00A0]\d{3})+(?:[.,]\d+)?|[-+]?\d+(?:[.,]\d+)?|[-+]?[.,]\d+)\s*(?:h|tim|timme|timmar)?\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HoursText();

    /// <summary>The names of one kind that exist, and those the file adds, in the order first met.</summary>
    private sealed class Names
    {
        private readonly Dictionary<string, string> _existing = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _missing = new(StringComparer.Ordinal);

        public Names(IEnumerable<string> existing)
        {
            foreach (var name in existing)
            {
                _existing.TryAdd(NameKey(name), name);
            }
        }

        public List<string> Missing { get; } = [];

        public NameUse Use(string name)
        {
            var key = NameKey(name);
            if (_existing.TryGetValue(key, out var known))
            {
                return new(known, false);
            }
            if (!_missing.TryGetValue(key, out var first))
            {
                _missing[key] = first = name;
                Missing.Add(name);
            }
            return new(first, true);
        }
    }

    /// <summary>Reads one row, collecting its problems.</summary>
    private sealed class RowReader(SheetRow row, Dictionary<ImportField, SheetColumn> columnOf, DateOnly? periodStart, Names groups, Names channels, Names people)
    {
        private readonly List<ImportProblem> _problems = [];

        public PreviewRow Read()
        {
            foreach (var column in columnOf.Values)
            {
                if (row.Cells.TryGetValue(column.Number, out var cell) && cell.IsFormula)
                {
                    Error(cell.Address, ImportMessages.Formula, cell.Address);
                }
            }
            var what = Text(ImportField.What, CommunicationModel.MediumText);
            if (what is null && columnOf.TryGetValue(ImportField.What, out var whatColumn)
                && !(row.Cells.TryGetValue(whatColumn.Number, out var whatCell) && whatCell.IsFormula))
            {
                var address = whatColumn.Letter + row.Number.ToString(CultureInfo.InvariantCulture);
                Error(address, ImportMessages.NoWhat, address);
            }
            var message = Text(ImportField.MessageText, CommunicationModel.MediumText);
            var timingText = Text(ImportField.Timing, Timing.MaxLength);
            var timing = Timing.Parse(timingText, periodStart);
            if (timing.Problem is { } timingProblem && timingText is { Length: <= Timing.MaxLength })
            {
                var cell = Cell(ImportField.Timing)!;
                _problems.Add(new(row.Number, cell.Address, new(ImportMessages.TimingNotUnderstood, cell.Address, timingProblem), IsWarning: true));
            }
            return new PreviewRow(
                row.Number,
                what ?? "",
                message,
                timing,
                NamesOf(ImportField.TargetGroups, groups),
                NamesOf(ImportField.Channels, channels),
                NamesOf(ImportField.Responsible, people),
                Hours(),
                Status(),
                Text(ImportField.Why, CommunicationModel.MediumText),
                Text(ImportField.How, CommunicationModel.MediumText),
                _problems);
        }

        private SheetCell? Cell(ImportField field) =>
            columnOf.TryGetValue(field, out var column) && row.Cells.TryGetValue(column.Number, out var cell) && !cell.IsFormula ? cell : null;

        /// <summary>The cell's text, trimmed; null when empty. Too long or with control characters: an error.</summary>
        private string? Text(ImportField field, int max)
        {
            if (Cell(field) is not { Text.Length: > 0 } cell)
            {
                return null;
            }
            if (cell.Text.Length > max)
            {
                Error(cell.Address, ImportMessages.TooLong, cell.Address, ImportColumns.NameOf(field), max);
            }
            if (cell.Text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                Error(cell.Address, ImportMessages.ControlCharacter, cell.Address);
            }
            return cell.Text;
        }

        private List<NameUse> NamesOf(ImportField field, Names names)
        {
            var uses = new List<NameUse>();
            if (Text(field, int.MaxValue) is not { } text)
            {
                return uses;
            }
            var address = Cell(field)!.Address;
            foreach (var name in SplitNames(text))
            {
                if (name.Length > CommunicationModel.ShortText)
                {
                    Error(address, ImportMessages.NameTooLong, address, name[..40] + "…");
                    continue;
                }
                var use = names.Use(name);
                if (!uses.Any(u => NameKey(u.Name) == NameKey(use.Name)))
                {
                    uses.Add(use);
                }
            }
            return uses;
        }

        private decimal? Hours()
        {
            if (Cell(ImportField.PlannedHours) is not { } cell || (cell.Text.Length == 0 && cell.Number is null))
            {
                return null;
            }
            decimal hours;
            if (cell.Number is { } number)
            {
                if (double.IsNaN(number) || Math.Abs(number) > (double)MaxHours * 10)
                {
                    Error(cell.Address, ImportMessages.HoursTooMany, cell.Address);
                    return null;
                }
                hours = (decimal)number;
            }
            else if (!TryParseHours(cell.Text, out hours))
            {
                Error(cell.Address, ImportMessages.HoursNotNumber, cell.Address);
                return null;
            }
            if (hours < 0)
            {
                Error(cell.Address, ImportMessages.HoursNegative, cell.Address);
                return null;
            }
            if (hours > MaxHours)
            {
                Error(cell.Address, ImportMessages.HoursTooMany, cell.Address);
                return null;
            }
            return Math.Round(hours, 2, MidpointRounding.AwayFromZero);
        }

        private ActivityStatus Status()
        {
            var cell = Cell(ImportField.Status);
            if (ParseStatus(cell?.Text) is { } status)
            {
                return status;
            }
            Error(cell!.Address, ImportMessages.UnknownStatus, cell.Address, cell.Text);
            return ActivityStatus.Planned;
        }

        private void Error(string cell, string template, params object[] args) =>
            _problems.Add(new(row.Number, cell, new(template, args), IsWarning: false));
    }
}
