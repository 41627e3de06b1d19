using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Communication.Register.TargetGroups;

/// <summary>
/// A target group (målgrupp) of the stakeholder register, as the add and edit forms and the API
/// (<c>/api/communication-plans/{id}/target-groups</c>) take it. The attributes are the lengths of the
/// columns and the Swedish messages; <see cref="StakeholderRules"/> adds the rest.
/// </summary>
public sealed class StakeholderInput : IRegisterInput<Stakeholder>, IOrderedInput
{
    [Required(ErrorMessage = "Ange målgruppens namn.")]
    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    [Description("Målgruppens namn, unikt i planen: \"Styrgruppen\", \"Socialchefer Fyrbodal\".")]
    public string? Name { get; set; }

    [Display(Name = "Intern eller extern")]
    [JsonConverter(typeof(JsonStringEnumConverter<Audience>))]
    public Audience? Audience { get; set; }

    [Display(Name = "Prioritet")]
    [JsonConverter(typeof(JsonStringEnumConverter<StakeholderPriority>))]
    [Description("Kärn-, primär- eller sekundärintressent (Core, Primary, Secondary); tomt för utan prioritet.")]
    public StakeholderPriority? Priority { get; set; }

    [Display(Name = "Prioriterad vid beslut")]
    [Description("Målgruppen prioriteras bara om ett beslut fattas; beslutet står i condition.")]
    public bool PrioritisedIfDecided { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Villkoret får vara högst 2 000 tecken.")]
    [Display(Name = "Villkor för prioritering")]
    [Description("Beslutet prioriteringen hänger på: \"vid beslut om ny avdelning ...\".")]
    public string? Condition { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Beskrivningen får vara högst 2 000 tecken.")]
    [Display(Name = "Beskrivning")]
    public string? Description { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Motiveringen får vara högst 2 000 tecken.")]
    [Display(Name = "Varför?")]
    [Description("Varför målgruppen är viktig.")]
    public string? Why { get; set; }

    [Display(Name = "Inflytande")]
    [JsonConverter(typeof(JsonStringEnumConverter<Level>))]
    public Level? Influence { get; set; }

    [Display(Name = "Intresse")]
    [JsonConverter(typeof(JsonStringEnumConverter<Level>))]
    public Level? Interest { get; set; }

    [Display(Name = "För budskapen vidare")]
    [Description("Om målgruppen för budskapen vidare till andra (Kontaktcenter till medborgarna).")]
    public bool PassesOn { get; set; }

    [StringLength(CommunicationModel.ShortText, ErrorMessage = "Mottagarna får vara högst 200 tecken.")]
    [Display(Name = "Till vem")]
    [Description("Vem målgruppen för budskapen vidare till.")]
    public string? PassesOnTo { get; set; }

    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    [Description("Plats i listan. Tomt: sist vid tillägg, oförändrad vid ändring.")]
    public int? Order { get; set; }

    [Display(Name = "Version")]
    [Description("Versionen som lästes; krävs vid ändring och borttagning.")]
    public Guid? Version { get; set; }

    public static StakeholderInput From(Stakeholder s) => new()
    {
        Name = s.Name,
        Audience = s.Audience,
        Priority = s.Priority,
        PrioritisedIfDecided = s.PrioritisedIfDecided,
        Condition = s.Condition,
        Description = s.Description,
        Why = s.Why,
        Influence = s.Influence,
        Interest = s.Interest,
        PassesOn = s.PassesOn,
        PassesOnTo = s.PassesOnTo,
        Order = s.Order,
        Version = s.Version,
    };

    public void ApplyTo(Stakeholder s)
    {
        s.Name = RegisterValidation.Clean(Name) ?? s.Name;
        s.Audience = Audience;
        s.Priority = Priority;
        s.PrioritisedIfDecided = PrioritisedIfDecided;
        s.Condition = RegisterValidation.Clean(Condition);
        s.Description = RegisterValidation.Clean(Description);
        s.Why = RegisterValidation.Clean(Why);
        s.Influence = Influence;
        s.Interest = Interest;
        s.PassesOn = PassesOn;
        s.PassesOnTo = RegisterValidation.Clean(PassesOnTo);
        s.Order = Order ?? s.Order;
    }
}
