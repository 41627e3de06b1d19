using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// A report for programs: its state (status, version, sections with ids and versions to write with) and
/// <see cref="Content"/>, the report as it reads (<see cref="ReportContent"/> as JSON: for an adopted report
/// exactly the snapshot taken when it was adopted).
/// </summary>
public sealed record ReportDocument(
    int Id,
    int ProjectId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ReportKind>))] ReportKind Kind,
    int Number,
    string Name,
    [property: JsonConverter(typeof(JsonStringEnumConverter<ReportStatus>))] ReportStatus Status,
    Guid Version,
    DateOnly? PeriodEnd,
    DateOnly DueDate,
    string? AdoptedBy,
    DateOnly? AdoptedOn,
    IReadOnlyList<ReportSectionDocument> Sections,
    [property: Description("Rapporten som den läses: avsnitt med tabeller, diagram och texter. För en fastställd rapport exakt som den fastställdes.")] JsonElement Content);

/// <summary>A section as stored: write its text with its id and version.</summary>
public sealed record ReportSectionDocument(int Id, string Key, string Title, string? Text, int Order, bool IsCustom, Guid Version);

/// <summary>A section's new text (and, for a section you added, its title).</summary>
public sealed class SectionUpdate
{
    [Display(Name = "Rubrik")]
    [Description("Bara för avsnitt du lagt till; utelämna för att behålla rubriken.")]
    [StringLength(ReportEditing.TitleLength)]
    public string? Title { get; set; }

    [Display(Name = "Text")]
    [Description("Avsnittets text; tom eller utelämnad tömmer den.")]
    [StringLength(ReportEditing.TextLength)]
    public string? Text { get; set; }

    [Display(Name = "Version")]
    [Description("Avsnittets version som du läste. Har någon annan sparat sedan dess blir svaret 409.")]
    [Required]
    public Guid? Version { get; set; }
}

/// <summary>A section of your own: a title and a text.</summary>
public sealed class NewSection
{
    [Display(Name = "Rubrik")]
    [Required]
    [StringLength(ReportEditing.TitleLength)]
    public string? Title { get; set; }

    [Display(Name = "Text")]
    [StringLength(ReportEditing.TextLength)]
    public string? Text { get; set; }
}

/// <summary>The report's version when you start its draft.</summary>
public sealed class DraftStart
{
    [Display(Name = "Version")]
    [Description("Rapportens version som du läste.")]
    [Required]
    public Guid? Version { get; set; }
}

/// <summary>Who adopted the report and on which day.</summary>
public sealed class Adoption
{
    [Display(Name = "Fastställd av")]
    [Description("Vem som fastställde rapporten, till exempel Servicenämnden.")]
    [Required]
    [StringLength(ReportEditing.AdoptedByLength)]
    public string? AdoptedBy { get; set; }

    [Display(Name = "Fastställd den")]
    [Description("Dagen rapporten fastställdes, ÅÅÅÅ-MM-DD; inte senare än i dag.")]
    [Required]
    public DateOnly? AdoptedOn { get; set; }

    [Display(Name = "Version")]
    [Description("Rapportens version som du läste. Har någon annan ändrat den sedan dess blir svaret 409.")]
    [Required]
    public Guid? Version { get; set; }
}
