using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Documents;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.FollowUp.Reports.Word;

/// <summary>
/// <c>GET /api/reports/{id}/export/docx</c>: a follow-up report, evaluation or final report as a Word
/// document, laid out like a municipal report, with its charts as images and its tables. An adopted
/// report is written exactly as adopted. Cookie or bearer token, like the rest of <c>/api</c>; the query
/// filters behind <see cref="IReportContentLoader"/> keep another tenant's report unknown (404).
/// </summary>
public static class ReportWordEndpoint
{
    public const string Tag = "Uppföljning";

    /// <summary>The link a page can offer for the download.</summary>
    public static string Url(int reportId) => $"/api/reports/{reportId}/export/docx";

    public static IEndpointRouteBuilder MapReportWordExport(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/api/reports")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .MapGet("/{id:int}/export/docx", ExportAsync)
            .WithName("ExportReportDocx")
            .WithSummary("Rapporten som Word-dokument")
            .WithDescription("Uppföljningsrapport, utvärdering eller slutrapport som Word: dokumenthuvud (projekt, period, sista dag, mottagare, status), numrerade avsnitt med diagram som bilder och tabeller med samma värden. En fastställd rapport skrivs exakt som den fastställdes. Alla som kan läsa rapporten kan exportera den.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), WordDocument.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(int id, [FromServices] IReportContentLoader reports, CancellationToken ct)
    {
        var content = await reports.LoadAsync(id, ct);
        if (content is null)
        {
            return NotFound();
        }
        // The file name goes out both as filename (ASCII fallback) and as filename* (UTF-8), so "Uppföljningsrapport" keeps its ö.
        return TypedResults.File(ReportWordDocument.Build(content), WordDocument.ContentType, ReportWordDocument.FileName(content));
    }

    /// <summary>Unknown, or another tenant's: the same answer, so that nothing leaks.</summary>
    internal static ProblemHttpResult NotFound() =>
        TypedResults.Problem(title: "Rapporten finns inte.", detail: "Det finns ingen rapport med det id:t bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound);
}
