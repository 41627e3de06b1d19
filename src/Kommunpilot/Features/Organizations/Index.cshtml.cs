using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Organizations;

/// <summary>The organisations the user administers; a kommunalförbund's member municipalities under it.</summary>
public class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, OrganizationKind Kind, int? ParentId, bool IsDemo);

    public List<Row> TopLevel { get; private set; } = [];
    public ILookup<int, Row> Members { get; private set; } = Enumerable.Empty<Row>().ToLookup(r => 0);

    public async Task<IActionResult> OnGetAsync()
    {
        var administered = db.CurrentUser.Roles.Where(r => r.Value == OrganizationRole.Administrator).Select(r => r.Key).ToList();
        if (administered.Count == 0)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var rows = await db.Organizations.AsNoTracking()
            .Where(o => administered.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Kind, o.ParentOrganizationId, o.IsDemo))
            .ToListAsync(HttpContext.RequestAborted);
        var shown = rows.Select(r => r.Id).ToHashSet();
        // A member whose association the user does not administer stands on its own.
        TopLevel = [.. rows.Where(r => r.ParentId is not { } p || !shown.Contains(p))];
        Members = rows.Where(r => r.ParentId is { } p && shown.Contains(p)).ToLookup(r => r.ParentId!.Value);
        return Page();
    }
}
