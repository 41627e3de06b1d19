using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Milestones;

/// <summary>The project's milestones (milstolpar): the list, and a form to add one.</summary>
public class MilestonesModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartListPageModel<Milestone, MilestoneInput>(db, l)
{
    public sealed record Row(int Id, int Order, string Decision, string? DecisionBody, DateOnly? Date, WorkStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override string ListPage => "Milestones";

    protected override string PartTitle => L["Milstolpar"];

    protected override string Fields => "_MilestoneFields";

    protected override string AddHeading => L["Lägg till milstolpe"];

    protected override string AddButton => L["Lägg till milstolpen"];

    protected override async Task LoadRowsAsync() =>
        Rows = await Db.Milestones.AsNoTracking()
            .Where(m => m.ProjectId == Project.Id)
            .OrderBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new Row(m.Id, m.Order, m.Decision, m.DecisionBody, m.Date, m.Status))
            .ToListAsync(Aborted);

    protected override async Task LoadChoicesAsync() =>
        ViewData["DecisionBodies"] = await MilestoneChoices.DecisionBodiesAsync(Db, Project.Id, Aborted);

    protected override Milestone NewItem(int projectId) => new() { ProjectId = projectId, Decision = "" };

    protected override Expression<Func<Milestone, bool>> IdenticalTo(Milestone item) =>
        m => m.ProjectId == item.ProjectId && m.Decision == item.Decision && m.DecisionBody == item.DecisionBody
             && m.Date == item.Date && m.Status == item.Status;

    protected override async Task BeforeAddAsync(Milestone item)
    {
        if (Input.Order is null)
        {
            item.Order = await NextOrderAsync(m => m.Order);
        }
    }

    protected override string Added(Milestone item) => L["Milstolpen är tillagd."];
}
