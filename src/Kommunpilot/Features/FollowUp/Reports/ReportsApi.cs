using System.ComponentModel;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// A report for programs: <c>/api/reports/{id}</c> reads it (content as it reads, status, version, sections);
/// the draft, the section texts and the adoption are written here as on the pages, with the same rules:
/// edit rights (403), the version read (409), nothing changes in an adopted report (409). Another tenant's
/// report is 404.
/// </summary>
public static class ReportsApi
{
    public const string Tag = "Rapporter";

    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var reports = app.MapGroup("/api/reports")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        reports.MapGet("/{id:int}", GetAsync)
            .WithName("GetReport")
            .WithSummary("En rapport som den läses")
            .WithDescription("Innehållet (avsnitt med tabeller, diagram och texter) och status, version och avsnitt med id och version. En fastställd rapport visas exakt som den fastställdes, hur data än ändrats sedan; andra tas fram ur aktuella data per rapportens periodslut.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reports.MapPost("/{id:int}/draft", StartDraftAsync)
            .WithName("StartReportDraft")
            .WithSummary("Startar utkastet")
            .WithDescription("En planerad rapport får rapporttypens avsnitt och blir ett utkast. Skicka rapportens version.")
            .Accepts<DraftStart>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPut("/{id:int}/sections/{sectionId:int}", SaveSectionAsync)
            .WithName("UpdateReportSection")
            .WithSummary("Skriver ett avsnitts text")
            .WithDescription("Texten (och rubriken för ett eget avsnitt) med avsnittets version. 409 om någon annan sparat sedan dess eller om rapporten är fastställd.")
            .Accepts<SectionUpdate>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPost("/{id:int}/sections", AddSectionAsync)
            .WithName("AddReportSection")
            .WithSummary("Lägger till ett eget avsnitt")
            .WithDescription("Rubrik och text; avsnittet hamnar sist. Bara i ett utkast.")
            .Accepts<NewSection>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapDelete("/{id:int}/sections/{sectionId:int}", DeleteSectionAsync)
            .WithName("DeleteReportSection")
            .WithSummary("Tar bort ett eget avsnitt")
            .WithDescription("Bara avsnitt du lagt till, i ett utkast. Ange versionen du läste (?version=...).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        reports.MapPost("/{id:int}/adopt", AdoptAsync)
            .WithName("AdoptReport")
            .WithSummary("Fastställer rapporten")
            .WithDescription("Vem som fastställde den och vilken dag (inte senare än i dag), med rapportens version. Innehållet fryses: senare ändringar i data ändrar inte rapporten.")
            .Accepts<Adoption>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>The report as a program reads it, or null when it is not there or not visible.</summary>
    public static async Task<ReportDocument?> DocumentAsync(AppDbContext db, ReportContents contents, int id, CancellationToken ct)
    {
        var report = await db.ProjectReports.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new { r.Id, r.ProjectId, r.Kind, r.Number, r.Title, r.Status, r.Version, r.PeriodEnd, r.DueDate, r.AdoptedBy, r.AdoptedOn })
            .SingleOrDefaultAsync(ct);
        var content = report is null ? null : await contents.LoadAsync(id, ct);
        if (report is null || content is null)
        {
            return null;
        }
        var sections = await db.ReportSections.AsNoTracking().Where(s => s.ReportId == id).OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new ReportSectionDocument(s.Id, s.Key, s.Title, s.Text, s.Order, s.Key == ReportSectionKeys.Custom, s.Version))
            .ToListAsync(ct);
        return new ReportDocument(report.Id, report.ProjectId, report.Kind, report.Number, ReportTemplates.NameOf(report.Kind, report.Number, report.Title),
            report.Status, report.Version, report.PeriodEnd, report.DueDate, report.AdoptedBy, report.AdoptedOn, sections, ReportSnapshot.ToJson(content));
    }

    private static async Task<Results<Ok<ReportDocument>, ProblemHttpResult>> GetAsync(int id, AppDbContext db, ReportContents contents, CancellationToken ct) =>
        await DocumentAsync(db, contents, id, ct) is { } document ? TypedResults.Ok(document) : NotFound();

    private static async Task<Results<Ok<ReportDocument>, ValidationProblem, ProblemHttpResult>> StartDraftAsync(
        int id, HttpRequest request, AppDbContext db, ReportEditing editing, ReportContents contents, CancellationToken ct)
    {
        if (await RefuseReaderAsync(db, id, ct) is { } refused)
        {
            return refused;
        }
        var (input, bad) = await ApiJson.ReadAsync<DraftStart>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = Validate(input!);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await editing.StartDraftAsync(id, input!.Version!.Value, ct);
        return await AnswerAsync(result, db, contents, id, ct);
    }

    private static async Task<Results<Ok<ReportDocument>, ValidationProblem, ProblemHttpResult>> SaveSectionAsync(
        int id, int sectionId, HttpRequest request, AppDbContext db, ReportEditing editing, ReportContents contents, CancellationToken ct)
    {
        if (await RefuseReaderAsync(db, id, ct) is { } refused)
        {
            return refused;
        }
        var (input, bad) = await ApiJson.ReadAsync<SectionUpdate>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = Validate(input!);
        var title = Clean(input!.Title);
        if (input.Title is not null && title is null)
        {
            errors.Add("title", "Rubrik får inte vara tom.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await editing.SaveSectionAsync(id, sectionId, title, CleanText(input.Text), input.Version!.Value, ct);
        return await AnswerAsync(result, db, contents, id, ct);
    }

    private static async Task<Results<Created<ReportDocument>, ValidationProblem, ProblemHttpResult>> AddSectionAsync(
        int id, HttpRequest request, AppDbContext db, ReportEditing editing, ReportContents contents, CancellationToken ct)
    {
        if (await RefuseReaderAsync(db, id, ct) is { } refused)
        {
            return refused;
        }
        var (input, bad) = await ApiJson.ReadAsync<NewSection>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = Validate(input!);
        var title = Clean(input!.Title);
        if (title is null && !errors.Has("title"))
        {
            errors.Add("title", "Rubrik måste anges.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await editing.AddSectionAsync(id, title!, CleanText(input.Text), ct);
        if (result.Outcome != ReportOutcome.Done)
        {
            return Refusal(result, id);
        }
        return TypedResults.Created($"/api/reports/{id}", (await DocumentAsync(db, contents, id, ct))!);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteSectionAsync(
        int id, int sectionId, [Description("Avsnittets version som du läste.")] Guid? version, AppDbContext db, ReportEditing editing, CancellationToken ct)
    {
        if (await RefuseReaderAsync(db, id, ct) is { } refused)
        {
            return refused;
        }
        if (version is null)
        {
            var errors = new ApiErrors();
            errors.Add("version", "Ange den version du läste (version), så att ingen annans ändring tas bort.");
            return errors.ToProblem();
        }
        var result = await editing.DeleteSectionAsync(id, sectionId, version.Value, ct);
        return result.Outcome == ReportOutcome.Done ? TypedResults.NoContent() : Refusal(result, id);
    }

    private static async Task<Results<Ok<ReportDocument>, ValidationProblem, ProblemHttpResult>> AdoptAsync(
        int id, HttpRequest request, AppDbContext db, ReportEditing editing, ReportDrafting drafting, ReportContents contents, CancellationToken ct)
    {
        if (await RefuseReaderAsync(db, id, ct) is { } refused)
        {
            return refused;
        }
        var (input, bad) = await ApiJson.ReadAsync<Adoption>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = Validate(input!);
        var by = Clean(input!.AdoptedBy);
        if (by is null && !errors.Has("adoptedBy"))
        {
            errors.Add("adoptedBy", "Fastställd av måste anges.");
        }
        if (input.AdoptedOn is { } on && on > drafting.Today)
        {
            errors.Add("adoptedOn", "Fastställd den kan inte vara ett datum i framtiden.");
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var result = await editing.AdoptAsync(id, by!, input.AdoptedOn!.Value, input.Version!.Value, ct);
        return await AnswerAsync(result, db, contents, id, ct);
    }

    private static ApiErrors Validate(object input)
    {
        var errors = new ApiErrors();
        ApiValidation.Validate(input, errors);
        return errors;
    }

    /// <summary>Trimmed, or null when empty.</summary>
    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A text's line breaks as "\n", its end trimmed, or null when empty.</summary>
    internal static string? CleanText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    /// <summary>404 for an unknown or hidden report, 403 for a reader; before the body is read.</summary>
    private static async Task<ProblemHttpResult?> RefuseReaderAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var projectId = await db.ProjectReports.AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.ProjectId).SingleOrDefaultAsync(ct);
        if (projectId is null)
        {
            return NotFound();
        }
        return await FollowUpAccess.CanEditProjectAsync(db, projectId.Value, ct)
            ? null
            : TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du har läsbehörighet till projektet men får inte ändra dess rapporter (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);
    }

    private static async Task<Results<Ok<ReportDocument>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        ReportResult result, AppDbContext db, ReportContents contents, int id, CancellationToken ct)
    {
        if (result.Outcome != ReportOutcome.Done)
        {
            return Refusal(result, id);
        }
        db.ChangeTracker.Clear();
        return TypedResults.Ok((await DocumentAsync(db, contents, id, ct))!);
    }

    private static ProblemHttpResult Refusal(ReportResult result, int id) => result.Outcome switch
    {
        ReportOutcome.NotFound => TypedResults.Problem(title: "Rapporten eller avsnittet finns inte.", detail: "Det finns ingen sådan rapport eller inget sådant avsnitt i rapporten bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound),
        ReportOutcome.Forbidden => TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du får inte ändra projektets rapporter.", statusCode: StatusCodes.Status403Forbidden),
        ReportOutcome.Adopted => Conflict("Rapporten är fastställd.", "En fastställd rapport kan inte ändras: den visas som den fastställdes."),
        ReportOutcome.NotDraft => Conflict("Rapportens utkast är inte startat.", "Starta utkastet först (POST /api/reports/{id}/draft)."),
        ReportOutcome.AlreadyStarted => Conflict("Utkastet är redan startat.", "Rapporten har redan sina avsnitt."),
        ReportOutcome.NotCustom => Conflict("Avsnittet hör till rapportmallen.", "Bara avsnitt du lagt till kan tas bort eller byta rubrik."),
        _ => Conflict(
            "Ändrad av någon annan.",
            "Någon annan har sparat sedan du läste. Ingenting har sparats eller skrivits över. Läs rapporten igen (GET /api/reports/" + id + ") och skicka med den nya versionen.",
            result.Conflict?.CurrentVersion),
    };

    private static ProblemHttpResult Conflict(string title, string detail, Guid? currentVersion = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status409Conflict,
            extensions: currentVersion is { } v ? new Dictionary<string, object?> { ["currentVersion"] = v } : null);

    /// <summary>Unknown, or another tenant's: the same answer, so that nothing leaks.</summary>
    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Rapporten finns inte.", detail: "Det finns ingen rapport med det id:t bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound);
}
