using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.Projects.Parts.Milestones;

/// <summary>The add and edit form of a milestone: a decision to be taken, by whom, when.</summary>
public sealed class MilestoneInput : IPartInput<Milestone>
{
    [Required(ErrorMessage = "Beskriv beslutet.")]
    [StringLength(ProjectsModel.MediumText, ErrorMessage = "Beslutet får vara högst 2 000 tecken.")]
    [Display(Name = "Beslut")]
    public string Decision { get; set; } = "";

    [StringLength(ProjectsModel.ShortText, ErrorMessage = "Beslutsinstansen får vara högst 200 tecken.")]
    [Display(Name = "Beslutsinstans")]
    public string? DecisionBody { get; set; }

    [Display(Name = "Datum")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? Date { get; set; }

    [Display(Name = "Status")]
    public WorkStatus Status { get; set; }

    /// <summary>Where the milestone is listed; empty on adding puts it last, empty on editing keeps its place.</summary>
    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    public int? Order { get; set; }

    public Guid? Version { get; set; }

    public static MilestoneInput From(Milestone m) => new()
    {
        Decision = m.Decision,
        DecisionBody = m.DecisionBody,
        Date = m.Date,
        Status = m.Status,
        Order = m.Order,
        Version = m.Version,
    };

    public void ApplyTo(Milestone m)
    {
        m.Decision = Decision?.Trim() ?? "";
        m.DecisionBody = string.IsNullOrWhiteSpace(DecisionBody) ? null : DecisionBody.Trim();
        m.Date = Date;
        m.Status = Status;
        m.Order = Order ?? m.Order;
    }
}
