using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>Edits or deletes one message and its target groups (see <see cref="PlanItemEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditMessageModel(AppDbContext db, IStringLocalizer<GoalTexts> l) : PlanItemEditPageModel<PlanMessage, MessageInput>(db, l)
{
    protected override PlanSection Section => PlanSection.Messages;

    protected override string ListPage => "Messages";

    protected override string Fields => "_MessageFields";

    protected override MessageInput ToInput(PlanMessage item) => MessageInput.From(item);

    protected override IQueryable<PlanMessage> Including(IQueryable<PlanMessage> items) => items.Include(m => m.Stakeholders);

    protected override async Task LoadChoicesAsync() =>
        ViewData["TargetGroups"] = await GoalsModel.TargetGroupsAsync(Db, PlanId, Aborted);

    protected override string NameOf(MessageInput input) => input.Number is { } number
        ? L["budskap nr {0}", number]
        : L["budskapet {0}", GoalFormat.Short(input.Text ?? input.Why ?? input.What ?? input.Feeling ?? input.How)];

    protected override string Saved(MessageInput saved) => saved.Number is { } number ? L["Budskap nr {0} är sparat.", number] : L["Budskapet är sparat."];

    protected override string Deleted(MessageInput deleted) => deleted.Number is { } number ? L["Budskap nr {0} är borttaget.", number] : L["Budskapet är borttaget."];

    protected override async Task<bool> RulesHoldAsync(PlanMessage item) =>
        AddErrors("Input", await GoalRules.CheckMessageAsync(Db, PlanId, item.Id, Input, Aborted));

    protected override async Task<string?> DeleteNoteAsync(PlanMessage item)
    {
        var activities = await Db.PlanActivities.CountAsync(a => a.MessageId == item.Id, Aborted);
        return activities switch
        {
            0 => null,
            1 => L["1 aktivitet bär budskapet. Den finns kvar, med sin egen budskapstext, men utan koppling till budskapet."].Value,
            _ => L["{0} aktiviteter bär budskapet. De finns kvar, med sin egen budskapstext, men utan koppling till budskapet.", activities].Value,
        };
    }

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(PlanMessage.Number) => f.Named(L["Nummer"]),
        nameof(PlanMessage.Priority) => f.Named(L["Till prioritetsklass"], v => C.Choice<StakeholderPriority>(v, CommunicationLabels.PluralOf)),
        nameof(PlanMessage.Text) => f.Named(L["Budskap"]),
        nameof(PlanMessage.Why) => f.Named(L["Varför – så att jag förstår"]),
        nameof(PlanMessage.What) => f.Named(L["Vad – så att jag vet"]),
        nameof(PlanMessage.Feeling) => f.Named(L["Din känsla – så att jag tror på dig"]),
        nameof(PlanMessage.How) => f.Named(L["Hur – så att jag förstår vad det innebär"]),
        nameof(PlanMessage.Clarification) => f.Named(L["Förtydligande"]),
        nameof(PlanMessage.ExpectedEffect) => f.Named(L["Förväntad effekt"]),
        nameof(PlanMessage.Order) => f.Named(L["Ordning"]),
        _ => f,
    };
}
