using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>What is late, what is due soon and what cannot be judged, as of today in Sweden (<see cref="LateReport"/>).</summary>
public class LatePageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public PlanNav Nav { get; private set; } = null!;
    public LateReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await PlanNav.LoadAsync(db, planId, PlanSection.Late, ct: ct) is not { } nav)
        {
            return NotFound();
        }
        Nav = nav;
        Report = LateReport.Build(await PlanFacts.ActivitiesAsync(db, planId, ct), PlanFacts.SwedishToday(clock));
        return Page();
    }
}
