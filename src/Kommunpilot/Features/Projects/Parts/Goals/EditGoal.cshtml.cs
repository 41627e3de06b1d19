using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Goals;

/// <summary>Edits or deletes one goal (see <see cref="PartEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditGoalModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartEditPageModel<Goal, GoalInput>(db, l)
{
    protected override string ListPage => "Goals";

    protected override string PartTitle => L["Mål"];

    protected override string Fields => "_GoalFields";

    protected override GoalInput ToInput(Goal item) => GoalInput.From(item);

    protected override string NameOf(GoalInput input) => L["mål nr {0}", input.Order ?? 0];

    protected override string Saved(GoalInput saved) => L["Mål nr {0} är sparat.", saved.Order ?? 0];

    protected override string Deleted(GoalInput deleted) => L["Mål nr {0} är borttaget.", deleted.Order ?? 0];

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Goal.Kind) => f.Named(L["Typ av mål"], v => T.Choice<GoalKind>(v, Labels.Of)),
        nameof(Goal.Text) => f.Named(L["Målformulering"]),
        nameof(Goal.Order) => f.Named(L["Ordning"]),
        _ => f,
    };
}
