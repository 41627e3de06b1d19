using Kommunpilot.Features.Communication.Documents;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Web;

namespace Kommunpilot.Features.Communication.Api;

/// <summary>
/// Communication planning for programs: <c>/api/communication-plans</c> and
/// <c>/api/projects/{id}/communication-plans</c>. Cookie or bearer token; the query filters keep
/// every read to plans the caller may see, so another tenant's plan is simply not found (404).
/// Each part of the plan maps its own endpoints onto the shared group.
/// </summary>
public static class CommunicationApi
{
    public const string Tag = "Kommunikationsplaner";

    public static IEndpointRouteBuilder MapCommunicationApi(this IEndpointRouteBuilder app)
    {
        var plans = app.MapGroup("/api/communication-plans")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        var projects = app.MapGroup("/api/projects")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        // Each feature folder adds its endpoints here, one line each:
        Goals.GoalsApi.MapGoalsApi(plans);
        Register.RegisterApi.MapRegisterApi(plans);
        Register.RegisterApi.MapCommunicationPeopleApi(app);
        Plans.PlansApi.MapPlans(plans);
        Plans.PlansApi.MapProjectPlans(projects);
        Activities.ActivitiesApi.MapActivities(plans);
        plans.MapPlanDocuments();
        app.MapPersonCalendar();
        Import.ImportApi.MapActivityImport(plans);
        return app;
    }

    /// <summary>Unknown, or another tenant's: the same answer, so that nothing leaks.</summary>
    internal static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult PlanNotFound() =>
        TypedResults.Problem(title: "Kommunikationsplanen finns inte.", detail: "Det finns ingen kommunikationsplan med det id:t bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound);
}
