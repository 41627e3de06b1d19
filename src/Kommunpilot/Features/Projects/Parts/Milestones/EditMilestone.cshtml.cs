using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Milestones;

/// <summary>Edits or deletes one milestone (see <see cref="PartEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditMilestoneModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartEditPageModel<Milestone, MilestoneInput>(db, l)
{
    protected override string ListPage => "Milestones";

    protected override string PartTitle => L["Milstolpar"];

    protected override string Fields => "_MilestoneFields";

    protected override async Task LoadChoicesAsync() =>
        ViewData["DecisionBodies"] = await MilestoneChoices.DecisionBodiesAsync(Db, Project.Id, Aborted);

    protected override MilestoneInput ToInput(Milestone item) => MilestoneInput.From(item);

    protected override string NameOf(MilestoneInput input) => L["milstolpe nr {0}", input.Order ?? 0];

    protected override string Saved(MilestoneInput saved) => L["Milstolpe nr {0} är sparad.", saved.Order ?? 0];

    protected override string Deleted(MilestoneInput deleted) => L["Milstolpe nr {0} är borttagen.", deleted.Order ?? 0];

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Milestone.Decision) => f.Named(L["Beslut"]),
        nameof(Milestone.DecisionBody) => f.Named(L["Beslutsinstans"]),
        nameof(Milestone.Date) => f.Named(T["Datum"]),
        nameof(Milestone.Status) => f.Named(T["Status"], v => T.Choice<WorkStatus>(v, Labels.Of)),
        nameof(Milestone.Order) => f.Named(L["Ordning"]),
        _ => f,
    };
}
