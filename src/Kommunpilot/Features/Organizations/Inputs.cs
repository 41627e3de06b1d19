using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Organizations;

/// <summary>A record that is (at least) a name: a department, a unit, a decision body.</summary>
public class NameInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange ett namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    public Guid Version { get; set; }
}

/// <summary>A unit and the department it belongs to.</summary>
public class UnitInput : NameInput
{
    [Display(Name = "Förvaltning")]
    public int DepartmentId { get; set; }
}

/// <summary>A programme or directive that projects belong to.</summary>
public class ProgrammeInput : NameInput
{
    [Display(Name = "Typ")]
    public ProgrammeKind Kind { get; set; }
}

/// <summary>A project model's name and description.</summary>
public class ProjectModelInput : NameInput
{
    [StringLength(4000, ErrorMessage = "Beskrivningen får vara högst 4000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }
}

/// <summary>A phase or decision point: a name and a place in the model's order.</summary>
public class OrderedInput : NameInput
{
    [Range(1, 99, ErrorMessage = "Ordningen ska vara ett tal mellan 1 och 99.")]
    [Display(Name = "Ordning")]
    public int Order { get; set; } = 1;
}

/// <summary>A phase of a project model, in order.</summary>
public class PhaseInput : OrderedInput
{
    [StringLength(4000, ErrorMessage = "Beskrivningen får vara högst 4000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }
}

/// <summary>A numbered decision point (BP1 ...), optionally closing a phase; some may be taken more than once.</summary>
public class DecisionPointInput : OrderedInput
{
    [Required(ErrorMessage = "Ange beslutspunktens kod, till exempel BP1.")]
    [StringLength(20, ErrorMessage = "Koden får vara högst 20 tecken.")]
    [Display(Name = "Kod")]
    public string Code { get; set; } = "";

    [Display(Name = "Fas")]
    public int? PhaseId { get; set; }

    [Display(Name = "Kan tas flera gånger")]
    public bool MayRepeat { get; set; }
}
