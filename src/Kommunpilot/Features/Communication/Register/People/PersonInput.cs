using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Communication.Register.People;

/// <summary>
/// Someone responsible for activities in an organisation, as the add and edit forms and the API
/// (<c>/api/communication-people</c>) take them. The attributes are the lengths of the columns and the
/// Swedish messages; <see cref="PersonRules"/> adds the rest.
/// </summary>
public sealed class PersonInput : IRegisterInput<CommunicationPerson>
{
    [Display(Name = "Organisation")]
    [Description("Organisationen personen hör till; krävs när en person läggs till (om du är medlem i flera), kan inte ändras.")]
    public int? OrganizationId { get; set; }

    [Required(ErrorMessage = "Ange personens namn.")]
    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    [Description("Unikt i organisationen.")]
    public string? Name { get; set; }

    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Titeln får vara högst 200 tecken.")]
    [Display(Name = "Titel")]
    [Description("\"Projektledare\", \"Kommunikatör\".")]
    public string? Title { get; set; }

    [StringLength(256, ErrorMessage = "E-postadressen får vara högst 256 tecken.")]
    [Display(Name = "E-post")]
    public string? Email { get; set; }

    [StringLength(450, ErrorMessage = "Användarens id får vara högst 450 tecken.")]
    [Display(Name = "Användare")]
    [Description("En användare i Kommunpilot som är medlem i organisationen; tomt om personen bara är ett namn.")]
    public string? UserId { get; set; }

    [Display(Name = "Version")]
    [Description("Versionen som lästes; krävs vid ändring och borttagning.")]
    public Guid? Version { get; set; }

    public static PersonInput From(CommunicationPerson p) => new()
    {
        OrganizationId = p.OrganizationId,
        Name = p.Name,
        Title = p.Title,
        Email = p.Email,
        UserId = p.UserId,
        Version = p.Version,
    };

    /// <summary>Copies the fields; the organisation is set when the person is created and never moved.</summary>
    public void ApplyTo(CommunicationPerson p)
    {
        p.Name = RegisterValidation.Clean(Name) ?? p.Name;
        p.Title = RegisterValidation.Clean(Title);
        p.Email = RegisterValidation.Clean(Email);
        p.UserId = RegisterValidation.Clean(UserId);
    }
}
