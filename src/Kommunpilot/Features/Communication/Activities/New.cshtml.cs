using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>A new activity in the plan's activity plan (<c>/kommunikation/{planId}/aktiviteter/ny</c>), for editors.</summary>
public class NewModel(AppDbContext db, IStringLocalizer<ActivityTexts> l, TimeProvider clock) : ActivityFormPage(db, l, clock)
{
    public async Task<IActionResult> OnGetAsync(int planId)
    {
        if (await OpenAsync(planId, edit: true, L["Ny aktivitet"]) is { } denied)
        {
            return denied;
        }
        await LoadChoicesAsync(planId);
        Input = new ActivityForm { Status = ActivityStatus.Planned };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId)
    {
        if (await OpenAsync(planId, edit: true, L["Ny aktivitet"]) is { } denied)
        {
            return denied;
        }
        await LoadChoicesAsync(planId);
        if (ReadForm() is not { } values)
        {
            return Page();
        }
        var activity = new PlanActivity { PlanId = planId, What = "" };
        var created = ActivityRules.Apply(activity, values, Choices);
        activity.Order = (await Db.PlanActivities.Where(a => a.PlanId == planId).MaxAsync(a => (int?)a.Order, Aborted) ?? 0) + 1;
        Db.PlanActivities.Add(activity);
        return await TrySaveAsync(activity, ActivitySnapshot.Of(activity, Choices)) ? Saved(activity, created) : Page();
    }
}
