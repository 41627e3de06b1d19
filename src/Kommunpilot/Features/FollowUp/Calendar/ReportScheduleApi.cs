using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// The report schedule and the reporting calendar for programs: <c>/api/projects/{id}/reports</c>,
/// <c>/api/reports/{id}/schedule</c> and <c>/api/organizations/{id}/reporting-occasions</c>. The rules
/// are the pages' own (<see cref="ScheduleRules"/>, <see cref="OccasionRules"/>). Another tenant's
/// project, report or organisation is 404; a reader's write is 403; a stale version is 409 with the
/// stored values; an adopted report is never changed (409).
/// </summary>
public static class ReportScheduleApi
{
    public const string Tag = "Uppföljning: rapportschema";

    public static IEndpointRouteBuilder MapReportScheduleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        api.MapGet("/projects/{id:int}/reports", ListAsync)
            .WithName("ListProjectReports")
            .WithSummary("Projektets rapporter")
            .WithDescription("Uppföljningsrapporter, utvärderingar och slutrapport med nummer, typ, rapporttillfälle, per-datum, förfallodag, status, mottagare och om rapporten är försenad eller förfaller inom 30 dagar (bedömt i dag i Sverige).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/projects/{id:int}/reports", CreateAsync)
            .WithName("CreateProjectReport")
            .WithSummary("Planerar en rapport")
            .WithDescription("Utan number får rapporten nästa lediga nummer av sin typ. dueDate krävs och får inte vara före perDate. Kräver att du får ändra projektet. Svarar 201.")
            .Accepts<ReportScheduleInput>("application/json")
            .Produces<ReportScheduleDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapPut("/reports/{id:int}/schedule", UpdateAsync)
            .WithName("UpdateReportSchedule")
            .WithSummary("Ändrar en rapports schema")
            .WithDescription("Skicka alla fält (mottagare som saknas tas bort) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena. En fastställd rapport ändras aldrig (409).")
            .Accepts<ReportScheduleInput>("application/json")
            .Produces<ReportScheduleDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ScheduleConflictProblem<ReportScheduleDto>>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        OccasionEndpoints.Map(api);
        return app;
    }

    private static async Task<IResult> ListAsync(int id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id, ct))
        {
            return ProjectsApi.NotFound();
        }
        var today = ReportDue.Today(clock);
        return TypedResults.Ok((await ScheduleQueries.ForProjectAsync(db, id, ct)).Select(r => ReportScheduleDto.From(r, today)).ToList());
    }

    private static async Task<IResult> CreateAsync(int id, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await ScheduleRules.ProjectAsync(db, id, ct) is not { } project)
        {
            return ProjectsApi.NotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, id, ct))
        {
            return Forbidden("Du har läsbehörighet till projektet men får inte ändra det (rollen redaktör eller högre krävs).");
        }
        var (input, bad) = await ApiJson.ReadAsync<ReportScheduleInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var values = input!.ToValues();
        ProjectReport report;
        using (await AddLock.ForProjectAsync(id, ct))
        {
            var errors = await ScheduleRules.CheckAsync(db, project, null, values, ct);
            if (errors.Count > 0)
            {
                return Invalid(errors);
            }
            report = new ProjectReport { ProjectId = id, Status = ReportStatus.Planned };
            ScheduleRules.Apply(report, values, values.Number ?? await ScheduleRules.NextNumberAsync(db, id, values.Kind, ct));
            db.ProjectReports.Add(report);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException) when (!ct.IsCancellationRequested)
            {
                db.ChangeTracker.Clear();
                var again = await ScheduleRules.CheckAsync(db, project, null, values, ct);
                return Invalid(again.Count > 0 ? again : [new CalendarError("Number", "Någon annan lade till en rapport med samma nummer samtidigt. Välj ett annat nummer eller lämna fältet tomt.")]);
            }
        }
        var row = await ScheduleQueries.OneAsync(db, report.Id, ct);
        return TypedResults.Created($"/api/projects/{id}/reports", ReportScheduleDto.From(row!, ReportDue.Today(clock)));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpRequest request, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var report = await db.ProjectReports.Include(r => r.Recipients).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return ReportNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, report.ProjectId, ct))
        {
            return Forbidden("Du har läsbehörighet till projektet men får inte ändra dess rapporter (rollen redaktör eller högre krävs).");
        }
        var (input, bad) = await ApiJson.ReadAsync<ReportScheduleInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var today = ReportDue.Today(clock);
        if (report.Status == ReportStatus.Adopted)
        {
            return TypedResults.Problem(
                title: "Rapporten är fastställd.",
                detail: ScheduleRules.Adopted().Swedish(),
                statusCode: StatusCodes.Status409Conflict);
        }
        if (input!.Version is null)
        {
            return Invalid([new CalendarError("Version", "Version måste anges: skicka versionen du läste (fältet version från GET).")]);
        }
        var project = (await ScheduleRules.ProjectAsync(db, report.ProjectId, ct))!;
        var values = input.ToValues();
        var errors = await ScheduleRules.CheckAsync(db, project, id, values, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }
        if (report.Version != input.Version)
        {
            return await ConflictAsync(db, id, today, ct);
        }
        db.ExpectVersion(report, input.Version.Value);
        ScheduleRules.Apply(report, values, values.Number ?? report.Number);
        report.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, today, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var again = await ScheduleRules.CheckAsync(db, project, id, values, ct);
            return Invalid(again.Count > 0 ? again : [new CalendarError("Number", "Någon annan lade till en rapport med samma nummer samtidigt. Välj ett annat nummer eller lämna fältet tomt.")]);
        }
        return TypedResults.Ok(ReportScheduleDto.From((await ScheduleQueries.OneAsync(db, id, ct))!, today));
    }

    private static async Task<IResult> ConflictAsync(AppDbContext db, int id, DateOnly today, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        if (await ScheduleQueries.OneAsync(db, id, ct) is not { } current)
        {
            return TypedResults.Problem(title: "Rapporten har tagits bort av någon annan.", detail: "Ingenting har sparats.", statusCode: StatusCodes.Status404NotFound);
        }
        return Conflict("Rapporten har ändrats av någon annan.", current.Version, ReportScheduleDto.From(current, today));
    }

    /// <summary>409 with the stored values; sending again with <c>currentVersion</c> is a deliberate overwrite.</summary>
    internal static JsonHttpResult<ScheduleConflictProblem<T>> Conflict<T>(string title, Guid version, T current) =>
        TypedResults.Json(
            new ScheduleConflictProblem<T>("https://tools.ietf.org/html/rfc9110#section-15.5.10", title, StatusCodes.Status409Conflict,
                "Ingenting har sparats eller skrivits över. De sparade värdena står i current. Vill du ändå spara dina värden, skicka dem igen med version = currentVersion.",
                version, current),
            statusCode: StatusCodes.Status409Conflict,
            contentType: "application/problem+json");

    /// <summary>The rules' errors, keyed by the JSON field.</summary>
    internal static ValidationProblem Invalid(IEnumerable<CalendarError> errors)
    {
        var problem = new ApiErrors();
        foreach (var e in errors)
        {
            problem.Add(e.Field switch
            {
                "Names" => "recipientNames",
                "" => "",
                _ => ApiValidation.Key(e.Field),
            }, e.Swedish());
        }
        return problem.ToProblem();
    }

    internal static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    private static ProblemHttpResult ReportNotFound() =>
        TypedResults.Problem(title: "Rapporten finns inte.", detail: "Det finns ingen rapport med det id:t bland dina organisationers projekt.", statusCode: StatusCodes.Status404NotFound);
}
