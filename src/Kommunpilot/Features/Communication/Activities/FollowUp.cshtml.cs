using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// The follow-up of an activity when it is done (<c>/kommunikation/{planId}/aktiviteter/{activityId}/uppfoljning</c>):
/// done date, outcome, reach, actual hours, cost and the measurable goal it counts towards. Saving
/// with a done date makes the activity done. Checked against the version the form was loaded with,
/// like the activity form.
/// </summary>
public class FollowUpModel(AppDbContext db, IStringLocalizer<ActivityTexts> l, TimeProvider clock) : ActivityEditorPage(db, l, clock)
{
    [BindProperty]
    public FollowUpForm Input { get; set; } = new();

    public string What { get; private set; } = "";

    public string? TimingText { get; private set; }

    public ActivityStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(int planId, int activityId)
    {
        if (await OpenAsync(planId, edit: true, L["Följ upp aktivitet"]) is { } denied)
        {
            return denied;
        }
        var activity = await Db.PlanActivities.AsNoTracking().FirstOrDefaultAsync(a => a.PlanId == planId && a.Id == activityId, Aborted);
        if (activity is null)
        {
            return NotFound();
        }
        await LoadChoicesAsync(planId);
        Show(activity);
        Input = FollowUpForm.From(activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId, int activityId)
    {
        if (await OpenAsync(planId, edit: true, L["Följ upp aktivitet"]) is { } denied)
        {
            return denied;
        }
        ActivityId = activityId;
        await LoadChoicesAsync(planId);
        var activity = await Db.PlanActivities.Where(a => a.PlanId == planId && a.Id == activityId)
            .Include(a => a.Stakeholders).Include(a => a.Channels).Include(a => a.Responsibles).AsSplitQuery()
            .FirstOrDefaultAsync(Aborted);
        if (activity is null)
        {
            var key = activityId.ToString(CultureInfo.InvariantCulture);
            if (!await Db.AuditEntries.AsNoTracking().AnyAsync(a => a.PlanId == planId && a.EntityType == nameof(PlanActivity) && a.EntityId == key && a.Action == "Deleted", Aborted))
            {
                return NotFound();
            }
            ModelState.Clear();
            Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
            return Page();
        }
        Show(activity);
        if (ReadFollowUp(activity) is not { } values)
        {
            return Page();
        }
        if (Input.Version is null)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
            return Page();
        }
        var stale = activity.Version != Input.Version;
        Db.ExpectVersion(activity, Input.Version.Value);
        ActivityRules.ApplyFollowUp(activity, values, Choices);
        activity.Version = Guid.NewGuid();
        var mine = ActivitySnapshot.Of(activity, Choices);
        if (stale)
        {
            Db.ChangeTracker.Clear();
            await ShowConflictAsync(activityId, mine);
            return Page();
        }
        if (!await TrySaveAsync(activity, mine))
        {
            return Page();
        }
        Message = values.DoneOn is null
            ? L["Uppföljningen av \"{0}\" är sparad.", Short(activity.What)]
            : L["Uppföljningen av \"{0}\" är sparad och aktiviteten är genomförd.", Short(activity.What)];
        return Redirect(ListUrl + "#main");
    }

    protected override void TakeVersion(Guid version) => Input.Version = version;

    private void Show(PlanActivity activity)
    {
        ActivityId = activity.Id;
        What = activity.What;
        TimingText = activity.TimingText;
        Status = activity.Status;
        ShowStored(activity);
    }

    private FollowUpValues? ReadFollowUp(PlanActivity activity)
    {
        decimal? Amount(string? text, string field, string message)
        {
            if (ActivityRules.TryParseAmount(text, out var value))
            {
                return value;
            }
            ModelState.AddModelError("Input." + field, L[message]);
            return null;
        }
        var hours = Amount(Input.ActualHours, nameof(FollowUpForm.ActualHours), "Faktisk tid i h ska vara ett tal, till exempel 4 eller 1,5.");
        var cost = Amount(Input.Cost, nameof(FollowUpForm.Cost), "Kostnaden ska vara ett belopp i kronor, till exempel 1 500 eller 1500,50.");
        var contribution = Amount(Input.GoalContribution, nameof(FollowUpForm.GoalContribution), "Bidraget ska vara ett tal, till exempel 1.");
        int? reach = null;
        var reachText = Input.Reach is null ? "" : new string([.. Input.Reach.Where(c => !char.IsWhiteSpace(c))]).Replace('\u2212', '-');
        if (reachText.Length > 0)
        {
            if (int.TryParse(reachText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                reach = n;
            }
            else
            {
                ModelState.AddModelError("Input.Reach", L["Antal nådda ska vara ett heltal, till exempel 120."]);
            }
        }
        var values = new FollowUpValues(Input.DoneOn, Input.Outcome, reach, hours, cost, Input.MeasurableGoalId, contribution);
        AddErrors(ActivityRules.CheckFollowUp(values, activity, Choices, Today));
        return ModelState.IsValid ? values : null;
    }

    /// <summary>A goal in the select: its text and, for a quantitative goal, its target.</summary>
    public string GoalLabel(GoalChoice g) =>
        g.Kind == MeasureKind.Quantitative && g.Target is { } target
            ? $"{g.Text} ({L["mål: {0} {1}", target.ToString("0.##", CultureInfo.CurrentCulture), g.Unit ?? ""].Value.Trim()})"
            : g.Text;
}
