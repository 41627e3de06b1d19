using System.ComponentModel;
using System.Globalization;
using Kommunpilot.Features.Communication.Import;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>A row of the import preview for the API.</summary>
public sealed record ImportRowDto(int Row, string Kpi, string? PilotSite, string Period, string Value, string? Comment, string Action, string? StoredValue, IReadOnlyList<string> Problems);

public sealed record ImportPreviewDto(string Sheet, int New, int Updates, int Unchanged, int Errors, IReadOnlyList<ImportRowDto> Rows)
{
    public static ImportPreviewDto Of(ImportPreview p) => new(p.SheetName, p.New, p.Updates, p.Unchanged, p.Errors,
        [.. p.Rows.Select(r => new ImportRowDto(r.Row, r.Kpi, r.Site, r.Period, r.Value, r.Comment, r.Action.ToString(), r.StoredValue, [.. r.Problems.Select(m => m.Swedish)]))]);
}

public sealed record ImportResultDto(int New, int Updated, int Unchanged);

/// <summary>
/// <c>GET /api/projects/{id}/measurements/export/xlsx</c> and <c>POST .../import/xlsx?dryRun=</c> (multipart, field
/// <c>file</c>). Antiforgery as in the activity import: checked when the call comes with the sign-in cookie,
/// not with a bearer token (which a cross-site form cannot send).
/// </summary>
public static class MeasurementExcelApi
{
    /// <summary>The file (at most 5 MB) and the form around it.</summary>
    public const long MaxRequestBytes = XlsxPackage.MaxFileBytes + 512 * 1024;

    public static string ExportUrl(int projectId) => $"/api/projects/{projectId}/measurements/export/xlsx";

    internal static void Map(RouteGroupBuilder projects)
    {
        projects.MapGet("/export/xlsx", ExportAsync)
            .WithName("ExportMeasurementsXlsx")
            .WithSummary("Projektets mätvärden som Excel")
            .WithDescription("Bladet \"Mätvärden\" med kolumnerna Nyckeltal, Område, Pilotverksamhet, Period, Periodnamn, Värde, Enhet, Kommentar, Inmatad av och Inmatad. Filen kan importeras tillbaka. All text skrivs som text, aldrig som formel.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), MeasurementWorkbook.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        projects.MapPost("/import/xlsx", ImportAsync)
            .WithName("ImportMeasurementsXlsx")
            .WithSummary("Importerar mätvärden från Excel")
            .WithDescription("Samma kolumner som exporten (Nyckeltal, Pilotverksamhet, Period och Värde krävs). Filen (.xlsx, högst 5 MB) skickas som multipart/form-data i fältet file. Med dryRun=true svarar den med förhandsgranskningen utan att spara. Annars sparas alla rader eller ingen: 400 med problemen per rad (row5 osv.). Ett värde som redan finns för samma nyckeltal, pilotverksamhet och period ändras. Kräver rollen redaktör eller högre; med cookie krävs även antiforgery-token.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportResultDto>()
            .Produces<ImportPreviewDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));
    }

    private static async Task<IResult> ExportAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var project = await MeasurementProject.LoadAsync(db, id, ct);
        if (project is null)
        {
            return MeasurementsApi.ProjectNotFound();
        }
        var kpiOrder = project.Kpis.Select(k => k.Id).ToList();
        var rows = (await MeasurementStore.Rows(db, MeasurementStore.Of(db, id)).ToListAsync(ct))
            .OrderBy(r => kpiOrder.IndexOf(r.KpiId)).ThenBy(r => r.PilotSite, StringComparer.CurrentCulture).ThenBy(r => r.PeriodStart)
            .ToList();
        return TypedResults.File(MeasurementWorkbook.Create(project.Name, project, rows), MeasurementWorkbook.ContentType, MeasurementWorkbook.FileName(project.Name));
    }

    private static async Task<IResult> ImportAsync(int id, HttpRequest request, AppDbContext db, IAntiforgery antiforgery, TimeProvider clock,
        [Description("true: svara med förhandsgranskningen, spara ingenting.")] bool? dryRun, CancellationToken ct)
    {
        var project = await MeasurementProject.LoadAsync(db, id, ct);
        if (project is null)
        {
            return MeasurementsApi.ProjectNotFound();
        }
        if (!await FollowUpAccess.CanEditProjectAsync(db, id, ct))
        {
            return MeasurementsApi.Forbidden();
        }
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(title: "Fel innehållstyp.", detail: "Skicka filen som multipart/form-data i fältet file.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (request.ContentLength > MaxRequestBytes)
        {
            return TooLarge();
        }
        var (form, refused) = await ApiUploads.ReadFormAsync(request, MaxRequestBytes, antiforgery, Unreadable, TooLarge, ct);
        if (form is null)
        {
            return refused!;
        }
        var file = form.Files.GetFile("file");
        MeasurementMessage? fileProblem = file is null ? new(MeasurementMessages.NoFile)
            : file.Length == 0 ? new(MeasurementMessages.EmptyFile)
            : file.Length > XlsxPackage.MaxFileBytes ? new(MeasurementMessages.TooBig, file.Length / (1024.0 * 1024.0))
            : null;
        if (fileProblem is not null)
        {
            return FileProblem(fileProblem);
        }
        var bytes = new byte[file!.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }
        var (preview, problem) = await MeasurementImport.PreviewAsync(db, project, bytes, ct);
        if (preview is null)
        {
            return FileProblem(problem!);
        }
        var dto = ImportPreviewDto.Of(preview);
        if (dryRun == true)
        {
            return TypedResults.Ok(dto);
        }
        if (preview.Errors > 0)
        {
            var errors = preview.Rows.Where(r => r.Action == ImportAction.Error)
                .ToDictionary(r => string.Create(CultureInfo.InvariantCulture, $"row{r.Row}"), r => r.Problems.Select(p => p.Swedish).ToArray());
            return TypedResults.ValidationProblem(errors, title: "Ingenting importerades.",
                detail: "Rätta problemen (per rad nedan) och skicka filen igen; inget av raderna sparades.",
                extensions: new Dictionary<string, object?> { ["preview"] = dto });
        }
        var saved = await MeasurementImport.SaveAsync(db, id, preview, clock, ct);
        if (saved is null)
        {
            return TypedResults.Problem(title: "Mätvärdena ändrades samtidigt.", detail: new MeasurementMessage(MeasurementMessages.SavedMeanwhile).Swedish, statusCode: StatusCodes.Status409Conflict);
        }
        return TypedResults.Ok(new ImportResultDto(saved.Value.New, saved.Value.Updated, preview.Unchanged));
    }

    private static IResult FileProblem(MeasurementMessage problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [problem.Swedish] }, title: "Ingenting importerades.");

    private static IResult Unreadable() =>
        TypedResults.Problem(title: "Förfrågan kunde inte läsas.", detail: "Skicka filen (högst 5 MB) som multipart/form-data i fältet file.", statusCode: StatusCodes.Status400BadRequest);

    private static IResult TooLarge() =>
        TypedResults.Problem(title: "Förfrågan är för stor.", detail: "Filen får vara högst 5 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
