using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.Risks;

/// <summary>Edits or deletes one risk (see <see cref="RegisterEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditRiskModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterEditPageModel<PlanRisk, RiskInput>(db, l)
{
    protected override PlanSection Section => PlanSection.Risks;

    protected override string Fields => "_RiskFields";

    protected override string BackText => L["Tillbaka till riskerna"];

    protected override RiskInput ToInput(PlanRisk item) => RiskInput.From(item);

    protected override string NameOf(RiskInput input) => L["risken ”{0}”", RisksModel.Short(input.Description ?? "")];

    protected override string Saved(RiskInput saved) => L["Risken är sparad."];

    protected override string Deleted(RiskInput deleted) => L["Risken ”{0}” är borttagen.", RisksModel.Short(deleted.Description ?? "")];

    protected override Task<List<RegisterError>> RulesAsync(int planId, int itemId) => RiskRules.CheckAsync(Input);

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(PlanRisk.Description) => f.Named(L["Risk"]),
        nameof(PlanRisk.Likelihood) => f.Named(L["Sannolikhet"], v => C.Choice<Level>(v, CommunicationLabels.Of)),
        nameof(PlanRisk.Consequence) => f.Named(L["Konsekvens"], v => C.Choice<Level>(v, CommunicationLabels.Of)),
        nameof(PlanRisk.Mitigation) => f.Named(L["Åtgärd"]),
        _ => f,
    };
}
