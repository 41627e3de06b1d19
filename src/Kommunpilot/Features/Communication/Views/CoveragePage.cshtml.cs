using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>Target groups against channels and messages, with the gaps (<see cref="Views.Coverage"/>).</summary>
public class CoveragePageModel(AppDbContext db) : PageModel
{
    public PlanNav Nav { get; private set; } = null!;
    public Coverage Coverage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await PlanNav.LoadAsync(db, planId, PlanSection.Coverage, ct: ct) is not { } nav)
        {
            return NotFound();
        }
        Nav = nav;
        Coverage = new Coverage(
            await PlanFacts.GroupsAsync(db, planId, ct),
            await PlanFacts.ChannelsAsync(db, planId, ct),
            await PlanFacts.MessagesAsync(db, planId, ct),
            await PlanFacts.ActivitiesAsync(db, planId, ct));
        return Page();
    }
}
