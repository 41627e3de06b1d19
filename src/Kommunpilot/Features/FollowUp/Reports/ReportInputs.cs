using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Projects.Parts;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>"Lägg till avsnitt": a section of the user's own.</summary>
public sealed class NewSectionInput
{
    [Required(ErrorMessage = "Ange avsnittets rubrik.")]
    [StringLength(ReportEditing.TitleLength, ErrorMessage = "Rubriken får vara högst 200 tecken.")]
    [Display(Name = "Rubrik")]
    public string? Title { get; set; }

    [StringLength(ReportEditing.TextLength, ErrorMessage = "Texten får vara högst 20 000 tecken.")]
    [Display(Name = "Text")]
    public string? Text { get; set; }
}

/// <summary>A section's text (and, for a section of the user's own, its title), with the version it was loaded with.</summary>
public sealed class SectionInput
{
    [StringLength(ReportEditing.TitleLength, ErrorMessage = "Rubriken får vara högst 200 tecken.")]
    [Display(Name = "Rubrik")]
    public string? Title { get; set; }

    [StringLength(ReportEditing.TextLength, ErrorMessage = "Texten får vara högst 20 000 tecken.")]
    [Display(Name = "Text")]
    public string? Text { get; set; }

    public Guid? Version { get; set; }
}

/// <summary>"Fastställ": who adopted the report and on which day, with the report's version.</summary>
public sealed class AdoptInput
{
    [Required(ErrorMessage = "Ange vem som fastställde rapporten, till exempel Servicenämnden.")]
    [StringLength(ReportEditing.AdoptedByLength, ErrorMessage = "Fastställd av får vara högst 200 tecken.")]
    [Display(Name = "Fastställd av")]
    public string? AdoptedBy { get; set; }

    [Required(ErrorMessage = "Ange vilken dag rapporten fastställdes.")]
    [ModelBinder(typeof(IsoDateBinder))]
    [Display(Name = "Fastställd den")]
    public DateOnly? AdoptedOn { get; set; }

    public Guid? Version { get; set; }
}
