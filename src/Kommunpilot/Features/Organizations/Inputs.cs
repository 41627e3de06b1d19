using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Organizations;

/// <summary>A record that is just a name: a department, a new unit, a decision body.</summary>
public class NameInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange ett namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    public Guid Version { get; set; }
}

/// <summary>A programme or directive that projects belong to.</summary>
public class ProgrammeInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange ett namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [Display(Name = "Typ")]
    public ProgrammeKind Kind { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A project model's name and description.</summary>
public class ProjectModelInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange ett namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Beskrivningen får vara högst 4000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A phase of a project model, in order.</summary>
public class PhaseInput : IVersionedInput
{
    [Range(1, 99, ErrorMessage = "Ordningen ska vara ett tal mellan 1 och 99.")]
    [Display(Name = "Ordning")]
    public int Order { get; set; } = 1;

    [Required(ErrorMessage = "Ange fasens namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Beskrivningen får vara högst 4000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    public Guid Version { get; set; }
}

/// <summary>A numbered decision point (BP1 ...), optionally closing a phase; some may be taken more than once.</summary>
public class DecisionPointInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange beslutspunktens kod, till exempel BP1.")]
    [StringLength(20, ErrorMessage = "Koden får vara högst 20 tecken.")]
    [Display(Name = "Kod")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Ange beslutspunktens namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [Range(1, 99, ErrorMessage = "Ordningen ska vara ett tal mellan 1 och 99.")]
    [Display(Name = "Ordning")]
    public int Order { get; set; } = 1;

    [Display(Name = "Fas")]
    public int? PhaseId { get; set; }

    [Display(Name = "Kan tas flera gånger")]
    public bool MayRepeat { get; set; }

    public Guid Version { get; set; }
}
