using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>The activity plan by month (<see cref="Views.Timeline"/>), one year at a time (<c>?ar=2024</c>).</summary>
public class TimelinePageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public PlanNav Nav { get; private set; } = null!;
    public Timeline Timeline { get; private set; } = null!;
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, [FromQuery(Name = "ar")] string? year, CancellationToken ct)
    {
        if (await PlanNav.LoadAsync(db, planId, PlanSection.Timeline, ct: ct) is not { } nav)
        {
            return NotFound();
        }
        Nav = nav;
        Today = PlanFacts.SwedishToday(clock);
        var (start, end) = await PlanFacts.PeriodAsync(db, planId, ct);
        Timeline = Timeline.Build(start, end, await PlanFacts.ActivitiesAsync(db, planId, ct), year, Today);
        return Page();
    }
}
