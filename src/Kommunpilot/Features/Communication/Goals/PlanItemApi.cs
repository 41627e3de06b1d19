using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>The Swedish words of one kind of plan item in the API's answers.</summary>
public sealed record ItemWords(string NotFound, string Changed, string Gone);

/// <summary>
/// The list, read, add, change and delete endpoints of one kind of item inside a plan (goals,
/// measurable goals, messages), with the same answers for every kind: 404 for a plan the caller
/// cannot see, for an item of another plan and for a target group of another plan; 403 for a reader;
/// 400 with Swedish messages per field; 409 with the stored item and its version when someone else
/// changed it first (nothing is overwritten). Writes check the same rules as the pages (<see cref="GoalRules"/>).
/// </summary>
/// <param name="Segment">The items' address under the plan ("goals").</param>
/// <param name="Words">The item's name in the answers.</param>
/// <param name="List">The plan's items, in order.</param>
/// <param name="Including">The related rows an item is changed with (a message's target groups).</param>
/// <param name="NewItem">A new, empty item of the plan.</param>
/// <param name="Rules">The rules beyond the input's attributes; an error on a target-group field means "not in the plan" (404).</param>
internal sealed record PlanItemApi<TItem, TInput, TDto>(
    string Segment,
    ItemWords Words,
    Func<AppDbContext, int, CancellationToken, Task<List<TDto>>> List,
    Func<TDto, int> IdOf,
    Func<TDto, Guid> VersionOf,
    Func<IQueryable<TItem>, IQueryable<TItem>> Including,
    Func<int, TItem> NewItem,
    Func<AppDbContext, int, int?, TInput, CancellationToken, Task<IEnumerable<RuleError>>> Rules)
    where TItem : class, IVersioned, IPlanPart
    where TInput : class, IPlanItemInput<TItem>
    where TDto : class
{
    private static readonly HashSet<string> TargetGroupFields = [nameof(GoalInput.StakeholderId), nameof(MessageInput.StakeholderIds)];

    /// <param name="plans">The group <c>/api/communication-plans</c>.</param>
    /// <param name="one">The endpoints' names: "CommunicationGoal" gives GetCommunicationGoal, AddCommunicationGoal ...</param>
    /// <param name="many">The list endpoint's name: "CommunicationGoals" gives ListCommunicationGoals.</param>
    /// <param name="what">The items in the summaries: "kommunikationsmål".</param>
    public void Map(RouteGroupBuilder plans, string one, string many, string what)
    {
        var group = plans.MapGroup($"/{{id:int}}/{Segment}");
        group.MapGet("/", async (int id, AppDbContext db, CancellationToken ct) =>
                await PlanVisibleAsync(db, id, ct) ? Results.Ok(await List(db, id, ct)) : CommunicationApi.PlanNotFound())
            .WithName($"List{many}")
            .WithSummary($"Planens {what}")
            .Produces<List<TDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{itemId:int}", async (int id, int itemId, AppDbContext db, CancellationToken ct) =>
                !await PlanVisibleAsync(db, id, ct) ? CommunicationApi.PlanNotFound()
                : await OneAsync(db, id, itemId, ct) is { } dto ? Results.Ok(dto)
                : ItemNotFound())
            .WithName($"Get{one}")
            .WithSummary($"En post bland planens {what}")
            .Produces<TDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", AddAsync)
            .WithName($"Add{one}")
            .WithSummary($"Lägger till en post bland planens {what}")
            .WithDescription("Kräver rätt att ändra planen. Svarar 201 med posten och dess adress i Location.")
            .Accepts<TInput>("application/json")
            .Produces<TDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPut("/{itemId:int}", UpdateAsync)
            .WithName($"Update{one}")
            .WithSummary($"Ändrar en post bland planens {what}")
            .WithDescription("Skicka alla fält (det som saknas töms) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med den sparade posten (current) och dess version (currentVersion); ingenting skrivs över.")
            .Accepts<TInput>("application/json")
            .Produces<TDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{itemId:int}", DeleteAsync)
            .WithName($"Delete{one}")
            .WithSummary($"Tar bort en post bland planens {what}")
            .WithDescription("Ange den version du läste (?version=...). Har någon annan ändrat posten sedan dess blir svaret 409 och ingenting tas bort.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private async Task<IResult> AddAsync(int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        if (await DeniedAsync(db, id, ct) is { } denied)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<TInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        using (await AddLock.ForProjectAsync(id, ct)) // one write to a plan's items at a time here: a number check holds
        {
            if (await CheckAsync(db, id, null, input!, ct) is { } invalid)
            {
                return invalid;
            }
            var item = NewItem(id);
            input!.ApplyTo(item);
            if (input.Order is null)
            {
                var last = await db.Set<TItem>().Where(x => x.PlanId == id).MaxAsync(x => (int?)EF.Property<int>(x, "Order"), ct);
                db.Entry(item).Property("Order").CurrentValue = (last ?? 0) + 1;
            }
            db.Add(item);
            await db.SaveChangesAsync(ct);
            var itemId = (int)db.Entry(item).Property("Id").CurrentValue!;
            return Results.Created($"/api/communication-plans/{id}/{Segment}/{itemId}", await OneAsync(db, id, itemId, ct));
        }
    }

    private async Task<IResult> UpdateAsync(int id, int itemId, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        if (await DeniedAsync(db, id, ct) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(db, id, itemId, ct);
        if (item is null)
        {
            return ItemNotFound();
        }
        var (input, bad) = await ApiJson.ReadAsync<TInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        using (await AddLock.ForProjectAsync(id, ct))
        {
            if (await CheckAsync(db, id, itemId, input!, ct) is { } invalid)
            {
                return invalid;
            }
            if (item.Version != input!.Version)
            {
                // Stale even when nothing differs.
                return await ConflictAsync(db, id, itemId, ct);
            }
            input.ApplyTo(item);
            db.ExpectVersion(item, input.Version!.Value);
            db.Entry(item).Property(x => x.Version).IsModified = true;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await ConflictAsync(db, id, itemId, ct);
            }
        }
        return Results.Ok(await OneAsync(db, id, itemId, ct));
    }

    private async Task<IResult> DeleteAsync(int id, int itemId, Guid? version, AppDbContext db, CancellationToken ct)
    {
        if (await DeniedAsync(db, id, ct) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(db, id, itemId, ct);
        if (item is null)
        {
            return ItemNotFound();
        }
        if (version is null)
        {
            var errors = new ApiErrors();
            errors.Add("version", "Ange den version du läste: ?version=...");
            return errors.ToProblem();
        }
        if (item.Version != version)
        {
            return await ConflictAsync(db, id, itemId, ct);
        }
        db.ExpectVersion(item, version.Value);
        db.Remove(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, itemId, ct);
        }
        return Results.NoContent();
    }

    /// <summary>The input's attributes, then the rules; a target group outside the plan is 404. Null when all hold.</summary>
    private async Task<IResult?> CheckAsync(AppDbContext db, int planId, int? itemId, TInput input, CancellationToken ct)
    {
        var errors = new ApiErrors();
        ApiValidation.Validate(input, errors);
        if (itemId is not null && input.Version is null)
        {
            errors.Add("version", "Version måste anges: den version du läste.");
        }
        var broken = (await Rules(db, planId, itemId, input, ct)).ToList();
        foreach (var error in broken.Where(e => !TargetGroupFields.Contains(e.Field)))
        {
            var key = ApiValidation.Key(error.Field);
            if (!errors.Has(key))
            {
                errors.Add(key, error.Swedish);
            }
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        return broken.FirstOrDefault(e => TargetGroupFields.Contains(e.Field)) is { } outside
            ? Results.Problem(title: "Målgruppen finns inte i planen.", detail: outside.Swedish, statusCode: StatusCodes.Status404NotFound)
            : null;
    }

    /// <summary>404 for a plan the caller cannot see, 403 for one the caller may only read; null when the caller may write.</summary>
    private static async Task<IResult?> DeniedAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        if (!await PlanVisibleAsync(db, planId, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        return await CommunicationAccess.CanEditPlanAsync(db, planId, ct)
            ? null
            : Results.Problem(title: "Åtkomst nekad.", detail: "Du har läsbehörighet till planen men får inte ändra den (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);
    }

    private static Task<bool> PlanVisibleAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.CommunicationPlans.AnyAsync(p => p.Id == planId, ct);

    private Task<TItem?> FindAsync(AppDbContext db, int planId, int itemId, CancellationToken ct) =>
        Including(db.Set<TItem>()).SingleOrDefaultAsync(x => x.PlanId == planId && EF.Property<int>(x, "Id") == itemId, ct);

    private async Task<TDto?> OneAsync(AppDbContext db, int planId, int itemId, CancellationToken ct) =>
        (await List(db, planId, ct)).FirstOrDefault(x => IdOf(x) == itemId);

    private IResult ItemNotFound() =>
        Results.Problem(title: Words.NotFound, detail: "Det finns ingen sådan post med det id:t i planen.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>409 with the stored item and its version; nothing is written. 404 when it was deleted meanwhile.</summary>
    private async Task<IResult> ConflictAsync(AppDbContext db, int planId, int itemId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await OneAsync(db, planId, itemId, ct);
        if (current is null)
        {
            return Results.Problem(title: Words.Gone, detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);
        }
        return Results.Problem(
            title: Words.Changed,
            detail: "Ingenting har sparats eller skrivits över. Det sparade står i current. Vill du ändå spara dina värden, skicka dem igen med version = currentVersion.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["currentVersion"] = VersionOf(current),
                ["current"] = current,
            });
    }
}
