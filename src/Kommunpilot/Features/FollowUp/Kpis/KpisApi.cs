using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// A project's KPIs for programs: <c>/api/projects/{id}/kpis</c> and <c>/api/kpis/{id}</c>. The same
/// rules as the pages (<see cref="KpiRules"/>); answers are <see cref="KpiDto"/>s with their measurements.
/// Writes need edit rights in the project (403 otherwise); another tenant's project or KPI is 404.
/// </summary>
public static class KpisApi
{
    public const string Tag = "Nyckeltal";

    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/projects/{id:int}/kpis", ListAsync)
            .WithName("ListProjectKpis")
            .WithSummary("Projektets nyckeltal med mätvärden")
            .WithDescription("Alla nyckeltal i projektets ordning, med varje fält, områdets och pilotverksamhetens namn, status mot målet per linje och alla mätvärden.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/projects/{id:int}/kpis", CreateAsync)
            .WithName("CreateProjectKpi")
            .WithSummary("Lägger till ett nyckeltal")
            .WithDescription("Samma regler som formuläret. Svarar 201 med nyckeltalet.")
            .Accepts<KpiInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/kpis/{id:int}", GetAsync)
            .WithName("GetKpi")
            .WithSummary("Ett nyckeltal med mätvärden")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut("/kpis/{id:int}", UpdateAsync)
            .WithName("UpdateKpi")
            .WithSummary("Ändrar ett nyckeltal")
            .WithDescription("Skicka alla fält (det som saknas töms) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena; ingenting skrivs över.")
            .Accepts<KpiInput>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<KpiConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapDelete("/kpis/{id:int}", DeleteAsync)
            .WithName("DeleteKpi")
            .WithSummary("Tar bort ett nyckeltal och dess mätvärden")
            .WithDescription("Ange den version du läste (?version=...). Har någon annan sparat sedan dess blir svaret 409 och ingenting tas bort.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<KpiConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");
        return app;
    }

    private static async Task<Results<Ok<List<KpiDto>>, ProblemHttpResult>> ListAsync(int id, AppDbContext db, CancellationToken ct) =>
        await KpiQueries.LoadAsync(db, id, null, ct) is { } list ? TypedResults.Ok(list) : ProjectNotFound();

    private static async Task<Results<Ok<KpiDto>, ProblemHttpResult>> GetAsync(int id, AppDbContext db, CancellationToken ct) =>
        await KpiQueries.ProjectOfAsync(db, id, ct) is { } projectId && await KpiQueries.OneAsync(db, projectId, id, ct) is { } dto
            ? TypedResults.Ok(dto)
            : KpiNotFound();

    private static async Task<Results<Created<KpiDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var choices = await KpiChoices.LoadAsync(db, id, ct);
        if (choices is null)
        {
            return ProjectNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, id, ct))
        {
            return Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<KpiInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var (values, errors) = ToValues(input!, choices, existing: null);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var kpi = new Kpi { ProjectId = id, Name = "" };
        KpiRules.Apply(kpi, values);
        kpi.Order = (await db.Kpis.Where(k => k.ProjectId == id).MaxAsync(k => (int?)k.Order, ct) ?? 0) + 1;
        db.Kpis.Add(kpi);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return SavedMeanwhile();
        }
        return TypedResults.Created($"/api/kpis/{kpi.Id}", await KpiQueries.OneAsync(db, id, kpi.Id, ct));
    }

    private static async Task<Results<Ok<KpiDto>, ValidationProblem, ProblemHttpResult, JsonHttpResult<KpiConflictProblem>>> UpdateAsync(
        int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var kpi = await db.Kpis.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (kpi is null)
        {
            return KpiNotFound();
        }
        var choices = (await KpiChoices.LoadAsync(db, kpi.ProjectId, ct))!;
        if (!await FollowUpAccess.CanEditProjectAsync(db, kpi.ProjectId, ct))
        {
            return Forbidden();
        }
        var (input, bad) = await ApiJson.ReadAsync<KpiInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var measured = await KpiMeasured.LoadAsync(db, id, kpi.Frequency, ct);
        var (values, errors) = ToValues(input!, choices, measured);
        RequireVersion(input!.Version, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var stale = kpi.Version != input.Version;
        KpiRules.Apply(kpi, values);
        var changes = Changes(db, kpi);
        if (stale)
        {
            return await ConflictAsync(db, kpi.ProjectId, id, changes, request.HttpContext, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        db.ExpectVersion(kpi, input.Version!.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, kpi.ProjectId, id, changes, request.HttpContext, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            return SavedMeanwhile();
        }
        return TypedResults.Ok((await KpiQueries.OneAsync(db, kpi.ProjectId, id, ct))!);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult, JsonHttpResult<KpiConflictProblem>>> DeleteAsync(
        int id, [Description("Den version du läste.")] Guid? version, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var kpi = await db.Kpis.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (kpi is null)
        {
            return KpiNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, kpi.ProjectId, ct))
        {
            return Forbidden();
        }
        var errors = new ApiErrors();
        RequireVersion(version, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (kpi.Version != version)
        {
            return await ConflictAsync(db, kpi.ProjectId, id, [], http, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        db.ExpectVersion(kpi, version!.Value);
        // The measurements go in the same save, so that the history records each of them.
        db.Measurements.RemoveRange(await db.Measurements.Where(m => m.KpiId == id).ToListAsync(ct));
        db.Kpis.Remove(kpi);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, kpi.ProjectId, id, [], http, ct) is { } conflict ? conflict : DeletedMeanwhile();
        }
        return TypedResults.NoContent();
    }

    /// <summary>The input as the rules' values; what is missing or wrong as errors keyed by the JSON field.</summary>
    private static (KpiValues Values, ApiErrors Errors) ToValues(KpiInput input, KpiChoices choices, KpiMeasured? existing)
    {
        var errors = new ApiErrors();
        ApiValidation.Validate(input, errors);
        void Require(object? value, string field, string label)
        {
            if (value is null)
            {
                errors.Add(field, $"{label} måste anges.");
            }
        }
        Require(input.Area, "area", "Område");
        Require(input.Kind, "kind", "Typ");
        Require(input.Unit, "unit", "Enhet");
        Require(input.Direction, "direction", "Riktning");
        Require(input.Frequency, "frequency", "Frekvens");
        Require(input.Scope, "scope", "Mäts för");
        var values = new KpiValues
        {
            Name = input.Name, Definition = input.Definition, Area = input.Area ?? KpiAreaKind.CustomerSatisfactionAndQuality, OwnAreaId = input.OwnAreaId,
            Kind = input.Kind ?? KpiKind.Lagging, Unit = input.Unit ?? KpiUnit.Count, UnitLabel = input.UnitLabel, Decimals = input.Decimals ?? 1,
            MinValue = input.MinValue, MaxValue = input.MaxValue, Direction = input.Direction ?? KpiDirection.HigherIsBetter,
            BaselineValue = input.BaselineValue, BaselineDate = input.BaselineDate, TargetValue = input.TargetValue, TargetDate = input.TargetDate,
            Source = input.Source, Method = input.Method, Frequency = input.Frequency ?? existing?.Frequency ?? KpiFrequency.Yearly,
            StartDate = input.StartDate, EndDate = input.EndDate, Scope = input.Scope ?? KpiScope.Project, PilotSiteId = input.PilotSiteId,
            KoladaKpiId = input.KoladaKpiId, KoladaComparisonId = input.KoladaComparisonId, IsExample = input.IsExample ?? false,
        };
        CheckLimit(input.MinValue, "minValue", "Lägsta värde", errors);
        CheckLimit(input.MaxValue, "maxValue", "Högsta värde", errors);
        CheckLimit(input.BaselineValue, "baselineValue", "Utgångsvärde", errors);
        CheckLimit(input.TargetValue, "targetValue", "Målvärde", errors);
        foreach (var error in KpiRules.Check(values, choices, existing))
        {
            var key = ApiValidation.Key(error.Field);
            if (!errors.Has(key) && !(error.Field == nameof(KpiValues.Scope) && input.Scope is null))
            {
                errors.Add(key, error.Text(null));
            }
        }
        return (values, errors);
    }

    private static void CheckLimit(decimal? value, string field, string label, ApiErrors errors)
    {
        if (value is { } v && Math.Abs(v) > KpiRules.ValueLimit)
        {
            errors.Add(field, $"{label} är för stort.");
        }
    }

    private static void RequireVersion(Guid? version, ApiErrors errors)
    {
        if (version is null)
        {
            errors.Add("version", "Ange den version du läste (version), så att ingen annans ändring skrivs över.");
        }
    }

    /// <summary>The fields the caller's values change, against what is stored: (field, sent, stored).</summary>
    private static List<ConflictChange> Changes(AppDbContext db, Kpi kpi) =>
        [.. db.Entry(kpi).Properties
            .Where(p => p.Metadata.Name is not (nameof(Kpi.Version) or nameof(Kpi.Id) or nameof(Kpi.ProjectId)))
            .Select(p => new ConflictChange(ApiValidation.Key(p.Metadata.Name), Format(p.CurrentValue), Format(p.OriginalValue)))
            .Where(c => c.Sent != c.Stored)];

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal n => n.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>409 with the stored values and version, and what differs from what was sent. Nothing is written. Null when the KPI has been deleted meanwhile.</summary>
    private static async Task<JsonHttpResult<KpiConflictProblem>?> ConflictAsync(
        AppDbContext db, int projectId, int kpiId, List<ConflictChange> changes, HttpContext http, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await KpiQueries.OneAsync(db, projectId, kpiId, ct);
        if (current is null)
        {
            return null;
        }
        var problem = new KpiConflictProblem(
            Type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            Title: "Nyckeltalet har ändrats av någon annan.",
            Status: StatusCodes.Status409Conflict,
            Detail: "Ingenting har sparats eller tagits bort. De sparade värdena står i current. Vill du ändå spara dina värden, skicka dem igen med version = currentVersion.",
            CurrentVersion: current.Version,
            Current: current,
            Changes: changes,
            TraceId: Activity.Current?.Id ?? http.TraceIdentifier);
        return TypedResults.Json(problem, statusCode: StatusCodes.Status409Conflict, contentType: "application/problem+json");
    }

    private static ProblemHttpResult ProjectNotFound() =>
        TypedResults.Problem(title: "Projektet finns inte.", detail: "Det finns inget projekt med det id:t bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult KpiNotFound() =>
        TypedResults.Problem(title: "Nyckeltalet finns inte.", detail: "Det finns inget nyckeltal med det id:t bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult DeletedMeanwhile() =>
        TypedResults.Problem(title: "Nyckeltalet har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du har läsbehörighet till projektet men får inte ändra dess nyckeltal (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);

    private static ProblemHttpResult SavedMeanwhile() =>
        TypedResults.Problem(title: "Det gick inte att spara.", detail: "Någon annan sparade samtidigt ett nyckeltal med samma namn. Försök igen.", statusCode: StatusCodes.Status409Conflict);
}
