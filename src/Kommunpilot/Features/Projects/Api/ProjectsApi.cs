using System.ComponentModel;
using Kommunpilot.Features.Projects.Export;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>
/// The project register for programs: <c>/api/projects</c>. Cookie or bearer token
/// (<c>POST /api/auth/login</c>); the query filters keep every read to the caller's organisations, so
/// another tenant's project is simply not found (404). Expected faults are Swedish ProblemDetails.
/// </summary>
public static class ProjectsApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/projects")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags("Projekt")
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapGet("/", ListAsync)
            .WithName("ListProjects")
            .WithSummary("Projekten i dina organisationer")
            .WithDescription("Projekten i alla organisationer du är medlem i, sorterade på namn. Filtrera på organisation, status eller fritext (namn, kod, diarienummer). Sidor om högst 200 projekt.");

        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetProject")
            .WithSummary("Ett projekt med allt innehåll")
            .WithDescription("Dokumenthuvud, personer, texter, mål, avgränsningar, pilotverksamheter, leveranser, milstolpar, projektorganisation, program, projektmodell med aktuell fas, beslut och version.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", ProjectWrites.CreateAsync)
            .WithName("CreateProject")
            .WithSummary("Skapar ett projekt")
            .WithDescription("Kräver rollen projektledare eller administratör i organisationen. Svarar 201 med projektet och dess adress i Location.")
            .Accepts<NewProject>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPut("/{id:int}", ProjectWrites.UpdateAsync)
            .WithName("UpdateProject")
            .WithSummary("Ändrar projektets egna fält och dokumenthuvud")
            .WithDescription("Skicka alla fält (det som saknas töms) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena och den aktuella versionen; ingenting skrivs över. Kräver rollen redaktör eller högre i en ägande organisation. Listor (mål, leveranser m.m.) ändras inte här.")
            .Accepts<ProjectUpdate>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<ProjectConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapProjectExport();
        return app;
    }

    private static async Task<Results<Ok<ProjectPage>, ValidationProblem>> ListAsync(
        AppDbContext db,
        [Description("Bara projekt som ägs av den här organisationen (du måste vara medlem i den).")] int? organizationId,
        [Description("Fritext: söker i namn, projektkod och diarienummer.")] string? q,
        [Description("Bara projekt med den här statusen.")] ProjectStatus? status,
        [Description("Sidnummer, från 1.")] int? page,
        [Description("Projekt per sida, 1–200 (50 om inget anges).")] int? pageSize,
        CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (organizationId is { } org && !db.CurrentUser.Roles.ContainsKey(org))
        {
            errors.Add("organizationId", "Okänd organisation: du är inte medlem i den.");
        }
        if (status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", ApiValidation.TypeMessage(typeof(ProjectStatus), "Status"));
        }
        if (q is { Length: > ProjectsModel.ShortText })
        {
            errors.Add("q", $"Söktexten får ha högst {ProjectsModel.ShortText} tecken.");
        }
        if (q is not null && q.Any(char.IsControl))
        {
            errors.Add("q", "Söktexten innehåller ett otillåtet styrtecken.");
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

        var projects = db.Projects.AsNoTracking();
        if (organizationId is { } orgId)
        {
            projects = projects.Where(p => p.Owners.Any(o => o.OrganizationId == orgId));
        }
        if (status is { } wanted)
        {
            projects = projects.Where(p => p.Status == wanted);
        }
        if (ProjectFields.Clean(q) is { } text)
        {
            var lower = text.ToLower(System.Globalization.CultureInfo.InvariantCulture);
            projects = projects.Where(p => p.Name.ToLower().Contains(lower)
                                           || (p.Code != null && p.Code.ToLower().Contains(lower))
                                           || (p.Header.RegistrationNumber != null && p.Header.RegistrationNumber.ToLower().Contains(lower)));
        }
        var size = pageSize ?? DefaultPageSize;
        var number = page ?? 1;
        var total = await projects.CountAsync(ct);
        var skip = (long)(number - 1) * size;
        var items = skip >= total
            ? []
            : await ProjectQueries.Summaries(db, projects.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((int)skip).Take(size)).ToListAsync(ct);
        return TypedResults.Ok(new ProjectPage(items, number, size, total));
    }

    private static async Task<Results<Ok<ProjectDetails>, ProblemHttpResult>> GetAsync(int id, AppDbContext db, CancellationToken ct) =>
        await ProjectQueries.DetailsAsync(db, id, ct) is { } project
            ? TypedResults.Ok(project)
            : NotFound();

    /// <summary>Unknown, or another tenant's: the same answer, so that nothing leaks.</summary>
    internal static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Projektet finns inte.", detail: "Det finns inget projekt med det id:t bland dina organisationers projekt.", statusCode: StatusCodes.Status404NotFound);
}
