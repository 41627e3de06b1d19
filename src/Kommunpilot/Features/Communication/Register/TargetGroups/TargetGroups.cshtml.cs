using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.TargetGroups;

/// <summary>
/// The plan's stakeholder register (målgrupper), laid out like 002 chapter 3: the plan's definitions
/// of the priorities, then the target groups per priority (core, primary, secondary, then those
/// without one), each with audience, description, why, influence, interest, a condition when it is
/// prioritised only if a decision is taken, and whom it passes messages on to. Editors add, edit and
/// move groups (within their priority).
/// </summary>
public class TargetGroupsModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterListPageModel<Stakeholder, StakeholderInput>(db, l)
{
    public sealed record Row(int Id, string Name, Audience? Audience, StakeholderPriority? Priority, bool PrioritisedIfDecided, string? Condition,
        string? Description, string? Why, Level? Influence, Level? Interest, bool PassesOn, string? PassesOnTo);

    /// <summary>The target groups of one priority (null: without a priority), in their order.</summary>
    public sealed record Group(StakeholderPriority? Priority, IReadOnlyList<Row> Rows);

    /// <summary>A priority's definition: the plan's own, or the standard one when the plan has none.</summary>
    public sealed record Definition(StakeholderPriority Priority, string Text, bool Own);

    /// <summary>The priorities in the order of the register; null (without a priority) last.</summary>
    public static readonly StakeholderPriority?[] PriorityOrder = [StakeholderPriority.Core, StakeholderPriority.Primary, StakeholderPriority.Secondary, null];

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public IReadOnlyList<Definition> Definitions { get; private set; } = [];

    public int Total => Groups.Sum(g => g.Rows.Count);

    protected override PlanSection Section => PlanSection.TargetGroups;

    protected override string Fields => "_StakeholderFields";

    protected override string AddHeading => L["Lägg till målgrupp"];

    protected override string AddButton => L["Lägg till målgruppen"];

    protected override async Task LoadRowsAsync()
    {
        var rows = await Db.Stakeholders.AsNoTracking()
            .Where(s => s.PlanId == Nav.PlanId)
            .OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new Row(s.Id, s.Name, s.Audience, s.Priority, s.PrioritisedIfDecided, s.Condition, s.Description, s.Why,
                s.Influence, s.Interest, s.PassesOn, s.PassesOnTo))
            .ToListAsync(Aborted);
        Groups = [.. PriorityOrder.Select(p => new Group(p, [.. rows.Where(r => r.Priority == p)])).Where(g => g.Rows.Count > 0)];
        var own = await Db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == Nav.PlanId)
            .Select(p => new { p.CoreDefinition, p.PrimaryDefinition, p.SecondaryDefinition })
            .SingleAsync(Aborted);
        Definitions =
        [
            Define(StakeholderPriority.Core, own.CoreDefinition, CommunicationLabels.DefaultCoreDefinition),
            Define(StakeholderPriority.Primary, own.PrimaryDefinition, CommunicationLabels.DefaultPrimaryDefinition),
            Define(StakeholderPriority.Secondary, own.SecondaryDefinition, CommunicationLabels.DefaultSecondaryDefinition),
        ];
    }

    private static Definition Define(StakeholderPriority priority, string? own, string standard) =>
        string.IsNullOrWhiteSpace(own) ? new(priority, standard, Own: false) : new(priority, own, Own: true);

    protected override Stakeholder NewItem(int planId) => new() { PlanId = planId, Name = "" };

    protected override Expression<Func<Stakeholder, bool>> IdenticalTo(Stakeholder item) =>
        s => s.PlanId == item.PlanId && s.Name == item.Name && s.Audience == item.Audience && s.Priority == item.Priority
             && s.PrioritisedIfDecided == item.PrioritisedIfDecided && s.Condition == item.Condition && s.Description == item.Description
             && s.Why == item.Why && s.Influence == item.Influence && s.Interest == item.Interest
             && s.PassesOn == item.PassesOn && s.PassesOnTo == item.PassesOnTo;

    protected override Task<List<RegisterError>> RulesAsync(int planId, int? itemId) => StakeholderRules.CheckAsync(Db, planId, itemId, Input, Aborted);

    protected override object? GroupOf(Stakeholder item) => item.Priority;

    protected override string Added(Stakeholder item) => L["Målgruppen {0} är tillagd.", item.Name];

    protected override string Moved(Stakeholder item) => L["{0} är flyttad.", item.Name];
}
