using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Home;

public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record OrgRow(int Id, string Name, int? ParentId, bool IsDemo, int ProjectCount, OrganizationRole Role);

    /// <summary>Top-level organisations; a kommunalförbund's members are listed under it.</summary>
    public List<OrgRow> Organizations { get; private set; } = [];

    public ILookup<int, OrgRow> Members { get; private set; } = Enumerable.Empty<OrgRow>().ToLookup(o => 0);

    public async Task OnGetAsync()
    {
        var roles = db.CurrentUser.Roles;
        var rows = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.ParentOrganizationId, o.IsDemo, Count = db.ProjectOwners.Count(p => p.OrganizationId == o.Id) })
            .ToListAsync();
        var all = rows.Select(o => new OrgRow(o.Id, o.Name, o.ParentOrganizationId, o.IsDemo, o.Count, roles.GetValueOrDefault(o.Id))).ToList();
        var visible = all.Select(o => o.Id).ToHashSet();
        // A member whose association the user cannot see stands on its own.
        Organizations = [.. all.Where(o => o.ParentId is not { } p || !visible.Contains(p))];
        Members = all.Where(o => o.ParentId is { } p && visible.Contains(p)).ToLookup(o => o.ParentId!.Value);
    }

    public static string RoleLabel(OrganizationRole role) => Roles.Label(role);
}
