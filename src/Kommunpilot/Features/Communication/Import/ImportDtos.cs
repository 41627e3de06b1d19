using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Communication.Import;

// What the import API answers. Enums travel as their English names ("What", "Done", "Season"),
// dates as yyyy-MM-dd, messages in Swedish.

/// <summary>The preview (<c>?dryRun=true</c>): the columns as read, every row as it would be imported, every problem, the names that would be created.</summary>
public sealed record ImportPreviewDto(
    string Sheet,
    int HeaderRow,
    IReadOnlyList<ImportColumnDto> Columns,
    IReadOnlyList<string> ColumnProblems,
    IReadOnlyList<ImportRowDto> Rows,
    ImportNamesDto Missing,
    int Errors,
    int Warnings)
{
    public static ImportPreviewDto Of(ImportPreview p) => new(
        p.SheetName,
        p.HeaderRow,
        [.. p.Columns.Select(c => new ImportColumnDto(c.Column.Letter, c.Column.Header, c.Field, c.Column.Recognised is not null))],
        [.. p.ColumnProblems.Select(m => m.Swedish)],
        [.. p.Rows.Select(ImportRowDto.Of)],
        ImportNamesDto.Of(p.Missing),
        p.ErrorCount,
        p.WarningCount);
}

/// <summary>A column: its letter, its header as written, the field it is read into, and whether the header was recognised.</summary>
public sealed record ImportColumnDto(
    string Column,
    string Header,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ImportField>))] ImportField Field,
    bool Recognised);

public sealed record ImportRowDto(
    int Row,
    string What,
    string? MessageText,
    ImportTimingDto Timing,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Responsible,
    decimal? PlannedHours,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ActivityStatus>))] ActivityStatus Status,
    string? Why,
    string? How,
    IReadOnlyList<ImportProblemDto> Problems)
{
    public static ImportRowDto Of(PreviewRow r) => new(
        r.Row,
        r.What,
        r.MessageText,
        new ImportTimingDto(string.IsNullOrEmpty(r.Timing.Text) ? null : r.Timing.Text, r.Timing.Kind, r.Timing.Start, r.Timing.End, r.Timing.Problem),
        [.. r.TargetGroups.Select(n => n.Name)],
        [.. r.Channels.Select(n => n.Name)],
        [.. r.Responsible.Select(n => n.Name)],
        r.PlannedHours,
        r.Status,
        r.Why,
        r.How,
        [.. r.Problems.Select(ImportProblemDto.Of)]);
}

/// <summary>The timing as written and as understood; <see cref="Problem"/> when it was not understood (the row is imported and flagged).</summary>
public sealed record ImportTimingDto(
    string? Text,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TimingKind>))] TimingKind Kind,
    DateOnly? Start,
    DateOnly? End,
    string? Problem);

/// <summary>A problem of a row: <see cref="Severity"/> "error" stops the import, "warning" only flags the row.</summary>
public sealed record ImportProblemDto(int Row, string? Cell, string Severity, string Message)
{
    public static ImportProblemDto Of(ImportProblem p) => new(p.Row, p.Cell, p.IsWarning ? "warning" : "error", p.Message.Swedish);
}

public sealed record ImportNamesDto(IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Channels, IReadOnlyList<string> Responsible)
{
    public static ImportNamesDto Of(MissingNames m) => new(m.TargetGroups, m.Channels, m.People);
}

/// <summary>What an import saved: the number of activities, the names it created, and the rows it flagged.</summary>
public sealed record ImportResultDto(int Imported, ImportNamesDto Created, IReadOnlyList<ImportProblemDto> Warnings);
