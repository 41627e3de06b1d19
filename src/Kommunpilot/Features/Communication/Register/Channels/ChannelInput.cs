using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Communication.Register.Channels;

/// <summary>
/// A channel (kanal), as the add and edit forms and the API (<c>/api/communication-plans/{id}/channels</c>)
/// take it. The attributes are the lengths of the columns and the Swedish messages; <see cref="ChannelRules"/> adds the rest.
/// </summary>
public sealed class ChannelInput : IRegisterInput<Channel>, IOrderedInput
{
    [Required(ErrorMessage = "Ange kanalens namn.")]
    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    [Description("Kanalens namn, unikt i planen: \"Fysiskt möte\", \"Nyhetsbrev\".")]
    public string? Name { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Beskrivningen får vara högst 2 000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    [Display(Name = "Intern eller extern")]
    [JsonConverter(typeof(JsonStringEnumConverter<Audience>))]
    public Audience? Audience { get; set; }

    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Den ansvariga rollen får vara högst 200 tecken.")]
    [Display(Name = "Ansvarig roll")]
    [Description("Rollen som ansvarar för kanalen: \"Projektledare\", \"Kommunikatör\".")]
    public string? ResponsibleRole { get; set; }

    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    [Description("Plats i listan. Tomt: sist vid tillägg, oförändrad vid ändring.")]
    public int? Order { get; set; }

    [Display(Name = "Version")]
    [Description("Versionen som lästes; krävs vid ändring och borttagning.")]
    public Guid? Version { get; set; }

    public static ChannelInput From(Channel c) => new()
    {
        Name = c.Name,
        Description = c.Description,
        Audience = c.Audience,
        ResponsibleRole = c.ResponsibleRole,
        Order = c.Order,
        Version = c.Version,
    };

    public void ApplyTo(Channel c)
    {
        c.Name = RegisterValidation.Clean(Name) ?? c.Name;
        c.Description = RegisterValidation.Clean(Description);
        c.Audience = Audience;
        c.ResponsibleRole = RegisterValidation.Clean(ResponsibleRole);
        c.Order = Order ?? c.Order;
    }
}
