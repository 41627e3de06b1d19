using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Documents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kommunpilot.Features.Projects.Export;

/// <summary><c>GET /api/projects/{id}/export/docx</c>: the project description as a Word document.</summary>
public static class ProjectExport
{
    public static RouteGroupBuilder MapProjectExport(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:int}/export/docx", ExportAsync)
            .WithName("ExportProjectDocx")
            .WithSummary("Projektbeskrivningen som Word-dokument")
            .WithDescription("Läggs upp som en kommunal projektbeskrivning: dokumenthuvud, numrerade avsnitt, tabeller för pilotverksamheter och leveranser. Alla som kan läsa projektet kan exportera det.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), WordDocument.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <summary>The link a page can offer for the download.</summary>
    public static string Url(int projectId) => $"/api/projects/{projectId}/export/docx";

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(int id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var project = await ProjectQueries.DetailsAsync(db, id, ct);
        if (project is null)
        {
            return ProjectsApi.NotFound();
        }
        var bytes = ProjectDescriptionDocument.Create(project, clock.GetUtcNow());
        return TypedResults.File(bytes, WordDocument.ContentType, ProjectDescriptionDocument.FileName(project));
    }
}
