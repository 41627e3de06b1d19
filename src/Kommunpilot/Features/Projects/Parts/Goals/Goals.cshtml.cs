using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Goals;

/// <summary>The project's goals of each kind (målbild, effektmål, projektmål, ...): the list, and a form to add one.</summary>
public class GoalsModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartListPageModel<Goal, GoalInput>(db, l)
{
    public sealed record Row(int Id, int Order, GoalKind Kind, string Text);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override string ListPage => "Goals";

    protected override string PartTitle => L["Mål"];

    protected override string Fields => "_GoalFields";

    protected override string AddHeading => L["Lägg till mål"];

    protected override string AddButton => L["Lägg till målet"];

    protected override async Task LoadRowsAsync() =>
        Rows = await Db.Goals.AsNoTracking()
            .Where(g => g.ProjectId == Project.Id)
            .OrderBy(g => g.Order).ThenBy(g => g.Id)
            .Select(g => new Row(g.Id, g.Order, g.Kind, g.Text))
            .ToListAsync(Aborted);

    protected override Goal NewItem(int projectId) => new() { ProjectId = projectId, Text = "" };

    protected override Expression<Func<Goal, bool>> IdenticalTo(Goal item) =>
        g => g.ProjectId == item.ProjectId && g.Kind == item.Kind && g.Text == item.Text;

    protected override async Task BeforeAddAsync(Goal item)
    {
        if (Input.Order is null)
        {
            item.Order = await NextOrderAsync(g => g.Order);
        }
    }

    protected override string Added(Goal item) => L["Målet är tillagt."];
}
