using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>Edits or deletes one measurable goal, and its hand-entered progress (see <see cref="PlanItemEditPageModel{TItem, TInput}"/>).</summary>
public class EditMeasurableGoalModel(AppDbContext db, IStringLocalizer<GoalTexts> l) : PlanItemEditPageModel<MeasurableGoal, MeasurableGoalInput>(db, l)
{
    protected override PlanSection Section => PlanSection.Goals;

    protected override string ListPage => "Goals";

    protected override string Fields => "_MeasurableGoalFields";

    protected override MeasurableGoalInput ToInput(MeasurableGoal item) => MeasurableGoalInput.From(item);

    protected override string NameOf(MeasurableGoalInput input) => L["det mätbara målet {0}", GoalFormat.Short(input.Text)];

    protected override string Saved(MeasurableGoalInput saved) => L["Det mätbara målet är sparat."];

    protected override string Deleted(MeasurableGoalInput deleted) => L["Det mätbara målet är borttaget."];

    protected override Task<bool> RulesHoldAsync(MeasurableGoal item) =>
        Task.FromResult(Input.Kind is not { } kind || AddErrors("Input", GoalRules.CheckMeasurable(kind, Input.Target, Input.Unit, Input.ManualProgress)));

    protected override async Task<string?> DeleteNoteAsync(MeasurableGoal item)
    {
        var activities = await Db.PlanActivities.CountAsync(a => a.MeasurableGoalId == item.Id, Aborted);
        return activities switch
        {
            0 => null,
            1 => L["1 aktivitet räknas mot målet. Den finns kvar men räknas inte längre mot något mål."].Value,
            _ => L["{0} aktiviteter räknas mot målet. De finns kvar men räknas inte längre mot något mål.", activities].Value,
        };
    }

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(MeasurableGoal.Text) => f.Named(L["Mål"]),
        nameof(MeasurableGoal.Kind) => f.Named(L["Typ av mål"], v => C.Choice<MeasureKind>(v, CommunicationLabels.Of)),
        nameof(MeasurableGoal.Target) => f.Named(L["Målvärde"]),
        nameof(MeasurableGoal.Unit) => f.Named(L["Enhet"]),
        nameof(MeasurableGoal.ManualProgress) => f.Named(L["Framsteg hittills"]),
        nameof(MeasurableGoal.Achieved) => f.Named(L["Uppnått"], v => v == "True" ? L["Ja"] : L["Nej"]),
        nameof(MeasurableGoal.Deadline) => f.Named(L["Senast"]),
        nameof(MeasurableGoal.Comment) => f.Named(L["Kommentar"]),
        nameof(MeasurableGoal.Order) => f.Named(L["Ordning"]),
        _ => f,
    };
}
