using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.Channels;

/// <summary>
/// Edits or deletes one channel (see <see cref="RegisterEditPageModel{TItem, TInput}"/> for the rules).
/// Deleting one that activities use says how many and removes those links with it; the activities stay.
/// </summary>
public class EditChannelModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterEditPageModel<Channel, ChannelInput>(db, l)
{
    protected override PlanSection Section => PlanSection.Channels;

    protected override string Fields => "_ChannelFields";

    protected override string BackText => L["Tillbaka till kanalerna"];

    protected override ChannelInput ToInput(Channel item) => ChannelInput.From(item);

    protected override string NameOf(ChannelInput input) => L["kanalen {0}", input.Name ?? ""];

    protected override string Saved(ChannelInput saved) => L["Kanalen {0} är sparad.", saved.Name ?? ""];

    protected override string Deleted(ChannelInput deleted) => L["Kanalen {0} är borttagen.", deleted.Name ?? ""];

    protected override Task<List<RegisterError>> RulesAsync(int planId, int itemId) => ChannelRules.CheckAsync(Db, planId, itemId, Input, Aborted);

    protected override async Task<string?> DeleteWarningAsync(int itemId)
    {
        var activities = await Db.ActivityChannels.CountAsync(a => a.ChannelId == itemId, Aborted);
        return activities == 0
            ? null
            : L["Kanalen används i {0}. Kopplingarna tas bort tillsammans med kanalen; aktiviteterna finns kvar.", Count(activities, "{0} aktivitet", "{0} aktiviteter")].Value;
    }

    protected override Task RemoveDependentsAsync(Channel item) => ChannelRules.RemoveWithAsync(Db, item, Aborted);

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Channel.Name) => f.Named(L["Namn"]),
        nameof(Channel.Description) => f.Named(L["Beskrivning"]),
        nameof(Channel.Audience) => f.Named(L["Intern eller extern"], v => C.Choice<Audience>(v, CommunicationLabels.Of)),
        nameof(Channel.ResponsibleRole) => f.Named(L["Ansvarig roll"]),
        _ => f,
    };
}
