using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.Projects.Parts.PilotSites;

/// <summary>The add and edit form of a pilot site: a unit of the project's organisation taking part.</summary>
public sealed class PilotSiteInput : IPartInput<PilotSite>
{
    [Required(ErrorMessage = "Välj en verksamhet.")]
    [Display(Name = "Verksamhet")]
    public int? UnitId { get; set; }

    [Display(Name = "Planerad start")]
    [ModelBinder(typeof(IsoDateBinder))]
    public DateOnly? PlannedStart { get; set; }

    [Display(Name = "Preliminärt")]
    public bool StartIsPreliminary { get; set; }

    [Display(Name = "Avtalsstatus")]
    public AgreementStatus AgreementStatus { get; set; }

    [StringLength(ProjectsModel.MediumText, ErrorMessage = "Förklaringen får vara högst 2 000 tecken.")]
    [Display(Name = "Förklaring")]
    public string? Explanation { get; set; }

    public Guid? Version { get; set; }

    public static PilotSiteInput From(PilotSite s) => new()
    {
        UnitId = s.UnitId,
        PlannedStart = s.PlannedStart,
        StartIsPreliminary = s.StartIsPreliminary,
        AgreementStatus = s.AgreementStatus,
        Explanation = s.Explanation,
        Version = s.Version,
    };

    public void ApplyTo(PilotSite s)
    {
        s.UnitId = UnitId ?? s.UnitId;
        s.PlannedStart = PlannedStart;
        s.StartIsPreliminary = StartIsPreliminary;
        s.AgreementStatus = AgreementStatus;
        s.Explanation = string.IsNullOrWhiteSpace(Explanation) ? null : Explanation.Trim();
    }
}
