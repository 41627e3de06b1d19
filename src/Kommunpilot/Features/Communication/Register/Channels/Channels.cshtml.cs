using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.Channels;

/// <summary>The plan's channels (kanaler) like 002 chapter 5: name, description, internal or external, the responsible role, and how many activities use each.</summary>
public class ChannelsModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterListPageModel<Channel, ChannelInput>(db, l)
{
    public sealed record Row(int Id, string Name, string? Description, Audience? Audience, string? ResponsibleRole, int Activities);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override PlanSection Section => PlanSection.Channels;

    protected override string Fields => "_ChannelFields";

    protected override string AddHeading => L["Lägg till kanal"];

    protected override string AddButton => L["Lägg till kanalen"];

    protected override async Task LoadRowsAsync() =>
        Rows = await Db.Channels.AsNoTracking()
            .Where(c => c.PlanId == Nav.PlanId)
            .OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new Row(c.Id, c.Name, c.Description, c.Audience, c.ResponsibleRole, c.Activities.Count))
            .ToListAsync(Aborted);

    protected override Channel NewItem(int planId) => new() { PlanId = planId, Name = "" };

    protected override Expression<Func<Channel, bool>> IdenticalTo(Channel item) =>
        c => c.PlanId == item.PlanId && c.Name == item.Name && c.Description == item.Description
             && c.Audience == item.Audience && c.ResponsibleRole == item.ResponsibleRole;

    protected override Task<List<RegisterError>> RulesAsync(int planId, int? itemId) => ChannelRules.CheckAsync(Db, planId, itemId, Input, Aborted);

    protected override string Added(Channel item) => L["Kanalen {0} är tillagd.", item.Name];

    protected override string Moved(Channel item) => L["{0} är flyttad.", item.Name];
}
