using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Members;

/// <summary>The project's organisation (steering group, project group, contact people): the list, and a form to add someone.</summary>
public class MembersModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartListPageModel<ProjectMember, MemberInput>(db, l)
{
    public sealed record Row(int Id, ProjectGroup Group, string Name, string? Role, string? Affiliation, string? Email);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override string ListPage => "Members";

    protected override string PartTitle => L["Projektorganisation"];

    protected override string Fields => "_MemberFields";

    protected override string AddHeading => L["Lägg till person"];

    protected override string AddButton => L["Lägg till personen"];

    protected override async Task LoadRowsAsync()
    {
        var rows = await Db.ProjectMembers.AsNoTracking()
            .Where(m => m.ProjectId == Project.Id)
            .Select(m => new Row(m.Id, m.Group, m.Name, m.Role, m.Affiliation, m.Email))
            .ToListAsync(Aborted);
        // The groups are stored by name; list them in the order of the enum (steering group first).
        Rows = [.. rows.OrderBy(r => r.Group).ThenBy(r => r.Name, StringComparer.CurrentCulture)];
    }

    protected override ProjectMember NewItem(int projectId) => new() { ProjectId = projectId, Name = "" };

    protected override Expression<Func<ProjectMember, bool>> IdenticalTo(ProjectMember item) =>
        m => m.ProjectId == item.ProjectId && m.Group == item.Group && m.Name == item.Name && m.Role == item.Role
             && m.Affiliation == item.Affiliation && m.Email == item.Email;

    protected override string Added(ProjectMember item) => L["{0} är tillagd i projektets organisation.", item.Name];
}
