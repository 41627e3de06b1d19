using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>Planned hours per responsible person and month, and actual hours of done activities (<see cref="HoursPlan"/>).</summary>
public class HoursPageModel(AppDbContext db) : PageModel
{
    public PlanNav Nav { get; private set; } = null!;
    public HoursPlan Hours { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await PlanNav.LoadAsync(db, planId, PlanSection.Hours, ct: ct) is not { } nav)
        {
            return NotFound();
        }
        Nav = nav;
        var (start, end) = await PlanFacts.PeriodAsync(db, planId, ct);
        Hours = new HoursPlan(start, end, await PlanFacts.ActivitiesAsync(db, planId, ct));
        return Page();
    }
}
