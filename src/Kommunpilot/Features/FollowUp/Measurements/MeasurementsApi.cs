using System.ComponentModel;
using System.Diagnostics;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// Measurements for programs: list and add under <c>/api/projects/{id}/measurements</c>, change and delete
/// under <c>/api/measurements/{id}</c>, and Excel export and import (<see cref="MeasurementExcelApi"/>).
/// Cookie or bearer token; another tenant's ids are 404 (the query filters). The rules are
/// <see cref="MeasurementRules"/>, the same as the pages'.
/// </summary>
public static class MeasurementsApi
{
    public const string Tag = "Mätvärden";
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public static IEndpointRouteBuilder MapMeasurementsApi(this IEndpointRouteBuilder app)
    {
        var projects = app.MapGroup("/api/projects/{id:int}/measurements")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        var measurements = app.MapGroup("/api/measurements")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        projects.MapGet("/", ListAsync)
            .WithName("ListMeasurements")
            .WithSummary("Projektets mätvärden")
            .WithDescription("Senaste perioden först. Filtrera på nyckeltal (kpi) och period (nyckel, t.ex. 2022-T1). Sidor om högst 500.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        projects.MapPost("/", CreateAsync)
            .WithName("CreateMeasurement")
            .WithSummary("Lägger till ett mätvärde")
            .WithDescription("Ett nyckeltal har ett värde per pilotverksamhet och period. Finns det redan blir svaret 409 med det sparade värdet (existing); med replace=true ändras det i stället (200). Perioden ska ligga inom nyckeltalets giltighetstid, värdet i nyckeltalets enhet, med högst dess decimaler och inom dess gränser. Kräver rollen redaktör eller högre i en ägande organisation.")
            .Accepts<NewMeasurement>("application/json")
            .Produces<MeasurementDto>(StatusCodes.Status201Created)
            .Produces<MeasurementDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<MeasurementConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");
        measurements.MapPut("/{measurementId:int}", UpdateAsync)
            .WithName("UpdateMeasurement")
            .WithSummary("Ändrar ett mätvärde")
            .WithDescription("Skicka värdet, kommentaren och versionen du läste. Har någon annan ändrat värdet sedan dess blir svaret 409 med det sparade (existing); ingenting skrivs över. Ett värde som en fastställd rapport använde får ändras; rapporten ändras inte.")
            .Accepts<MeasurementUpdate>("application/json")
            .Produces<MeasurementDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<MeasurementConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");
        measurements.MapDelete("/{measurementId:int}", DeleteAsync)
            .WithName("DeleteMeasurement")
            .WithSummary("Tar bort ett mätvärde")
            .WithDescription("Kräver versionen du läste (?version=); är den inte längre aktuell blir svaret 409 med det sparade värdet.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<MeasurementConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");
        MeasurementExcelApi.Map(projects);
        return app;
    }

    private static async Task<Results<Ok<MeasurementPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        int id, AppDbContext db,
        [Description("Bara det här nyckeltalets värden.")] int? kpi,
        [Description("Bara den här perioden (nyckel, t.ex. 2022-T1).")] string? period,
        [Description("Sidnummer, från 1.")] int? page,
        [Description("Värden per sida, 1–500 (100 om inget anges).")] int? pageSize,
        CancellationToken ct)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id, ct))
        {
            return ProjectNotFound();
        }
        var errors = new ApiErrors();
        KpiPeriod? wanted = null;
        if (period is not null)
        {
            wanted = MeasurementStore.ParseKey(period);
            if (wanted is null)
            {
                errors.Add("period", "Perioden kunde inte tolkas: ange en nyckel som 2022-T1, 2022-05, 2022-Q2, 2022-H1 eller 2022.");
            }
        }
        if (page is < 1)
        {
            errors.Add("page", "Sidnumret ska vara 1 eller större.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"Antal per sida ska vara mellan 1 och {MaxPageSize}.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var query = MeasurementStore.Of(db, id, kpi, wanted);
        var size = pageSize ?? DefaultPageSize;
        var number = page ?? 1;
        var total = await query.CountAsync(ct);
        var kpiOrder = await db.Kpis.AsNoTracking().Where(k => k.ProjectId == id).OrderBy(k => k.Order).ThenBy(k => k.Id).Select(k => k.Id).ToListAsync(ct);
        var items = MeasurementStore.InOrder(
            await MeasurementStore.Rows(db, MeasurementStore.Newest(query).Skip((number - 1) * size).Take(size)).ToListAsync(ct), kpiOrder).ToList();
        var reports = await MeasurementStore.AdoptedReportsAsync(db, [.. items.Select(i => i.Id)], ct);
        return TypedResults.Ok(new MeasurementPage([.. items.Select(r => MeasurementDto.Of(r, reports.GetValueOrDefault(r.Id)))], number, size, total));
    }

    private static async Task<IResult> CreateAsync(int id, HttpRequest request, AppDbContext db, TimeProvider clock,
        [Description("true: finns ett värde för samma nyckeltal, pilotverksamhet och period ändras det i stället för att svaret blir 409.")] bool? replace,
        CancellationToken ct)
    {
        var project = await MeasurementProject.LoadAsync(db, id, ct);
        if (project is null)
        {
            return ProjectNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, id, ct))
        {
            return Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<NewMeasurement>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = new ApiErrors();
        ApiValidation.Validate(input!, errors);
        var (text, number, ok) = JsonValue.Read(input!.Value);
        if (!ok)
        {
            errors.Add("value", "Värdet ska vara ett tal eller en text, t.ex. 85.5 eller \"85,5 %\".");
        }
        var check = MeasurementRules.Check(project, new MeasurementEntry(input.KpiId, input.PilotSiteId, input.Period, text, input.Comment, number));
        if (errors.Any || !check.IsValid)
        {
            return Problem(errors, check);
        }
        var result = await new MeasurementWrites(db, clock).CreateAsync(id, check.Measurement!, replace == true, null, ct);
        if (result.Outcome != WriteOutcome.Saved)
        {
            return Conflict(result, request.HttpContext);
        }
        var dto = await DtoAsync(db, id, result.Id!.Value, ct);
        return result.Created ? TypedResults.Created($"/api/measurements/{dto.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<IResult> UpdateAsync(int measurementId, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var m = await db.Measurements.FirstOrDefaultAsync(x => x.Id == measurementId, ct);
        if (m is null)
        {
            return MeasurementNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, m.ProjectId, ct))
        {
            return Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<MeasurementUpdate>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var project = (await MeasurementProject.LoadAsync(db, m.ProjectId, ct))!;
        var errors = new ApiErrors();
        ApiValidation.Validate(input!, errors);
        if (input!.Version is null)
        {
            errors.Add("version", "Version måste anges: skicka versionen som lästes.");
        }
        var (text, number, ok) = JsonValue.Read(input.Value);
        if (!ok)
        {
            errors.Add("value", "Värdet ska vara ett tal eller en text, t.ex. 85.5 eller \"85,5 %\".");
        }
        var kpi = project.Kpi(m.KpiId)!;
        var period = input.Period ?? new KpiPeriod(kpi.Frequency, m.PeriodStart).Key;
        var check = MeasurementRules.Check(project, new MeasurementEntry(m.KpiId, input.PilotSiteId ?? m.PilotSiteId, period, text, input.Comment, number));
        if (errors.Any || !check.IsValid)
        {
            return Problem(errors, check);
        }
        var result = await new MeasurementWrites(db, clock).UpdateAsync(m.ProjectId, m, input.Version!.Value, check.Measurement!, ct);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Ok(await DtoAsync(db, m.ProjectId, measurementId, ct))
            : Conflict(result, request.HttpContext);
    }

    private static async Task<IResult> DeleteAsync(int measurementId, AppDbContext db, TimeProvider clock, HttpContext http,
        [Description("Versionen som lästes.")] Guid? version, CancellationToken ct)
    {
        var m = await db.Measurements.FirstOrDefaultAsync(x => x.Id == measurementId, ct);
        if (m is null)
        {
            return MeasurementNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, m.ProjectId, ct))
        {
            return Forbidden();
        }
        if (version is null)
        {
            var errors = new ApiErrors();
            errors.Add("version", "Version måste anges: skicka versionen som lästes (?version=).");
            return errors.ToProblem();
        }
        var result = await new MeasurementWrites(db, clock).DeleteAsync(m.ProjectId, m, version.Value, ct);
        return result.Outcome == WriteOutcome.Saved ? TypedResults.NoContent() : Conflict(result, http);
    }

    private static async Task<MeasurementDto> DtoAsync(AppDbContext db, int projectId, int measurementId, CancellationToken ct)
    {
        var row = (await MeasurementStore.RowAsync(db, projectId, measurementId, ct))!;
        var reports = await MeasurementStore.AdoptedReportsAsync(db, [row.Id], ct);
        return MeasurementDto.Of(row, reports.GetValueOrDefault(row.Id));
    }

    /// <summary>The rules' errors, keyed by the JSON field names, beside those of the input itself.</summary>
    private static IResult Problem(ApiErrors errors, MeasurementCheck check)
    {
        foreach (var (field, message) in check.Errors)
        {
            if (!errors.Has(field))
            {
                errors.Add(field, message.Swedish);
            }
        }
        return errors.ToProblem();
    }

    private static IResult Conflict(WriteResult result, HttpContext http)
    {
        if (result.Outcome == WriteOutcome.Gone)
        {
            return TypedResults.Problem(title: "Mätvärdet har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);
        }
        var existing = MeasurementDto.Of(result.Existing!);
        var (title, detail) = result.Outcome == WriteOutcome.Duplicate
            ? ("Det finns redan ett värde för samma nyckeltal, pilotverksamhet och period.",
                MeasurementStore.Duplicate(result.Existing!).Swedish + " Ingenting har sparats. Ändra det sparade värdet (PUT /api/measurements/" + existing.Id + " med dess version) eller skicka igen med replace=true.")
            : ("Mätvärdet har ändrats av någon annan.",
                "Ingenting har sparats eller skrivits över. Det sparade värdet står i existing. Vill du ändå spara ditt, skicka det igen med version = existing.version.");
        var problem = new MeasurementConflictProblem("https://tools.ietf.org/html/rfc9110#section-15.5.10", title, StatusCodes.Status409Conflict, detail, existing,
            Activity.Current?.Id ?? http.TraceIdentifier);
        return TypedResults.Json(problem, statusCode: StatusCodes.Status409Conflict, contentType: "application/problem+json");
    }

    internal static ProblemHttpResult ProjectNotFound() => ProjectsApi.NotFound();

    private static ProblemHttpResult MeasurementNotFound() =>
        TypedResults.Problem(title: "Mätvärdet finns inte.", detail: "Det finns inget mätvärde med det id:t bland dina organisationers projekt.", statusCode: StatusCodes.Status404NotFound);

    internal static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du har läsbehörighet till projektet men får inte ändra dess mätvärden (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);
}
