using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.ScopeLimits;

/// <summary>The project's scope limits (avgränsningar) with their reasons: the list, and a form to add one.</summary>
public class ScopeLimitsModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartListPageModel<ScopeLimit, ScopeLimitInput>(db, l)
{
    public sealed record Row(int Id, int Order, string Description, string? Reason);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override string ListPage => "ScopeLimits";

    protected override string PartTitle => L["Avgränsningar"];

    protected override string Fields => "_ScopeLimitFields";

    protected override string AddHeading => L["Lägg till avgränsning"];

    protected override string AddButton => L["Lägg till avgränsningen"];

    protected override async Task LoadRowsAsync() =>
        Rows = await Db.ScopeLimits.AsNoTracking()
            .Where(s => s.ProjectId == Project.Id)
            .OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new Row(s.Id, s.Order, s.Description, s.Reason))
            .ToListAsync(Aborted);

    protected override ScopeLimit NewItem(int projectId) => new() { ProjectId = projectId, Description = "" };

    protected override Expression<Func<ScopeLimit, bool>> IdenticalTo(ScopeLimit item) =>
        s => s.ProjectId == item.ProjectId && s.Description == item.Description && s.Reason == item.Reason;

    protected override async Task BeforeAddAsync(ScopeLimit item)
    {
        if (Input.Order is null)
        {
            item.Order = await NextOrderAsync(s => s.Order);
        }
    }

    protected override string Added(ScopeLimit item) => L["Avgränsningen är tillagd."];
}
