using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// The pages that change one activity (its form and its follow-up): the plan's choices, the stored
/// "when", the save checked against the form's version, and a conflict described in the user's words
/// (both versions, links compared by name; nothing overwritten).
/// </summary>
public abstract class ActivityEditorPage(AppDbContext db, IStringLocalizer<ActivityTexts> l, TimeProvider clock) : ActivityPageModel(db, l, clock)
{
    public ActivityChoices Choices { get; private set; } = null!;

    /// <summary>Set when someone else saved or deleted the activity first.</summary>
    public Conflict? Conflict { get; protected set; }

    /// <summary>The activity being edited; null on the new-activity page.</summary>
    public int? ActivityId { get; protected set; }

    /// <summary>The stored "when": as written, as understood, or why it was not understood.</summary>
    public StoredTiming? Stored { get; protected set; }

    public sealed record StoredTiming(string? Text, string? Understood, string? Problem, bool Relative);

    protected async Task LoadChoicesAsync(int planId) =>
        Choices = await ActivityChoices.LoadAsync(Db, planId, Aborted) ?? throw new InvalidOperationException("The plan was just found.");

    /// <summary>Tries the save; on a conflict, <see cref="Conflict"/> holds both versions and nothing is written.</summary>
    protected async Task<bool> TrySaveAsync(PlanActivity activity, ActivitySnapshot mine)
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await ShowConflictAsync(activity.Id, mine);
            return false;
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            // A person or target group of the same name was created by someone else at the same moment.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, L["Det gick inte att spara eftersom någon annan ändrade samtidigt. Försök igen."]);
            return false;
        }
    }

    protected async Task ShowConflictAsync(int activityId, ActivitySnapshot mine)
    {
        var stored = await ActivitySnapshot.LoadAsync(Db, Nav.PlanId, activityId, Aborted);
        Conflict = new Conflict(stored is null, [.. mine.Differences(stored, System.Globalization.CultureInfo.CurrentCulture).Select(Describe)], stored?.Version);
        if (stored is not null)
        {
            // Saving again is then a deliberate overwrite of what is stored now.
            TakeVersion(stored.Version);
        }
    }

    /// <summary>Puts the stored version into the form after a conflict.</summary>
    protected abstract void TakeVersion(Guid version);

    protected static string Short(string text) => text.Length > 80 ? text[..79].TrimEnd() + "…" : text;

    protected void ShowStored(PlanActivity a) =>
        Stored = new StoredTiming(a.TimingText, ActivityRules.Understood(a.TimingText, a.TimingKind, a.StartDate, a.EndDate, a.TimingProblem),
            a.TimingProblem, a.TimingKind == TimingKind.Relative);

    /// <summary>A field of a conflict in the user's words.</summary>
    private ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(PlanActivity.What) => f with { Name = L["Aktivitet"] },
        nameof(PlanActivity.MessageText) => f with { Name = L["Budskap"] },
        nameof(PlanActivity.MessageId) => Choice(f, L["Budskap i planens budskapsplattform"], id => Choices.Messages.FirstOrDefault(m => m.Id == id)?.Label),
        nameof(PlanActivity.TimingText) => f with { Name = L["Tidpunkt"] },
        nameof(PlanActivity.StartDate) => f with { Name = L["Start"] },
        nameof(PlanActivity.EndDate) => f with { Name = L["Slut"] },
        nameof(PlanActivity.MilestoneId) => Choice(f, L["Milstolpe"], id => Choices.Milestones.FirstOrDefault(m => m.Id == id)?.Label),
        nameof(PlanActivity.PlannedHours) => f with { Name = L["Tid i h"] },
        nameof(PlanActivity.Status) => new ConflictField(L["Status"], StatusLabel(f.Mine), StatusLabel(f.Theirs)),
        nameof(PlanActivity.Why) => f with { Name = L["Varför"] },
        nameof(PlanActivity.How) => f with { Name = L["Hur"] },
        nameof(PlanActivity.DoneOn) => f with { Name = L["Genomförd den"] },
        nameof(PlanActivity.Outcome) => f with { Name = L["Resultat"] },
        nameof(PlanActivity.Reach) => f with { Name = L["Antal nådda"] },
        nameof(PlanActivity.ActualHours) => f with { Name = L["Faktisk tid i h"] },
        nameof(PlanActivity.Cost) => f with { Name = L["Kostnad (kr)"] },
        nameof(PlanActivity.MeasurableGoalId) => Choice(f, L["Mätbart mål"], id => Choices.Goals.FirstOrDefault(g => g.Id == id)?.Text),
        nameof(PlanActivity.GoalContribution) => f with { Name = L["Bidrag till målet"] },
        ActivitySnapshot.TargetGroups => f with { Name = L["Målgrupp"] },
        ActivitySnapshot.Channels => f with { Name = L["Kanal"] },
        ActivitySnapshot.Responsible => f with { Name = L["Ansvarig"] },
        _ => f,
    };

    private string? StatusLabel(string? value) =>
        Enum.TryParse<ActivityStatus>(value, out var s) ? C[CommunicationLabels.Of(s)] : value;

    private static ConflictField Choice(ConflictField f, string label, Func<int, string?> name) =>
        new(label, Name(f.Mine, name), Name(f.Theirs, name));

    private static string? Name(string? id, Func<int, string?> name) =>
        int.TryParse(id, out var n) ? name(n) ?? id : id;
}

/// <summary>
/// The activity form (<c>New</c> and <c>Edit</c>): every field of an activity, checked by
/// <see cref="ActivityRules"/>. A timing that is not understood is saved as written and flagged, and the
/// page says so; names under "Ny ansvarig" become people of the plan's organisation on save.
/// </summary>
public abstract class ActivityFormPage(AppDbContext db, IStringLocalizer<ActivityTexts> l, TimeProvider clock) : ActivityEditorPage(db, l, clock)
{
    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    /// <summary>The user asked to delete the activity and is asked to confirm.</summary>
    public bool ConfirmDelete { get; protected set; }

    protected override void TakeVersion(Guid version) => Input.Version = version;

    /// <summary>The form as values, or null with the errors in the model state.</summary>
    protected ActivityValues? ReadForm()
    {
        var hoursOk = ActivityRules.TryParseAmount(Input.PlannedHours, out var hours);
        if (!hoursOk)
        {
            ModelState.AddModelError("Input.PlannedHours", L["Tid i h ska vara ett tal, till exempel 4 eller 1,5."]);
        }
        var (values, errors) = Input.ToValues(Choices, hours);
        errors.AddRange(ActivityRules.Check(values, Choices));
        AddErrors(errors, f => f == nameof(ActivityValues.PersonIds) && Input.NewPeopleNames().Count > 0 ? nameof(ActivityForm.NewPeople) : f);
        return ModelState.IsValid ? values : null;
    }

    /// <summary>Post/Redirect/Get after a save: to the list, or back to the form when the timing needs attention.</summary>
    protected IActionResult Saved(PlanActivity activity, CreatedLinks created)
    {
        var notes = new List<string> { L["Aktiviteten \"{0}\" är sparad.", Short(activity.What)] };
        notes.AddRange(created.People.Select(p => L["{0} har lagts till som ny person i organisationen och är ansvarig för aktiviteten.", p].Value));
        if (activity.TimingProblem is { } problem)
        {
            Warning = string.Join(" ", notes.Append(L["Tidpunkten \"{0}\" kunde inte tolkas: {1} Den är sparad som den skrevs och markerad i aktivitetsplanen.", activity.TimingText ?? "", ProblemText(problem)].Value));
            return Redirect(EditUrl(activity.Id) + "#main");
        }
        Message = string.Join(" ", notes);
        return Redirect(ListUrl + "#main");
    }
}
