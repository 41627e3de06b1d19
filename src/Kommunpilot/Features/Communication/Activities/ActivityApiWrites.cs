using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// The writes of <see cref="ActivitiesApi"/>: create, update, follow up and delete an activity, with
/// the rules of <see cref="ActivityRules"/>, links named by id or name, and 409 with the stored values
/// when the version sent is not the stored one.
/// </summary>
internal static class ActivityApiWrites
{
    public static async Task<Results<Created<ActivityDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return ActivitiesApi.Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<ActivityInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var (values, errors) = ToValues(input!, choices, input!.Status ?? ActivityStatus.Planned);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var activity = new PlanActivity { PlanId = id, What = "" };
        ActivityRules.Apply(activity, values, choices);
        activity.Order = (await db.PlanActivities.Where(a => a.PlanId == id).MaxAsync(a => (int?)a.Order, ct) ?? 0) + 1;
        db.PlanActivities.Add(activity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return ActivitiesApi.SavedMeanwhile();
        }
        return TypedResults.Created($"/api/communication-plans/{id}/activities/{activity.Id}", await ActivitiesApi.DtoAsync(db, id, activity.Id, ct));
    }

    public static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> UpdateAsync(
        int id, int activityId, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        var activity = await ActivitiesApi.LoadAsync(db, id, activityId, ct);
        if (activity is null)
        {
            return ActivitiesApi.ActivityNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return ActivitiesApi.Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<ActivityInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var (values, errors) = ToValues(input!, choices, input!.Status ?? ActivityStatus.Planned);
        if (input.Status is null)
        {
            errors.Add("status", "Status måste anges.");
        }
        RequireVersion(input.Version, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var stale = activity.Version != input.Version;
        db.ExpectVersion(activity, input.Version!.Value);
        ActivityRules.Apply(activity, values, choices);
        activity.Version = Guid.NewGuid();
        return await SaveAsync(db, id, activity, ActivitySnapshot.Of(activity, choices), stale, request.HttpContext, ct);
    }

    public static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> FollowUpAsync(
        int id, int activityId, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        var activity = await ActivitiesApi.LoadAsync(db, id, activityId, ct);
        if (activity is null)
        {
            return ActivitiesApi.ActivityNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return ActivitiesApi.Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<FollowUpInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var values = new FollowUpValues(input!.DoneOn, input.Outcome, input.Reach, input.ActualHours, input.Cost, input.MeasurableGoalId, input.GoalContribution);
        var errors = new ApiErrors();
        foreach (var error in ActivityRules.CheckFollowUp(values, activity, choices, ActivityRules.Today(clock)))
        {
            errors.Add(ApiValidation.Key(error.Field), error.Text(null));
        }
        RequireVersion(input.Version, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var stale = activity.Version != input.Version;
        db.ExpectVersion(activity, input.Version!.Value);
        ActivityRules.ApplyFollowUp(activity, values, choices);
        activity.Version = Guid.NewGuid();
        return await SaveAsync(db, id, activity, ActivitySnapshot.Of(activity, choices), stale, request.HttpContext, ct);
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> DeleteAsync(
        int id, int activityId, [Description("Den version du läste.")] Guid? version, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        if (!await db.CommunicationPlans.AnyAsync(p => p.Id == id, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        var activity = await ActivitiesApi.LoadAsync(db, id, activityId, ct);
        if (activity is null)
        {
            return ActivitiesApi.ActivityNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return ActivitiesApi.Forbidden();
        }
        var errors = new ApiErrors();
        RequireVersion(version, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (activity.Version != version)
        {
            return await ConflictAsync(db, id, activityId, mine: null, http, ct) is { } conflict ? conflict : ActivitiesApi.DeletedMeanwhile();
        }
        db.ExpectVersion(activity, version!.Value);
        db.PlanActivities.Remove(activity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, activityId, mine: null, http, ct) is { } conflict ? conflict : ActivitiesApi.DeletedMeanwhile();
        }
        return TypedResults.NoContent();
    }

    /// <summary>The input as the rules' values: its links resolved against the plan, unknown ones as errors keyed by the JSON field.</summary>
    private static (ActivityValues Values, ApiErrors Errors) ToValues(ActivityInput input, ActivityChoices choices, ActivityStatus status)
    {
        var errors = new ApiErrors();
        (IReadOnlyList<int> Ids, IReadOnlyList<string> New) Links(RefKind kind, string key, List<JsonElement>? refs, string what, string where)
        {
            var ids = new List<int>();
            var names = new List<string>();
            for (var i = 0; i < (refs?.Count ?? 0); i++)
            {
                var item = refs![i];
                if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var refId))
                {
                    ids.Add(refId);
                }
                else if (item.ValueKind == JsonValueKind.String && item.GetString() is { } name && !string.IsNullOrWhiteSpace(name))
                {
                    names.Add(name);
                }
                else
                {
                    errors.Add(key, $"Värde nr {i + 1} ska vara ett id (heltal) eller ett namn (text).");
                }
            }
            var resolved = ActivityRules.Resolve(kind, ids, names, choices);
            foreach (var unknown in resolved.UnknownIds)
            {
                errors.Add(key, $"{what} med id {unknown} finns inte {where}.");
            }
            if (!input.CreateMissing)
            {
                foreach (var unknown in resolved.UnknownNames)
                {
                    errors.Add(key, $"{what} \"{unknown}\" finns inte {where}. Skicka \"createMissing\": true för att skapa den.");
                }
            }
            return (resolved.Ids, input.CreateMissing ? resolved.UnknownNames : []);
        }
        var groups = Links(RefKind.TargetGroup, "targetGroups", input.TargetGroups, "Målgruppen", "i planen");
        var channels = Links(RefKind.Channel, "channels", input.Channels, "Kanalen", "i planen");
        var people = Links(RefKind.Person, "responsible", input.Responsible, "Personen", "i planens organisation");
        var values = new ActivityValues
        {
            What = input.What,
            MessageText = input.MessageText,
            MessageId = input.MessageId,
            Timing = input.Timing,
            MilestoneId = input.MilestoneId,
            PlannedHours = input.PlannedHours is { } h ? Math.Round(h, 2, MidpointRounding.AwayFromZero) : null,
            Status = status,
            Why = input.Why,
            How = input.How,
            TargetGroupIds = groups.Ids,
            ChannelIds = channels.Ids,
            PersonIds = people.Ids,
            NewTargetGroups = groups.New,
            NewChannels = channels.New,
            NewPeople = people.New,
        };
        foreach (var error in ActivityRules.Check(values, choices))
        {
            errors.Add(KeyOf(error.Field), error.Text(null));
        }
        return (values, errors);
    }

    private static string KeyOf(string field) => field switch
    {
        nameof(ActivityValues.TargetGroupIds) => "targetGroups",
        nameof(ActivityValues.ChannelIds) => "channels",
        nameof(ActivityValues.PersonIds) => "responsible",
        nameof(PlanActivity.TimingText) => "timing",
        nameof(PlanActivity.StartDate) => "start",
        nameof(PlanActivity.EndDate) => "end",
        ActivitySnapshot.TargetGroups => "targetGroups",
        ActivitySnapshot.Channels => "channels",
        ActivitySnapshot.Responsible => "responsible",
        _ => ApiValidation.Key(field),
    };

    private static void RequireVersion(Guid? version, ApiErrors errors)
    {
        if (version is null)
        {
            errors.Add("version", "Ange den version du läste (version), så att ingen annans ändring skrivs över.");
        }
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> SaveAsync(
        AppDbContext db, int planId, PlanActivity activity, ActivitySnapshot mine, bool stale, HttpContext http, CancellationToken ct)
    {
        if (stale)
        {
            // Stale even when nothing differs.
            return await ConflictAsync(db, planId, activity.Id, mine, http, ct) is { } conflict ? conflict : ActivitiesApi.DeletedMeanwhile();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, planId, activity.Id, mine, http, ct) is { } conflict ? conflict : ActivitiesApi.DeletedMeanwhile();
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return ActivitiesApi.SavedMeanwhile();
        }
        return TypedResults.Ok((await ActivitiesApi.DtoAsync(db, planId, activity.Id, ct))!);
    }

    /// <summary>409 with the stored values and version, and what differs from what was sent. Nothing is written.</summary>
    /// <remarks>Null when the activity has been deleted meanwhile: see <see cref="DeletedMeanwhile"/>.</remarks>
    private static async Task<JsonHttpResult<ActivityConflictProblem>?> ConflictAsync(
        AppDbContext db, int planId, int activityId, ActivitySnapshot? mine, HttpContext http, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await ActivitiesApi.DtoAsync(db, planId, activityId, ct);
        var stored = await ActivitySnapshot.LoadAsync(db, planId, activityId, ct);
        if (current is null || stored is null)
        {
            return null;
        }
        var changes = mine is null
            ? []
            : mine.Differences(stored, System.Globalization.CultureInfo.InvariantCulture).Select(f => new ConflictChange(KeyOf(f.Name), f.Mine, f.Theirs)).ToList();
        var problem = new ActivityConflictProblem(
            Type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            Title: "Aktiviteten har ändrats av någon annan.",
            Status: StatusCodes.Status409Conflict,
            Detail: "Ingenting har sparats eller skrivits över. De sparade värdena står i current. Vill du ändå spara dina värden, skicka dem igen med version = currentVersion.",
            CurrentVersion: current.Version,
            Current: current,
            Changes: changes,
            TraceId: Activity.Current?.Id ?? http.TraceIdentifier);
        return TypedResults.Json(problem, statusCode: StatusCodes.Status409Conflict, contentType: "application/problem+json");
    }
}
