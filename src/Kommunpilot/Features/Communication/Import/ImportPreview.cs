namespace Kommunpilot.Features.Communication.Import;

/// <summary>A problem of a row: an error stops the import; a warning (a timing not understood) only flags the row.</summary>
public sealed record ImportProblem(int Row, string? Cell, ImportMessage Message, bool IsWarning);

/// <summary>A target group, channel or person named in a row; <see cref="IsNew"/> when it does not exist yet.</summary>
public sealed record NameUse(string Name, bool IsNew);

/// <summary>A row as it will be imported.</summary>
public sealed record PreviewRow(
    int Row,
    string What,
    string? MessageText,
    Timing Timing,
    IReadOnlyList<NameUse> TargetGroups,
    IReadOnlyList<NameUse> Channels,
    IReadOnlyList<NameUse> Responsible,
    decimal? PlannedHours,
    ActivityStatus Status,
    string? Why,
    string? How,
    IReadOnlyList<ImportProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => !p.IsWarning);
}

/// <summary>A column of the sheet and the field it is read into.</summary>
public sealed record ColumnChoice(SheetColumn Column, ImportField Field);

/// <summary>Names the file uses that do not exist: target groups and channels of the plan, people of its organisation.</summary>
public sealed record MissingNames(IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Channels, IReadOnlyList<string> People)
{
    public bool Any => TargetGroups.Count + Channels.Count + People.Count > 0;

    /// <summary>The lists as messages, one per kind that has any.</summary>
    public IEnumerable<ImportMessage> Messages()
    {
        if (TargetGroups.Count > 0)
        {
            yield return new(ImportMessages.MissingGroups, string.Join(", ", TargetGroups));
        }
        if (Channels.Count > 0)
        {
            yield return new(ImportMessages.MissingChannels, string.Join(", ", Channels));
        }
        if (People.Count > 0)
        {
            yield return new(ImportMessages.MissingPeople, string.Join(", ", People));
        }
    }
}

/// <summary>The names that exist where the import writes, and the year a timing without one takes.</summary>
public sealed record PlanNames(DateOnly? PeriodStart, IReadOnlyCollection<string> TargetGroups, IReadOnlyCollection<string> Channels, IReadOnlyCollection<string> People);

/// <summary>Everything the import would do, before anything is saved.</summary>
public sealed record ImportPreview(
    string SheetName,
    int HeaderRow,
    IReadOnlyList<ColumnChoice> Columns,
    IReadOnlyList<ImportMessage> ColumnProblems,
    IReadOnlyList<PreviewRow> Rows,
    MissingNames Missing)
{
    public IEnumerable<ImportProblem> Problems => Rows.SelectMany(r => r.Problems);

    public int ErrorCount => ColumnProblems.Count + Problems.Count(p => !p.IsWarning);

    public int WarningCount => Problems.Count(p => p.IsWarning);

    public bool HasErrors => ErrorCount > 0;

    /// <summary>The mapping as "What,Timing,Ignore,...", by column: tells whether the user changed it after looking.</summary>
    public string MappingKey => string.Join(",", Columns.Select(c => c.Field));
}
