using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>The stakeholder grid, influence × interest, as a picture and as a table (<see cref="StakeholderMap"/>).</summary>
public class StakeholderMapPageModel(AppDbContext db) : PageModel
{
    public PlanNav Nav { get; private set; } = null!;
    public StakeholderMap Map { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await PlanNav.LoadAsync(db, planId, PlanSection.StakeholderMap, ct: ct) is not { } nav)
        {
            return NotFound();
        }
        Nav = nav;
        Map = new StakeholderMap(await PlanFacts.GroupsAsync(db, planId, ct));
        return Page();
    }
}
