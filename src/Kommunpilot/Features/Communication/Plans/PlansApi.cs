using System.ComponentModel;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// The plans themselves for programs: list, create (empty or from an earlier plan), read whole,
/// change the plan's own fields, adopt, return to draft or archive, and declare new versions. The
/// sections' own endpoints (target groups, activities ...) live with their pages.
/// </summary>
public static class PlansApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>On <c>/api/communication-plans</c>.</summary>
    public static RouteGroupBuilder MapPlans(this RouteGroupBuilder plans)
    {
        plans.MapGet("/", ListAsync)
            .WithName("ListCommunicationPlans")
            .WithSummary("Kommunikationsplanerna du kan se")
            .WithDescription("Projektens planer och organisationernas och nämndernas stående planer, sorterade på titel. Filtrera på organisation, typ (projekt eller stående), status eller fritext (titel, period, projektnamn). Sidor om högst 200 planer.");

        plans.MapPost("/", PlanWrites.CreateStandingAsync)
            .WithName("CreateStandingCommunicationPlan")
            .WithSummary("Skapar en stående kommunikationsplan")
            .WithDescription("En organisations eller en nämnds egen plan (utan projekt). Kräver rollen redaktör eller högre i organisationen. Kan utgå från en tidigare stående plan i organisationen (copyFromPlanId och carryOver). Svarar 201 med planen.")
            .Accepts<NewStandingPlan>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapGet("/{id:int}", GetAsync)
            .WithName("GetCommunicationPlan")
            .WithSummary("En kommunikationsplan med alla delar")
            .WithDescription("Planens egna fält och revisionshistorik, veta/känna/göra-mål, mätbara mål med utfall, målgrupper, budskap, kanaler, risker och aktiviteter.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPut("/{id:int}", PlanWrites.UpdateAsync)
            .WithName("UpdateCommunicationPlan")
            .WithSummary("Ändrar planens egna fält")
            .WithDescription("Titel, period, dokumentversion, nämnd (stående planer), texterna, prioriteringarnas definitioner och budget. Skicka alla fält (det som saknas töms) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena; ingenting skrivs över. Status ändras med /adopt och /status.")
            .Accepts<PlanUpdate>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<PlanConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        plans.MapPost("/{id:int}/adopt", PlanStatusWrites.AdoptAsync)
            .WithName("AdoptCommunicationPlan")
            .WithSummary("Fastställer planen")
            .WithDescription("Anger vem som fastställde planen och när (inte i framtiden). Planen får status Adopted och en rad i revisionshistoriken. Kräver den version du läste; annars 409.")
            .Accepts<Adoption>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<PlanConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");

        plans.MapPost("/{id:int}/revisions", PlanStatusWrites.ReviseAsync)
            .WithName("AddCommunicationPlanRevision")
            .WithSummary("Lägger till en ny dokumentversion")
            .WithDescription("Ny dokumentversion med en kommentar om vad som ändrats; blir en rad i revisionshistoriken. Kräver den version du läste; annars 409.")
            .Accepts<NewRevision>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<PlanConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");

        plans.MapPost("/{id:int}/status", PlanStatusWrites.SetStatusAsync)
            .WithName("SetCommunicationPlanStatus")
            .WithSummary("Återställer planen till utkast eller arkiverar den")
            .WithDescription("Status Draft eller Archived. Kräver den version du läste; annars 409.")
            .Accepts<StatusChange>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<PlanConflictProblem>(StatusCodes.Status409Conflict, "application/problem+json");
        return plans;
    }

    /// <summary>On <c>/api/projects</c>.</summary>
    public static RouteGroupBuilder MapProjectPlans(this RouteGroupBuilder projects)
    {
        projects.MapGet("/{id:int}/communication-plans", ListForProjectAsync)
            .WithName("ListProjectCommunicationPlans")
            .WithSummary("Projektets kommunikationsplaner")
            .WithDescription("Alla projektets planer, de senaste perioderna först.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        projects.MapPost("/{id:int}/communication-plans", PlanWrites.CreateForProjectAsync)
            .WithName("CreateProjectCommunicationPlan")
            .WithSummary("Skapar en kommunikationsplan för projektet")
            .WithDescription("Kräver rollen redaktör eller högre i en ägande organisation. Planen blir ett utkast med standarddefinitionerna av prioriteringarna. Kan utgå från en tidigare plan i projektet (copyFromPlanId) och föra över det som carryOver anger. Svarar 201 med planen.")
            .Accepts<NewPlan>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return projects;
    }

    private static async Task<Results<Ok<PlanPage>, ValidationProblem>> ListAsync(
        AppDbContext db,
        [Description("Bara planer i den här organisationen eller i projekt som den äger (du måste vara medlem i den).")] int? organizationId,
        [Description("true: bara stående planer; false: bara projektens planer.")] bool? standing,
        [Description("Bara planer med den här statusen: Draft, Adopted eller Archived.")] PlanStatus? status,
        [Description("Fritext: söker i titel, period och projektnamn.")] string? q,
        [Description("Sidnummer, från 1.")] int? page,
        [Description("Planer per sida, 1–200 (50 om inget anges).")] int? pageSize,
        CancellationToken ct)
    {
        var errors = new ApiErrors();
        if (organizationId is { } org && !db.CurrentUser.Roles.ContainsKey(org))
        {
            errors.Add("organizationId", "Okänd organisation: du är inte medlem i den.");
        }
        if (status is { } s && !Enum.IsDefined(s))
        {
            errors.Add("status", ApiValidation.TypeMessage(typeof(PlanStatus), "Status"));
        }
        if (q is { Length: > CommunicationModel.ShortText })
        {
            errors.Add("q", $"Söktexten får ha högst {CommunicationModel.ShortText} tecken.");
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
        var plans = PlanQueries.Filtered(db, organizationId, standing, status, q);
        var size = pageSize ?? DefaultPageSize;
        var number = page ?? 1;
        var total = await plans.CountAsync(ct);
        var skip = (long)(number - 1) * size;
        var items = skip >= total
            ? []
            : await plans.OrderBy(p => p.Title).ThenBy(p => p.Id).Skip((int)skip).Take(size).Select(PlanSummary.Projection).ToListAsync(ct);
        return TypedResults.Ok(new PlanPage(items, number, size, total));
    }

    private static async Task<Results<Ok<List<PlanSummary>>, ProblemHttpResult>> ListForProjectAsync(int id, AppDbContext db, CancellationToken ct)
    {
        if (!await db.Projects.AnyAsync(p => p.Id == id, ct))
        {
            return ProjectsApi.NotFound();
        }
        var plans = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.ProjectId == id)
            .OrderByDescending(p => p.PeriodStart).ThenByDescending(p => p.Id)
            .Select(PlanSummary.Projection)
            .ToListAsync(ct);
        return TypedResults.Ok(plans);
    }

    private static async Task<Results<Ok<PlanDetails>, ProblemHttpResult>> GetAsync(int id, AppDbContext db, CancellationToken ct) =>
        await PlanQueries.DetailsAsync(db, id, ct) is { } plan
            ? TypedResults.Ok(plan)
            : CommunicationApi.PlanNotFound();
}
