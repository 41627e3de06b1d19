using System.Linq.Expressions;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// <c>/api/organizations/{id}/reporting-occasions</c>: an organisation's reporting calendar. Members read
/// it; editors or more change it. Another tenant's organisation is 404.
/// </summary>
internal static class OccasionEndpoints
{
    private static readonly Expression<Func<ReportingOccasion, ReportingOccasionDto>> Projection =
        o => new ReportingOccasionDto(o.Id, o.Name, o.Kind, o.PerMonth, o.PerDay, o.DueMonth, o.DueDay, o.Version);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organizations/{id:int}/reporting-occasions", ListAsync)
            .WithName("ListReportingOccasions")
            .WithSummary("Organisationens rapportkalender")
            .WithDescription("Rapporttillfällena sorterade på per-datum: siffrorna tas per en dag (perMonth, perDay) och rapporten ska vara klar en annan (dueMonth, dueDay; året därpå om den kommer tidigare under året).")
            .Produces<List<ReportingOccasionDto>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/organizations/{id:int}/reporting-occasions", CreateAsync)
            .WithName("CreateReportingOccasion")
            .WithSummary("Lägger till ett rapporttillfälle")
            .WithDescription("Namnet är unikt i organisationen. Dagen ska finnas varje år (30 februari och 29 februari avvisas). Kräver rollen redaktör eller högre i organisationen.")
            .Accepts<ReportingOccasionInput>("application/json")
            .Produces<ReportingOccasionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPut("/organizations/{id:int}/reporting-occasions/{occasionId:int}", UpdateAsync)
            .WithName("UpdateReportingOccasion")
            .WithSummary("Ändrar ett rapporttillfälle")
            .WithDescription("Skicka alla fält och den version du läste; en inaktuell version ger 409 med de sparade värdena.")
            .Accepts<ReportingOccasionInput>("application/json")
            .Produces<ReportingOccasionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ScheduleConflictProblem<ReportingOccasionDto>>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapDelete("/organizations/{id:int}/reporting-occasions/{occasionId:int}", DeleteAsync)
            .WithName("DeleteReportingOccasion")
            .WithSummary("Tar bort ett rapporttillfälle")
            .WithDescription("Ange versionen du läste (?version=). Rapporter som planerats på tillfället finns kvar med sina datum, utan koppling till tillfället.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ScheduleConflictProblem<ReportingOccasionDto>>(StatusCodes.Status409Conflict, "application/problem+json");
    }

    private static async Task<IResult> ListAsync(int id, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == id, ct))
        {
            return OrganizationNotFound();
        }
        var list = await db.ReportingOccasions.AsNoTracking().Where(o => o.OrganizationId == id).Select(Projection).ToListAsync(ct);
        return TypedResults.Ok(list.OrderBy(o => o.PerMonth).ThenBy(o => o.PerDay).ThenBy(o => o.Name, StringComparer.Ordinal).ToList());
    }

    private static async Task<IResult> CreateAsync(int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        if (Open(db, id, await db.Organizations.AnyAsync(o => o.Id == id, ct)) is { } denied)
        {
            return denied;
        }
        var (input, bad) = await ApiJson.ReadAsync<ReportingOccasionInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = await CheckAsync(db, id, 0, input!, ct);
        if (errors.Count > 0)
        {
            return ReportScheduleApi.Invalid(errors);
        }
        var order = await db.ReportingOccasions.Where(o => o.OrganizationId == id).MaxAsync(o => (int?)o.Order, ct) ?? 0;
        var occasion = new ReportingOccasion { OrganizationId = id, Name = "", Order = order + 1 };
        Apply(occasion, input!);
        db.ReportingOccasions.Add(occasion);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return ReportScheduleApi.Invalid([OccasionRules.NameTaken(input!.Name!)]);
        }
        return TypedResults.Created($"/api/organizations/{id}/reporting-occasions/{occasion.Id}",
            await db.ReportingOccasions.AsNoTracking().Where(o => o.Id == occasion.Id).Select(Projection).SingleAsync(ct));
    }

    private static async Task<IResult> UpdateAsync(int id, int occasionId, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        if (Open(db, id, await db.Organizations.AnyAsync(o => o.Id == id, ct)) is { } denied)
        {
            return denied;
        }
        var occasion = await db.ReportingOccasions.SingleOrDefaultAsync(o => o.Id == occasionId && o.OrganizationId == id, ct);
        if (occasion is null)
        {
            return OccasionNotFound();
        }
        var (input, bad) = await ApiJson.ReadAsync<ReportingOccasionInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = await CheckAsync(db, id, occasionId, input!, ct);
        if (input!.Version is null)
        {
            errors.Add(new CalendarError("Version", "Version måste anges: skicka versionen du läste (fältet version från GET)."));
        }
        if (errors.Count > 0)
        {
            return ReportScheduleApi.Invalid(errors);
        }
        if (occasion.Version != input.Version)
        {
            return await ConflictAsync(db, occasionId, ct);
        }
        db.ExpectVersion(occasion, input.Version!.Value);
        Apply(occasion, input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, occasionId, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return ReportScheduleApi.Invalid([OccasionRules.NameTaken(input.Name!)]);
        }
        return TypedResults.Ok(await db.ReportingOccasions.AsNoTracking().Where(o => o.Id == occasionId).Select(Projection).SingleAsync(ct));
    }

    private static async Task<IResult> DeleteAsync(int id, int occasionId, Guid? version, AppDbContext db, CancellationToken ct)
    {
        if (Open(db, id, await db.Organizations.AnyAsync(o => o.Id == id, ct)) is { } denied)
        {
            return denied;
        }
        var occasion = await db.ReportingOccasions.SingleOrDefaultAsync(o => o.Id == occasionId && o.OrganizationId == id, ct);
        if (occasion is null)
        {
            return OccasionNotFound();
        }
        if (version is null)
        {
            return ReportScheduleApi.Invalid([new CalendarError("Version", "Version måste anges: skicka versionen du läste (fältet version från GET).")]);
        }
        if (occasion.Version != version)
        {
            return await ConflictAsync(db, occasionId, ct);
        }
        db.ExpectVersion(occasion, version.Value);
        db.Remove(occasion);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, occasionId, ct);
        }
        return TypedResults.NoContent();
    }

    private static async Task<List<CalendarError>> CheckAsync(AppDbContext db, int organizationId, int exceptId, ReportingOccasionInput input, CancellationToken ct)
    {
        var errors = new List<CalendarError>();
        foreach (var (field, value) in new[] { ("PerMonth", input.PerMonth), ("PerDay", input.PerDay), ("DueMonth", input.DueMonth), ("DueDay", input.DueDay) })
        {
            if (value is null)
            {
                errors.Add(new CalendarError(field, "{0} måste anges.", field));
            }
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        errors.AddRange(OccasionRules.Check(input.Name, input.Kind, input.PerMonth!.Value, input.PerDay!.Value, input.DueMonth!.Value, input.DueDay!.Value));
        if (errors.Count == 0 && await OccasionRules.NameTakenAsync(db, organizationId, input.Name!, exceptId, ct))
        {
            errors.Add(OccasionRules.NameTaken(input.Name!));
        }
        return errors;
    }

    private static void Apply(ReportingOccasion o, ReportingOccasionInput input)
    {
        o.Name = input.Name!.Trim();
        o.Kind = input.Kind;
        o.PerMonth = input.PerMonth!.Value;
        o.PerDay = input.PerDay!.Value;
        o.DueMonth = input.DueMonth!.Value;
        o.DueDay = input.DueDay!.Value;
    }

    /// <summary>404 for an organisation the caller is not in, 403 for a member who may not change the calendar.</summary>
    private static ProblemHttpResult? Open(AppDbContext db, int id, bool visible) =>
        !visible ? OrganizationNotFound()
        : FollowUpAccess.CanEditOrganization(db, id) ? null
        : ReportScheduleApi.Forbidden("Du får inte ändra organisationens rapportkalender (rollen redaktör eller högre krävs).");

    private static async Task<IResult> ConflictAsync(AppDbContext db, int occasionId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.ReportingOccasions.AsNoTracking().Where(o => o.Id == occasionId).Select(Projection).SingleOrDefaultAsync(ct);
        return current is null
            ? TypedResults.Problem(title: "Rapporttillfället har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound)
            : ReportScheduleApi.Conflict("Rapporttillfället har ändrats av någon annan.", current.Version, current);
    }

    private static ProblemHttpResult OrganizationNotFound() =>
        TypedResults.Problem(title: "Organisationen finns inte.", detail: "Det finns ingen organisation med det id:t bland dina organisationer.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult OccasionNotFound() =>
        TypedResults.Problem(title: "Rapporttillfället finns inte.", detail: "Organisationen har inget rapporttillfälle med det id:t.", statusCode: StatusCodes.Status404NotFound);
}
