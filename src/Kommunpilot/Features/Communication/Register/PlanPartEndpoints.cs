using System.Linq.Expressions;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>What the endpoints of one part of a plan's register need to know of it.</summary>
internal sealed class PlanPart<TItem, TInput, TDto>
    where TItem : class, IPlanPart, IVersioned
    where TInput : class, IRegisterInput<TItem>, IOrderedInput
{
    /// <summary>The address under the plan: "target-groups".</summary>
    public required string Route { get; init; }

    /// <summary>For the endpoints' names: "TargetGroup".</summary>
    public required string Name { get; init; }

    /// <summary>The part in Swedish, plural and definite singular: "målgrupper", "Målgruppen".</summary>
    public required string Plural { get; init; }

    public required string Definite { get; init; }

    public required Expression<Func<TItem, TDto>> Projection { get; init; }

    public required Func<int, TItem> New { get; init; }

    /// <summary>The part's rules, shared with the pages: (db, plan, item being changed or null, input).</summary>
    public required Func<AppDbContext, int, int?, TInput, CancellationToken, Task<List<RegisterError>>> Rules { get; init; }

    /// <summary>Marks for deletion what goes with an item (links, per-group goals), so that one save removes all.</summary>
    public Func<AppDbContext, TItem, CancellationToken, Task>? RemoveDependents { get; init; }
}

/// <summary>
/// GET, POST, PUT and DELETE of one part of a plan's register under <c>/api/communication-plans/{id}/{part}</c>.
/// A plan the caller cannot see is 404; a reader's write is 403; a PUT or DELETE with a stale version
/// is 409 with the stored values. The rules are the pages' own.
/// </summary>
internal static class PlanPartEndpoints
{
    public static void Map<TItem, TInput, TDto>(RouteGroupBuilder plans, PlanPart<TItem, TInput, TDto> part)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        plans.MapGet($"/{{id:int}}/{part.Route}", (int id, AppDbContext db, CancellationToken ct) => ListAsync(id, db, part, ct))
            .WithName($"List{part.Name}s")
            .WithSummary($"Planens {part.Plural}")
            .WithDescription("I planens ordning.")
            .Produces<List<TDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapGet($"/{{id:int}}/{part.Route}/{{itemId:int}}", (int id, int itemId, AppDbContext db, CancellationToken ct) => GetAsync(id, itemId, db, part, ct))
            .WithName($"Get{part.Name}")
            .WithSummary($"En av planens {part.Plural}")
            .Produces<TDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost($"/{{id:int}}/{part.Route}", (int id, HttpRequest request, AppDbContext db, CancellationToken ct) => CreateAsync(id, request, db, part, ct))
            .WithName($"Create{part.Name}")
            .WithSummary($"Lägger till i planens {part.Plural}")
            .WithDescription("Utan order hamnar den sist. Kräver att du får ändra planen. Svarar 201 med posten och dess adress i Location.")
            .Accepts<TInput>("application/json")
            .Produces<TDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapPut($"/{{id:int}}/{part.Route}/{{itemId:int}}", (int id, int itemId, HttpRequest request, AppDbContext db, CancellationToken ct) => UpdateAsync(id, itemId, request, db, part, ct))
            .WithName($"Update{part.Name}")
            .WithSummary($"Ändrar en av planens {part.Plural}")
            .WithDescription("Skicka alla fält (det som saknas töms, utom order som då behåller sin plats) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena; ingenting skrivs över.")
            .Accepts<TInput>("application/json")
            .Produces<TDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<RegisterConflictProblem<TDto>>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapDelete($"/{{id:int}}/{part.Route}/{{itemId:int}}", (int id, int itemId, Guid? version, AppDbContext db, HttpContext http) => DeleteAsync(id, itemId, version, db, part, http))
            .WithName($"Delete{part.Name}")
            .WithSummary($"Tar bort en av planens {part.Plural}")
            .WithDescription("Ange versionen du läste (?version=). Kopplingar från aktiviteter och budskap tas bort med den; aktiviteterna och budskapen finns kvar. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<RegisterConflictProblem<TDto>>(StatusCodes.Status409Conflict, "application/problem+json");
    }

    private static async Task<IResult> ListAsync<TItem, TInput, TDto>(int id, AppDbContext db, PlanPart<TItem, TInput, TDto> part, CancellationToken ct)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        if (!await db.CommunicationPlans.AnyAsync(p => p.Id == id, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        return TypedResults.Ok(await db.Set<TItem>().AsNoTracking()
            .Where(x => x.PlanId == id)
            .OrderBy(x => EF.Property<int>(x, "Order")).ThenBy(x => EF.Property<int>(x, "Id"))
            .Select(part.Projection)
            .ToListAsync(ct));
    }

    private static async Task<IResult> GetAsync<TItem, TInput, TDto>(int id, int itemId, AppDbContext db, PlanPart<TItem, TInput, TDto> part, CancellationToken ct)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        if (!await db.CommunicationPlans.AnyAsync(p => p.Id == id, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        return await DtoAsync(db, id, itemId, part, ct) is { } dto ? TypedResults.Ok(dto) : ItemNotFound(part);
    }

    private static async Task<IResult> CreateAsync<TItem, TInput, TDto>(int id, HttpRequest request, AppDbContext db, PlanPart<TItem, TInput, TDto> part, CancellationToken ct)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        if (await OpenAsync(db, id, ct) is { } denied)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<TInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var item = part.New(id);
        using (await PlanLock.ForPlanAsync(id, ct))
        {
            var errors = await part.Rules(db, id, null, input!, ct);
            if (errors.Count > 0)
            {
                return ApiAnswers.Invalid(errors);
            }
            input!.ApplyTo(item);
            if (input.Order is null)
            {
                db.SetOrder(item, await PartOrder.NextAsync<TItem>(db, id, ct));
            }
            db.Add(item);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (!ct.IsCancellationRequested)
            {
                // Another instance added the same name between the check and the save.
                db.ChangeTracker.Clear();
                var again = await part.Rules(db, id, null, input, ct);
                return again.Count > 0 ? ApiAnswers.Invalid(again) : throw new InvalidOperationException("The save was refused for another reason than the rules.");
            }
        }
        var itemId = PartOrder.IdOf(db, item);
        return TypedResults.Created($"/api/communication-plans/{id}/{part.Route}/{itemId}", await DtoAsync(db, id, itemId, part, ct));
    }

    private static async Task<IResult> UpdateAsync<TItem, TInput, TDto>(int id, int itemId, HttpRequest request, AppDbContext db, PlanPart<TItem, TInput, TDto> part, CancellationToken ct)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        if (await OpenAsync(db, id, ct) is { } denied)
        {
            return denied;
        }
        var item = await db.Set<TItem>().SingleOrDefaultAsync(x => x.PlanId == id && EF.Property<int>(x, "Id") == itemId, ct);
        if (item is null)
        {
            return ItemNotFound(part);
        }
        var (input, bad) = await ApiJson.ReadAsync<TInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = await part.Rules(db, id, itemId, input!, ct);
        if (input!.Version is null && !errors.Any(e => e.Field == "Version"))
        {
            return ApiAnswers.VersionMissing();
        }
        if (errors.Count > 0)
        {
            return ApiAnswers.Invalid(errors);
        }
        if (item.Version != input.Version)
        {
            // Stale even when nothing differs (EF would then send no UPDATE and never notice).
            return await ConflictAsync(db, id, itemId, input, part, request.HttpContext, ct);
        }
        db.ExpectVersion(item, input.Version!.Value);
        input.ApplyTo(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, itemId, input, part, request.HttpContext, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var again = await part.Rules(db, id, itemId, input, ct);
            return again.Count > 0 ? ApiAnswers.Invalid(again) : throw new InvalidOperationException("The save was refused for another reason than the rules.");
        }
        return TypedResults.Ok(await DtoAsync(db, id, itemId, part, ct));
    }

    private static async Task<IResult> DeleteAsync<TItem, TInput, TDto>(int id, int itemId, Guid? version, AppDbContext db, PlanPart<TItem, TInput, TDto> part, HttpContext http)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        var ct = http.RequestAborted;
        if (await OpenAsync(db, id, ct) is { } denied)
        {
            return denied;
        }
        var item = await db.Set<TItem>().SingleOrDefaultAsync(x => x.PlanId == id && EF.Property<int>(x, "Id") == itemId, ct);
        if (item is null)
        {
            return ItemNotFound(part);
        }
        if (version is null)
        {
            return ApiAnswers.VersionMissing();
        }
        if (item.Version != version)
        {
            return await ConflictAsync<TItem, TInput, TDto>(db, id, itemId, sent: null, part, http, ct);
        }
        db.ExpectVersion(item, version.Value);
        if (part.RemoveDependents is { } dependents)
        {
            await dependents(db, item, ct);
        }
        db.Remove(item);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync<TItem, TInput, TDto>(db, id, itemId, sent: null, part, http, ct);
        }
        return TypedResults.NoContent();
    }

    /// <summary>404 for a plan the caller cannot see, 403 for one they may only read; null when they may change it.</summary>
    private static async Task<IResult?> OpenAsync(AppDbContext db, int id, CancellationToken ct)
    {
        if (!await db.CommunicationPlans.AnyAsync(p => p.Id == id, ct))
        {
            return CommunicationApi.PlanNotFound();
        }
        return await CommunicationAccess.CanEditPlanAsync(db, id, ct)
            ? null
            : ApiAnswers.Forbidden("Du har läsbehörighet till planen men får inte ändra den (rollen redaktör eller högre krävs).");
    }

    private static Task<TDto?> DtoAsync<TItem, TInput, TDto>(AppDbContext db, int id, int itemId, PlanPart<TItem, TInput, TDto> part, CancellationToken ct)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput =>
        db.Set<TItem>().AsNoTracking()
            .Where(x => x.PlanId == id && EF.Property<int>(x, "Id") == itemId)
            .Select(part.Projection)
            .FirstOrDefaultAsync(ct);

    /// <summary>409 with the stored values, or 404 when someone else deleted the item. Nothing is written.</summary>
    private static async Task<IResult> ConflictAsync<TItem, TInput, TDto>(AppDbContext db, int id, int itemId, TInput? sent, PlanPart<TItem, TInput, TDto> part, HttpContext http, CancellationToken ct)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput
    {
        db.ChangeTracker.Clear();
        var current = await DtoAsync(db, id, itemId, part, ct);
        var version = await db.Set<TItem>().Where(x => x.PlanId == id && EF.Property<int>(x, "Id") == itemId).Select(x => (Guid?)x.Version).FirstOrDefaultAsync(ct);
        if (current is null || version is null)
        {
            return ApiAnswers.NotFound($"{part.Definite} har tagits bort av någon annan.", "Ingenting har sparats.");
        }
        return ApiAnswers.Conflict($"{part.Definite} har ändrats av någon annan.", version.Value, current, sent, http);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ItemNotFound<TItem, TInput, TDto>(PlanPart<TItem, TInput, TDto> part)
        where TItem : class, IPlanPart, IVersioned
        where TInput : class, IRegisterInput<TItem>, IOrderedInput =>
        ApiAnswers.NotFound($"{part.Definite} finns inte.", $"Planen har ingen sådan post bland sina {part.Plural}.");
}
