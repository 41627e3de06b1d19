using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.TargetGroups;

/// <summary>
/// Edits or deletes one target group (see <see cref="RegisterEditPageModel{TItem, TInput}"/> for the
/// rules). Deleting one that activities or messages name says how many, and removes those links and
/// the group's own know/feel/do goals with it; the activities and messages stay.
/// </summary>
public class EditTargetGroupModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterEditPageModel<Stakeholder, StakeholderInput>(db, l)
{
    protected override PlanSection Section => PlanSection.TargetGroups;

    protected override string Fields => "_StakeholderFields";

    protected override string BackText => L["Tillbaka till målgrupperna"];

    protected override StakeholderInput ToInput(Stakeholder item) => StakeholderInput.From(item);

    protected override string NameOf(StakeholderInput input) => L["målgruppen {0}", input.Name ?? ""];

    protected override string Saved(StakeholderInput saved) => L["Målgruppen {0} är sparad.", saved.Name ?? ""];

    protected override string Deleted(StakeholderInput deleted) => L["Målgruppen {0} är borttagen.", deleted.Name ?? ""];

    protected override Task<List<RegisterError>> RulesAsync(int planId, int itemId) => StakeholderRules.CheckAsync(Db, planId, itemId, Input, Aborted);

    protected override async Task<string?> DeleteWarningAsync(int itemId)
    {
        var uses = await Db.Stakeholders.AsNoTracking()
            .Where(s => s.Id == itemId)
            .Select(s => new
            {
                Activities = s.Activities.Count,
                Messages = s.Messages.Count,
                Goals = Db.CommunicationGoals.Count(g => g.StakeholderId == s.Id),
            })
            .SingleAsync(Aborted);
        var sentences = new List<string>();
        var links = new List<string>();
        if (uses.Activities > 0)
        {
            links.Add(Count(uses.Activities, "{0} aktivitet", "{0} aktiviteter"));
        }
        if (uses.Messages > 0)
        {
            links.Add(Count(uses.Messages, "{0} budskap", "{0} budskap"));
        }
        if (links.Count > 0)
        {
            sentences.Add(L["Målgruppen används i {0}. Kopplingarna tas bort tillsammans med målgruppen; aktiviteterna och budskapen finns kvar.", JoinAnd(links)]);
        }
        if (uses.Goals > 0)
        {
            sentences.Add(L["Målgruppens {0} (veta, känna, göra) tas också bort.", Count(uses.Goals, "{0} eget mål", "{0} egna mål")]);
        }
        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    protected override Task RemoveDependentsAsync(Stakeholder item) => StakeholderRules.RemoveWithAsync(Db, item, Aborted);

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Stakeholder.Name) => f.Named(L["Namn"]),
        nameof(Stakeholder.Audience) => f.Named(L["Intern eller extern"], v => C.Choice<Audience>(v, CommunicationLabels.Of)),
        nameof(Stakeholder.Priority) => f.Named(L["Prioritet"], v => C.Choice<StakeholderPriority>(v, CommunicationLabels.Of)),
        nameof(Stakeholder.PrioritisedIfDecided) => f.Named(L["Prioriterad vid beslut"], YesNo),
        nameof(Stakeholder.Condition) => f.Named(L["Villkor för prioritering"]),
        nameof(Stakeholder.Description) => f.Named(L["Beskrivning"]),
        nameof(Stakeholder.Why) => f.Named(L["Varför?"]),
        nameof(Stakeholder.Influence) => f.Named(L["Inflytande"], v => C.Choice<Level>(v, CommunicationLabels.Of)),
        nameof(Stakeholder.Interest) => f.Named(L["Intresse"], v => C.Choice<Level>(v, CommunicationLabels.Of)),
        nameof(Stakeholder.PassesOn) => f.Named(L["För budskapen vidare"], YesNo),
        nameof(Stakeholder.PassesOnTo) => f.Named(L["Till vem"]),
        _ => f,
    };

    private string? YesNo(string? v) => v switch { "True" => T["Ja"], "False" => T["Nej"], _ => v };
}
