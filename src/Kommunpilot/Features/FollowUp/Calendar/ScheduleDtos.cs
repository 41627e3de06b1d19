using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>A recipient of a report: a decision body of the lead organisation (its id and name) or a named group.</summary>
public sealed record ReportRecipientDto(int? DecisionBodyId, string? Name);

/// <summary>A report of a project's schedule. <c>isLate</c> and <c>isDueSoon</c> are as of today in Sweden (never for an adopted report).</summary>
public sealed record ReportScheduleDto(
    int Id,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))] ReportKind Kind,
    int Number,
    string? Title,
    int? OccasionId,
    string? Occasion,
    DateOnly? PerDate,
    DateOnly DueDate,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ReportStatus>))] ReportStatus Status,
    DateOnly? AdoptedOn,
    IReadOnlyList<ReportRecipientDto> Recipients,
    bool IsLate,
    bool IsDueSoon,
    Guid Version)
{
    public static ReportScheduleDto From(ScheduleRow r, DateOnly today) => new(
        r.Id, r.Kind, r.Number, r.Title, r.OccasionId, r.Occasion, r.PerDate, r.DueDate, r.Status, r.AdoptedOn,
        [.. r.Recipients.Select(x => new ReportRecipientDto(x.DecisionBodyId, x.Name))],
        ReportDue.IsLate(r.Status, r.DueDate, today),
        ReportDue.IsDueSoon(r.Status, r.DueDate, today),
        r.Version);
}

/// <summary>A report's schedule as sent to the API. Recipients: decision bodies by id and/or names.</summary>
public sealed class ReportScheduleInput
{
    [Display(Name = "Typ av rapport")]
    [JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))]
    public ReportKind Kind { get; set; }

    /// <summary>Empty: the next free number of the kind (on a change: the report's own).</summary>
    [Display(Name = "Nummer")]
    public int? Number { get; set; }

    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [Display(Name = "Rapporttillfälle")]
    public int? OccasionId { get; set; }

    [Display(Name = "Avser per")]
    public DateOnly? PerDate { get; set; }

    [Display(Name = "Ska vara klar")]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "Beslutsorgan")]
    public List<int>? DecisionBodyIds { get; set; }

    [Display(Name = "Andra mottagare")]
    public List<string>? RecipientNames { get; set; }

    /// <summary>The version read (required on a change).</summary>
    public Guid? Version { get; set; }

    public ScheduleValues ToValues() => new()
    {
        Kind = Kind,
        Number = Number,
        Title = Title,
        OccasionId = OccasionId,
        PerDate = PerDate,
        DueDate = DueDate,
        DecisionBodyIds = DecisionBodyIds ?? [],
        Names = [.. (RecipientNames ?? []).Select(n => (n ?? "").Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)],
    };
}

/// <summary>An occasion of an organisation's reporting calendar: per day and month, due day and month.</summary>
public sealed record ReportingOccasionDto(
    int Id,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ReportingOccasionKind>))] ReportingOccasionKind Kind,
    int PerMonth,
    int PerDay,
    int DueMonth,
    int DueDay,
    Guid Version);

/// <summary>An occasion as sent to the API.</summary>
public sealed class ReportingOccasionInput
{
    [Display(Name = "Namn")]
    public string? Name { get; set; }

    [Display(Name = "Typ")]
    [JsonConverter(typeof(JsonStringEnumConverter<ReportingOccasionKind>))]
    public ReportingOccasionKind Kind { get; set; }

    [Display(Name = "Per månad")]
    public int? PerMonth { get; set; }

    [Display(Name = "Per dag")]
    public int? PerDay { get; set; }

    [Display(Name = "Klar månad")]
    public int? DueMonth { get; set; }

    [Display(Name = "Klar dag")]
    public int? DueDay { get; set; }

    /// <summary>The version read (required on a change).</summary>
    public Guid? Version { get; set; }
}

/// <summary>409: someone else changed the record since it was read. Nothing was written; <see cref="Current"/> is what is stored.</summary>
public sealed record ScheduleConflictProblem<T>(string Type, string Title, int Status, string Detail, Guid CurrentVersion, T Current);
