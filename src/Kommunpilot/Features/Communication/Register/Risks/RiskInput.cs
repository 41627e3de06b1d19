using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Kommunpilot.Features.Communication.Register.Risks;

/// <summary>
/// A risk of the plan, as the add and edit forms and the API (<c>/api/communication-plans/{id}/risks</c>)
/// take it. The attributes are the lengths of the columns and the Swedish messages; <see cref="RiskRules"/> adds the rest.
/// </summary>
public sealed class RiskInput : IRegisterInput<PlanRisk>, IOrderedInput
{
    [Required(ErrorMessage = "Beskriv risken.")]
    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Beskrivningen får vara högst 2 000 tecken.")]
    [Display(Name = "Risk")]
    [Description("Vad kan gå fel: \"Information i fel tid skapar oro.\"")]
    public string? Description { get; set; }

    [Display(Name = "Sannolikhet")]
    [JsonConverter(typeof(JsonStringEnumConverter<Level>))]
    public Level? Likelihood { get; set; }

    [Display(Name = "Konsekvens")]
    [JsonConverter(typeof(JsonStringEnumConverter<Level>))]
    public Level? Consequence { get; set; }

    [StringLength(CommunicationModel.MediumText, ErrorMessage = "Åtgärden får vara högst 2 000 tecken.")]
    [Display(Name = "Åtgärd")]
    [Description("Hur risken förebyggs eller hanteras.")]
    public string? Mitigation { get; set; }

    [Range(0, 9999, ErrorMessage = "Ordningen ska vara ett heltal från 0 till 9 999.")]
    [Display(Name = "Ordning")]
    [Description("Plats i listan. Tomt: sist vid tillägg, oförändrad vid ändring.")]
    public int? Order { get; set; }

    [Display(Name = "Version")]
    [Description("Versionen som lästes; krävs vid ändring och borttagning.")]
    public Guid? Version { get; set; }

    public static RiskInput From(PlanRisk r) => new()
    {
        Description = r.Description,
        Likelihood = r.Likelihood,
        Consequence = r.Consequence,
        Mitigation = r.Mitigation,
        Order = r.Order,
        Version = r.Version,
    };

    public void ApplyTo(PlanRisk r)
    {
        r.Description = RegisterValidation.Clean(Description) ?? r.Description;
        r.Likelihood = Likelihood;
        r.Consequence = Consequence;
        r.Mitigation = RegisterValidation.Clean(Mitigation);
        r.Order = Order ?? r.Order;
    }
}
