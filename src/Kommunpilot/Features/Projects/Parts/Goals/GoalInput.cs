using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Projects.Parts.Goals;

/// <summary>The add and edit form of a goal (effektmål, projektmål, ...).</summary>
public sealed class GoalInput : IPartInput<Goal>
{
    [Display(Name = "Typ av mål")]
    public GoalKind Kind { get; set; } = GoalKind.Project;

    [Required(ErrorMessage = "Skriv målet.")]
    [StringLength(ProjectsModel.LongText, ErrorMessage = "Målet får vara högst 20 000 tecken.")]
    [Display(Name = "Målformulering")]
    public string Text { get; set; } = "";

    /// <summary>Where the goal is listed; empty on adding puts it last, empty on editing keeps its place.</summary>
    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    public int? Order { get; set; }

    public Guid? Version { get; set; }

    public static GoalInput From(Goal g) => new() { Kind = g.Kind, Text = g.Text, Order = g.Order, Version = g.Version };

    public void ApplyTo(Goal g)
    {
        g.Kind = Kind;
        g.Text = Text?.Trim() ?? "";
        g.Order = Order ?? g.Order;
    }
}
