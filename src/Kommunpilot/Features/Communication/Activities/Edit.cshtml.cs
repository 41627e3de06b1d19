using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// Edits or deletes one activity (<c>/kommunikation/{planId}/aktiviteter/{activityId}</c>), for editors.
/// Saving and deleting are checked against the version the form was loaded with: when someone else
/// saved (its fields or its links) or deleted the activity meanwhile, nothing is written and the page
/// shows both versions, keeping what the user typed; the form then carries the stored version, so
/// saving again is a deliberate overwrite. An activity of another plan or tenant is 404.
/// </summary>
public class EditModel(AppDbContext db, IStringLocalizer<ActivityTexts> l, TimeProvider clock) : ActivityFormPage(db, l, clock)
{
    public async Task<IActionResult> OnGetAsync(int planId, int activityId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await OpenAsync(planId, edit: true, L["Redigera aktivitet"]) is { } denied)
        {
            return denied;
        }
        var activity = await FindAsync(planId, activityId, track: false);
        if (activity is null)
        {
            return NotFound();
        }
        await LoadChoicesAsync(planId);
        Input = ActivityForm.From(activity);
        ActivityId = activityId;
        ConfirmDelete = confirmDelete;
        ShowStored(activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, int activityId)
    {
        if (await OpenAsync(planId, edit: true, L["Redigera aktivitet"]) is { } denied)
        {
            return denied;
        }
        ActivityId = activityId;
        await LoadChoicesAsync(planId);
        var activity = await FindAsync(planId, activityId, track: true);
        if (activity is null)
        {
            return await GoneAsync(planId, activityId);
        }
        ShowStored(activity);
        var values = ReadForm();
        if (values is null || !HasVersion())
        {
            return Page();
        }
        var stale = activity.Version != Input.Version;
        Db.ExpectVersion(activity, Input.Version!.Value);
        var created = ActivityRules.Apply(activity, values, Choices);
        // A new version on every save, so that a change of the links alone is checked and seen too.
        activity.Version = Guid.NewGuid();
        var mine = ActivitySnapshot.Of(activity, Choices);
        if (stale)
        {
            Db.ChangeTracker.Clear();
            await ShowConflictAsync(activityId, mine);
            return Page();
        }
        return await TrySaveAsync(activity, mine) ? Saved(activity, created) : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int planId, int activityId)
    {
        if (await OpenAsync(planId, edit: true, L["Redigera aktivitet"]) is { } denied)
        {
            return denied;
        }
        ActivityId = activityId;
        ConfirmDelete = true;
        await LoadChoicesAsync(planId);
        var activity = await FindAsync(planId, activityId, track: true);
        if (activity is null)
        {
            return await GoneAsync(planId, activityId);
        }
        ShowStored(activity);
        // What the form holds is not saved, only compared if someone else changed the activity.
        var values = ReadForm();
        ModelState.Clear();
        if (!HasVersion())
        {
            return Page();
        }
        var what = activity.What;
        if (await FindAsync(planId, activityId, track: false) is not { } copy)
        {
            return await GoneAsync(planId, activityId);
        }
        if (values is not null)
        {
            ActivityRules.Apply(copy, values, Choices);
        }
        var mine = ActivitySnapshot.Of(copy, Choices);
        if (activity.Version != Input.Version)
        {
            Db.ChangeTracker.Clear();
            await ShowConflictAsync(activityId, mine);
            return Page();
        }
        Db.ExpectVersion(activity, Input.Version!.Value);
        Db.PlanActivities.Remove(activity);
        if (!await TrySaveAsync(activity, mine))
        {
            return Page();
        }
        Message = L["Aktiviteten \"{0}\" är borttagen.", Short(what)];
        return Redirect(ListUrl + "#main");
    }

    private Task<PlanActivity?> FindAsync(int planId, int activityId, bool track)
    {
        var query = Db.PlanActivities.Where(a => a.PlanId == planId && a.Id == activityId)
            .Include(a => a.Stakeholders).Include(a => a.Channels).Include(a => a.Responsibles).AsSplitQuery();
        return (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(Aborted);
    }

    /// <summary>An edit or a delete must say which version it was loaded with.</summary>
    private bool HasVersion()
    {
        if (Input.Version is null)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        return Input.Version is not null;
    }

    /// <summary>
    /// The activity is not there. When the history shows that it belonged to this plan and has been
    /// deleted, the user sees that someone else deleted it, with their input kept; otherwise (an unknown
    /// id, or one of another plan or tenant) the answer is 404.
    /// </summary>
    private async Task<IActionResult> GoneAsync(int planId, int activityId)
    {
        var key = activityId.ToString(CultureInfo.InvariantCulture);
        var deleted = await Db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.PlanId == planId && a.EntityType == nameof(PlanActivity) && a.EntityId == key && a.Action == "Deleted", Aborted);
        if (!deleted)
        {
            return NotFound();
        }
        ModelState.Clear();
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        return Page();
    }
}
