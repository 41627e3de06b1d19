using System.ComponentModel;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
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

        plans.MapPost("/{id:int}/activities", ActivityApiWrites.CreateAsync)
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

        plans.MapPut("/{id:int}/activities/{activityId:int}", ActivityApiWrites.UpdateAsync)
            .WithName("UpdatePlanActivity")
            .WithSummary("Ändrar en aktivitet")
            .WithDescription("Skicka alla fält (det som saknas töms, även listorna) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena; ingenting skrivs över.")
            .Accepts<ActivityInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ActivityConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapDelete("/{id:int}/activities/{activityId:int}", ActivityApiWrites.DeleteAsync)
            .WithName("DeletePlanActivity")
            .WithSummary("Tar bort en aktivitet")
            .WithDescription("Ange den version du läste (?version=...). Har någon annan sparat sedan dess blir svaret 409 och ingenting tas bort.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ActivityConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");

        plans.MapPut("/{id:int}/activities/{activityId:int}/follow-up", ActivityApiWrites.FollowUpAsync)
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

    internal static Task<PlanActivity?> LoadAsync(AppDbContext db, int planId, int activityId, CancellationToken ct) =>
        db.PlanActivities.Where(a => a.PlanId == planId && a.Id == activityId)
            .Include(a => a.Stakeholders).Include(a => a.Channels).Include(a => a.Responsibles).AsSplitQuery()
            .FirstOrDefaultAsync(ct);

    internal static Task<ActivityDto?> DtoAsync(AppDbContext db, int planId, int activityId, CancellationToken ct) =>
        db.PlanActivities.AsNoTracking().Where(a => a.PlanId == planId && a.Id == activityId).Select(ActivityDto.Projection).FirstOrDefaultAsync(ct);

    internal static ProblemHttpResult DeletedMeanwhile() =>
        TypedResults.Problem(title: "Aktiviteten har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);

    internal static ProblemHttpResult ActivityNotFound() =>
        TypedResults.Problem(title: "Aktiviteten finns inte.", detail: "Det finns ingen aktivitet med det id:t i planen.", statusCode: StatusCodes.Status404NotFound);

    internal static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du har läsbehörighet till planen men får inte ändra den (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);

    internal static ProblemHttpResult SavedMeanwhile() =>
        TypedResults.Problem(title: "Det gick inte att spara.", detail: "Någon annan ändrade samtidigt (till exempel skapade en målgrupp, kanal eller person med samma namn). Försök igen.", statusCode: StatusCodes.Status409Conflict);
}
