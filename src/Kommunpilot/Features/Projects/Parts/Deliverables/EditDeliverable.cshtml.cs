using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Deliverables;

/// <summary>Edits or deletes one deliverable (see <see cref="PartEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditDeliverableModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartEditPageModel<Deliverable, DeliverableInput>(db, l)
{
    protected override string ListPage => "Deliverables";

    protected override string PartTitle => L["Leveranser"];

    protected override string Fields => "_DeliverableFields";

    protected override DeliverableInput ToInput(Deliverable item) => DeliverableInput.From(item);

    protected override string NameOf(DeliverableInput input) => L["leverans {0}", input.Code];

    protected override string Saved(DeliverableInput saved) => L["Leverans {0} är sparad.", saved.Code];

    protected override string Deleted(DeliverableInput deleted) => L["Leverans {0} är borttagen.", deleted.Code];

    protected override Task<bool> RulesHoldAsync(Deliverable item) => DeliverableRules.CodeIsFreeAsync(Db, ModelState, L, item, Aborted);

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Deliverable.Code) => f.Named(L["Kod"]),
        nameof(Deliverable.Description) => f.Named(T["Beskrivning"]),
        nameof(Deliverable.Comment) => f.Named(T["Kommentar"]),
        nameof(Deliverable.DueDate) => f.Named(L["Klart senast"]),
        nameof(Deliverable.Status) => f.Named(T["Status"], v => T.Choice<WorkStatus>(v, Labels.Of)),
        _ => f,
    };
}
