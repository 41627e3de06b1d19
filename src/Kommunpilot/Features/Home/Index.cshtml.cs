using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Home;

public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record OrgRow(int Id, string Name, bool IsDemo, int ProjectCount, OrganizationRole Role);

    public List<OrgRow> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var roles = db.CurrentUser.Roles;
        var rows = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.IsDemo, Count = db.ProjectOwners.Count(p => p.OrganizationId == o.Id) })
            .ToListAsync();
        Organizations = [.. rows.Select(o => new OrgRow(o.Id, o.Name, o.IsDemo, o.Count, roles.GetValueOrDefault(o.Id)))];
    }

    public string RoleLabel(OrganizationRole role) => Roles.Label(role);
}
