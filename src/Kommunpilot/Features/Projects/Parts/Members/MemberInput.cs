using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Projects.Parts.Members;

/// <summary>The add and edit form of someone in the project's organisation.</summary>
public sealed class MemberInput : IPartInput<ProjectMember>
{
    [Display(Name = "Grupp")]
    public ProjectGroup Group { get; set; } = ProjectGroup.ProjectGroup;

    [Required(ErrorMessage = "Ange namnet.")]
    [StringLength(ProjectsModel.ShortText, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [StringLength(ProjectsModel.ShortText, ErrorMessage = "Rollen får vara högst 200 tecken.")]
    [Display(Name = "Roll")]
    public string? Role { get; set; }

    [StringLength(ProjectsModel.ShortText, ErrorMessage = "Tillhörigheten får vara högst 200 tecken.")]
    [Display(Name = "Tillhörighet")]
    public string? Affiliation { get; set; }

    [EmailAddress(ErrorMessage = "Ange en giltig e-postadress.")]
    [StringLength(256, ErrorMessage = "E-postadressen är för lång.")]
    [Display(Name = "E-postadress")]
    public string? Email { get; set; }

    public Guid? Version { get; set; }

    public static MemberInput From(ProjectMember m) => new()
    {
        Group = m.Group,
        Name = m.Name,
        Role = m.Role,
        Affiliation = m.Affiliation,
        Email = m.Email,
        Version = m.Version,
    };

    public void ApplyTo(ProjectMember m)
    {
        m.Group = Group;
        m.Name = Name?.Trim() ?? "";
        m.Role = string.IsNullOrWhiteSpace(Role) ? null : Role.Trim();
        m.Affiliation = string.IsNullOrWhiteSpace(Affiliation) ? null : Affiliation.Trim();
        m.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
    }
}
