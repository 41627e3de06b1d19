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
/// A plan's activity plan for programs: <c>/api/communication-plans/{id}/activities</c>. The same rules
/// as the pages (<see cref="ActivityRules"/>); answers are <see cref="ActivityDto"/>. Writes need edit
/// rights in the plan (403 otherwise); an activity of another plan, or a plan of another tenant, is 404.
/// </summary>
public static class ActivitiesApi
{
    public static IEndpointRouteBuilder MapActivities(this IEndpointRouteBuilder plans)
    {
        plans.MapGet("/{id:int}/activities", ListAsync)
            .WithName("ListPlanActivities")
            .WithSummary("Planens aktiviteter")
            .WithDescription("Aktivitetsplanen, sorterad på startdatum (odaterade sist) och sedan planens ordning. Filtrera på status, försenade, målgrupp, kanal eller ansvarig.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/{id:int}/activities", CreateAsync)
            .WithName("CreatePlanActivity")
            .WithSummary("Lägger till en aktivitet")
            .WithDescription("Målgrupper, kanaler och ansvariga anges med id eller namn. Ett namn som inte finns ger 400 som nämner namnet; med \"createMissing\": true skapas det i samma transaktion. Svarar 201 med aktiviteten.")
            .Accepts<ActivityInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapGet("/{id:int}/activities/{activityId:int}", GetAsync)
            .WithName("GetPlanActivity")
            .WithSummary("En aktivitet")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPut("/{id:int}/activities/{activityId:int}", UpdateAsync)
            .WithName("UpdatePlanActivity")
            .WithSummary("Ändrar en aktivitet")
            .WithDescription("Skicka alla fält (det som saknas töms, även listorna) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena; ingenting skrivs över.")
            .Accepts<ActivityInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ActivityConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapDelete("/{id:int}/activities/{activityId:int}", DeleteAsync)
            .WithName("DeletePlanActivity")
            .WithSummary("Tar bort en aktivitet")
            .WithDescription("Ange den version du läste (?version=...). Har någon annan sparat sedan dess blir svaret 409 och ingenting tas bort.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ActivityConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");

        plans.MapPut("/{id:int}/activities/{activityId:int}/follow-up", FollowUpAsync)
            .WithName("FollowUpPlanActivity")
            .WithSummary("Följer upp en aktivitet")
            .WithDescription("Genomförd den, resultat, antal nådda, faktisk tid, kostnad och det mätbara mål aktiviteten räknas mot. Med ett datum blir aktiviteten genomförd. Kräver den version du läste.")
            .Accepts<FollowUpInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ActivityConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return plans;
    }

    private static async Task<Results<Ok<List<ActivityDto>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int id,
        AppDbContext db,
        TimeProvider clock,
        [Description("Bara aktiviteter med den här statusen.")] ActivityStatus? status,
        [Description("true: bara försenade (slutet passerat och inte genomförd eller inställd).")] bool? late,
        [Description("Bara aktiviteter för den här målgruppen.")] int? targetGroupId,
        [Description("Bara aktiviteter i den här kanalen.")] int? channelId,
        [Description("Bara aktiviteter som den här personen är ansvarig för.")] int? personId,
        CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        var errors = new ApiErrors();
        if (status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", ApiValidation.TypeMessage(typeof(ActivityStatus), "Status"));
        }
        if (targetGroupId is { } g && choices.TargetGroups.All(c => c.Id != g))
        {
            errors.Add("targetGroupId", $"Målgruppen med id {g} finns inte i planen.");
        }
        if (channelId is { } c && choices.Channels.All(x => x.Id != c))
        {
            errors.Add("channelId", $"Kanalen med id {c} finns inte i planen.");
        }
        if (personId is { } p && choices.People.All(x => x.Id != p))
        {
            errors.Add("personId", $"Personen med id {p} finns inte i planens organisation.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var activities = db.PlanActivities.AsNoTracking().Where(a => a.PlanId == id);
        if (status is { } wanted)
        {
            activities = activities.Where(a => a.Status == wanted);
        }
        if (targetGroupId is { } group)
        {
            activities = activities.Where(a => a.Stakeholders.Any(x => x.StakeholderId == group));
        }
        if (channelId is { } channel)
        {
            activities = activities.Where(a => a.Channels.Any(x => x.ChannelId == channel));
        }
        if (personId is { } person)
        {
            activities = activities.Where(a => a.Responsibles.Any(x => x.PersonId == person));
        }
        var list = await activities
            .OrderBy(a => a.StartDate == null).ThenBy(a => a.StartDate).ThenBy(a => a.Order).ThenBy(a => a.Id)
            .Select(ActivityDto.Projection)
            .ToListAsync(ct);
        if (late is { } onlyLate)
        {
            var today = ActivityRules.Today(clock);
            list = [.. list.Where(a => ActivityRules.IsLate(a.Status, a.End, today) == onlyLate)];
        }
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<ActivityDto>, ProblemHttpResult>> GetAsync(int id, int activityId, AppDbContext db, CancellationToken ct)
    {
        if (!await db.CommunicationPlans.AnyAsync(p => p.Id == id, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        return await DtoAsync(db, id, activityId, ct) is { } dto ? TypedResults.Ok(dto) : ActivityNotFound();
    }

    private static async Task<Results<Created<ActivityDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return Forbidden();
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
            return SavedMeanwhile();
        }
        return TypedResults.Created($"/api/communication-plans/{id}/activities/{activity.Id}", await DtoAsync(db, id, activity.Id, ct));
    }

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> UpdateAsync(
        int id, int activityId, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        var activity = await LoadAsync(db, id, activityId, ct);
        if (activity is null)
        {
            return ActivityNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return Forbidden();
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

    private static async Task<Results<Ok<ActivityDto>, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> FollowUpAsync(
        int id, int activityId, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        var activity = await LoadAsync(db, id, activityId, ct);
        if (activity is null)
        {
            return ActivityNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return Forbidden();
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

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, JsonHttpResult<ActivityConflictProblem>>> DeleteAsync(
        int id, int activityId, [Description("Den version du läste.")] Guid? version, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        if (!await db.CommunicationPlans.AnyAsync(p => p.Id == id, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        var activity = await LoadAsync(db, id, activityId, ct);
        if (activity is null)
        {
            return ActivityNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return Forbidden();
        }
        var errors = new ApiErrors();
        RequireVersion(version, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (activity.Version != version)
        {
            return await ConflictAsync(db, id, activityId, mine: null, http, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        db.ExpectVersion(activity, version!.Value);
        db.PlanActivities.Remove(activity);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, activityId, mine: null, http, ct) is { } conflict ? conflict : DeletedMeanwhile();
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
            return await ConflictAsync(db, planId, activity.Id, mine, http, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, planId, activity.Id, mine, http, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return SavedMeanwhile();
        }
        return TypedResults.Ok((await DtoAsync(db, planId, activity.Id, ct))!);
    }

    /// <summary>409 with the stored values and version, and what differs from what was sent. Nothing is written.</summary>
    /// <remarks>Null when the activity has been deleted meanwhile: see <see cref="DeletedMeanwhile"/>.</remarks>
    private static async Task<JsonHttpResult<ActivityConflictProblem>?> ConflictAsync(
        AppDbContext db, int planId, int activityId, ActivitySnapshot? mine, HttpContext http, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await DtoAsync(db, planId, activityId, ct);
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

    private static Task<PlanActivity?> LoadAsync(AppDbContext db, int planId, int activityId, CancellationToken ct) =>
        db.PlanActivities.Where(a => a.PlanId == planId && a.Id == activityId)
            .Include(a => a.Stakeholders).Include(a => a.Channels).Include(a => a.Responsibles).AsSplitQuery()
            .FirstOrDefaultAsync(ct);

    private static Task<ActivityDto?> DtoAsync(AppDbContext db, int planId, int activityId, CancellationToken ct) =>
        db.PlanActivities.AsNoTracking().Where(a => a.PlanId == planId && a.Id == activityId).Select(ActivityDto.Projection).FirstOrDefaultAsync(ct);

    private static ProblemHttpResult DeletedMeanwhile() =>
        TypedResults.Problem(title: "Aktiviteten har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult ActivityNotFound() =>
        TypedResults.Problem(title: "Aktiviteten finns inte.", detail: "Det finns ingen aktivitet med det id:t i planen.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du har läsbehörighet till planen men får inte ändra den (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);

    private static ProblemHttpResult SavedMeanwhile() =>
        TypedResults.Problem(title: "Det gick inte att spara.", detail: "Någon annan ändrade samtidigt (till exempel skapade en målgrupp, kanal eller person med samma namn). Försök igen.", statusCode: StatusCodes.Status409Conflict);
}
