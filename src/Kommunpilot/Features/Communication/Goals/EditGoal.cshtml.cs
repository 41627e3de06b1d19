using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Kommunpilot.Features.Projects.Parts;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>Edits or deletes one know/feel/do goal (see <see cref="PlanItemEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditGoalModel(AppDbContext db, IStringLocalizer<GoalTexts> l) : PlanItemEditPageModel<CommunicationGoal, GoalInput>(db, l)
{
    private IReadOnlyList<GoalsModel.TargetGroupRow> _groups = [];

    protected override PlanSection Section => PlanSection.Goals;

    protected override string ListPage => "Goals";

    protected override string Fields => "_GoalFields";

    protected override GoalInput ToInput(CommunicationGoal item) => GoalInput.From(item);

    protected override async Task LoadChoicesAsync()
    {
        _groups = await GoalsModel.TargetGroupsAsync(Db, PlanId, Aborted);
        ViewData["TargetGroups"] = _groups;
    }

    private string GroupName(int? id) =>
        id is null ? L["hela planen"] : _groups.FirstOrDefault(g => g.Id == id)?.Name ?? L["en målgrupp"];

    protected override string NameOf(GoalInput input) =>
        L["{0} för {1}", L[GoalFormat.NounOf(input.Aspect ?? GoalAspect.Know)], GroupName(input.StakeholderId)];

    protected override string Saved(GoalInput saved) => L["Målet är sparat."];

    protected override string Deleted(GoalInput deleted) => L["Målet är borttaget."];

    protected override async Task<bool> RulesHoldAsync(CommunicationGoal item)
    {
        var notInPlan = await GoalRules.TargetGroupInPlanAsync(Db, PlanId, item.StakeholderId, Aborted);
        return AddErrors("Input", notInPlan is null ? [] : [notInPlan]);
    }

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(CommunicationGoal.StakeholderId) => f.Named(L["Målgrupp"], v => GroupName(int.TryParse(v, out var id) ? id : null)),
        nameof(CommunicationGoal.Aspect) => f.Named(L["Veta, känna eller göra"], v => C.Choice<GoalAspect>(v, CommunicationLabels.Of)),
        nameof(CommunicationGoal.Text) => f.Named(L["Mål"]),
        nameof(CommunicationGoal.Order) => f.Named(L["Ordning"]),
        _ => f,
    };
}
