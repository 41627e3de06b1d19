using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.Projects.Parts.Deliverables;

/// <summary>The add and edit form of a deliverable (leverans L1..L8).</summary>
public sealed class DeliverableInput : IPartInput<Deliverable>
{
    [Required(ErrorMessage = "Ange leveransens kod, till exempel L1.")]
    [StringLength(20, ErrorMessage = "Koden får vara högst 20 tecken.")]
    [Display(Name = "Kod")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Beskriv leveransen.")]
    [StringLength(ProjectsModel.LongText, ErrorMessage = "Beskrivningen får vara högst 20 000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string Description { get; set; } = "";

    [StringLength(ProjectsModel.MediumText, ErrorMessage = "Kommentaren får vara högst 2 000 tecken.")]
    [Display(Name = "Kommentar")]
    public string? Comment { get; set; }

    [Display(Name = "Klart senast")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? DueDate { get; set; }

    [Display(Name = "Status")]
    public WorkStatus Status { get; set; }

    public Guid? Version { get; set; }

    public static DeliverableInput From(Deliverable d) => new()
    {
        Code = d.Code,
        Description = d.Description,
        Comment = d.Comment,
        DueDate = d.DueDate,
        Status = d.Status,
        Version = d.Version,
    };

    public void ApplyTo(Deliverable d)
    {
        d.Code = Code?.Trim() ?? "";
        d.Description = Description?.Trim() ?? "";
        d.Comment = Comment?.Trim();
        d.DueDate = DueDate;
        d.Status = Status;
    }
}
