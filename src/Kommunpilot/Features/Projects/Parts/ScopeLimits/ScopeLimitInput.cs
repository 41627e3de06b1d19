using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Projects.Parts.ScopeLimits;

/// <summary>The add and edit form of a scope limit: what is out of scope, and why.</summary>
public sealed class ScopeLimitInput : IPartInput<ScopeLimit>
{
    [Required(ErrorMessage = "Beskriv avgränsningen.")]
    [StringLength(ProjectsModel.LongText, ErrorMessage = "Avgränsningen får vara högst 20 000 tecken.")]
    [Display(Name = "Avgränsning")]
    public string Description { get; set; } = "";

    [StringLength(ProjectsModel.LongText, ErrorMessage = "Skälet får vara högst 20 000 tecken.")]
    [Display(Name = "Skäl")]
    public string? Reason { get; set; }

    /// <summary>Where the limit is listed; empty on adding puts it last, empty on editing keeps its place.</summary>
    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    public int? Order { get; set; }

    public Guid? Version { get; set; }

    public static ScopeLimitInput From(ScopeLimit s) => new() { Description = s.Description, Reason = s.Reason, Order = s.Order, Version = s.Version };

    public void ApplyTo(ScopeLimit s)
    {
        s.Description = Description?.Trim() ?? "";
        s.Reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        s.Order = Order ?? s.Order;
    }
}
