using System.ComponentModel;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>A place Kolada has figures for, with its name ("1281", "Lund"); a group has no name here.</summary>
public sealed record KoladaPlaceDto(string Id, string? Name)
{
    public static KoladaPlaceDto Of(string id) => new(id, KoladaPlaces.NameOf(id));
}

public sealed record KoladaKpiDto(string Kpi, IReadOnlyList<KoladaPlaceDto> Municipalities, IReadOnlyList<int> Years, int Values, int Missing);

/// <summary>What an import did (or, with dryRun, would do).</summary>
public sealed record KoladaImportResultDto(bool DryRun, int Values, int Missing, int New, int Updated, IReadOnlyList<KoladaKpiDto> Kpis)
{
    public static KoladaImportResultDto Of(KoladaImportSummary s, bool dryRun) => new(dryRun, s.Values, s.Missing, s.New, s.Updated,
        [.. s.Kpis.Select(k => new KoladaKpiDto(k.KpiId, [.. k.Municipalities.Select(KoladaPlaceDto.Of)], k.Years, k.Values, k.Missing))]);
}

public sealed record KoladaImportDto(string? File, string? By, DateTime At);

public sealed record KoladaImportedDto(string Kpi, IReadOnlyList<KoladaPlaceDto> Municipalities, IReadOnlyList<int> Years, int Values, DateTime LastImportedAt, IReadOnlyList<KoladaImportDto> Imports);

/// <summary>An organisation's municipality in Kolada and what it has imported.</summary>
public sealed record KoladaOrganizationDto(int OrganizationId, KoladaPlaceDto? Municipality, IReadOnlyList<KoladaImportedDto> Imported);

public sealed record KoladaFigureDto(decimal? Value, string? Status);

public sealed record KoladaSiteDto(int PilotSiteId, string Name, decimal Mean, int Measurements);

public sealed record KoladaYearDto(int Year, decimal? Own, int OwnMeasurements, IReadOnlyList<KoladaSiteDto> Sites, KoladaFigureDto? Municipality, KoladaFigureDto? Comparison);

public sealed record KoladaKpiComparisonDto(int KpiId, string Name, string KoladaKpiId, KoladaPlaceDto Comparison, string Unit, DateTime? RetrievedAt, IReadOnlyList<KoladaYearDto> Years, string? Missing);

/// <summary>A project's KPIs compared with Kolada's figures.</summary>
public sealed record ProjectKoladaDto(
    int ProjectId,
    string Source,
    string Attribution,
    KoladaPlaceDto? Municipality,
    string OwnValueRule,
    IReadOnlyList<string> Notes,
    IReadOnlyList<KoladaKpiComparisonDto> Kpis);

/// <summary>
/// Kolada for programs: <c>POST /api/organizations/{id}/kolada/import</c> (a file in Kolada's JSON format,
/// as the request body or as multipart in the field <c>file</c>; <c>?dryRun=true</c> only previews),
/// <c>GET /api/organizations/{id}/kolada</c> (what is imported) and <c>GET /api/projects/{id}/kolada</c>
/// (the comparison). Another tenant's organisation or project is not found (404); importing needs the
/// role redaktör or higher in the organisation (403).
/// </summary>
/// <remarks>
/// Antiforgery as in the Excel import (see <c>ImportApi</c>): a multipart post authenticated by the
/// cookie must carry the token, one with a bearer token need not. A JSON body needs no token: a browser
/// cannot send <c>application/json</c> to another site without CORS, which the app does not allow.
/// </remarks>
public static class KoladaApi
{
    public const string Tag = "Kolada";
    public const string Attribution = "Källa: Kolada (RKA)";
    public const string OwnValueRule = "Projektets värde för ett år är medelvärdet av årets mätvärden över alla perioder och pilotverksamheter; per pilotverksamhet medelvärdet av verksamhetens mätvärden. Koladas värden är totalen (kön T).";
    private const long MaxRequestBytes = KoladaFile.MaxFileBytes + 512 * 1024;
    private const string Refused = "Ingenting importerades.";

    public static IEndpointRouteBuilder MapKoladaApi(this IEndpointRouteBuilder app)
    {
        var organizations = app.MapGroup("/api/organizations/{id:int}/kolada")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);

        organizations.MapGet("/", GetImportedAsync)
            .WithName("GetKoladaImports")
            .WithSummary("Organisationens kommun i Kolada och importerade nyckeltal")
            .WithDescription("Per Kolada-nyckeltal: kommuner (med namn), år, antal värden och när, av vem och från vilken fil de importerades.");

        organizations.MapPost("/import", ImportAsync)
            .WithName("ImportKolada")
            .WithSummary("Importerar värden i Koladas JSON-format")
            .WithDescription("Skicka svaret från Koladas API (/v2/data/kpi/{kpi}/municipality/{id}/year/{år}), eller en lista med flera sådana svar (sidor), som JSON-kropp (Content-Type: application/json) eller som fil i fältet file (multipart/form-data), högst 5 MB. Filer i annat format och kommun-id som inte finns avvisas med 400 och ingenting sparas. Ett värde som redan finns för samma nyckeltal, kommun, år och kön ersätts. Med dryRun=true svarar den med vad som skulle importeras utan att spara. Kräver rollen redaktör eller högre; multipart med cookie kräver även antiforgery-token.")
            .Accepts<KoladaAnswerSchema>("application/json", "multipart/form-data")
            .Produces<KoladaImportResultDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes));

        app.MapGet("/api/projects/{id:int}/kolada", GetComparisonAsync)
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(Tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .WithName("GetProjectKolada")
            .WithSummary("Projektets nyckeltal jämförda med Kolada")
            .WithDescription("För varje nyckeltal med Kolada-id: per år projektets eget värde (medelvärdet av årets mätvärden), kommunens officiella värde och jämförelsegruppens (KoladaComparisonId, annars riket 0000), med källa och hämtningsdatum. Ett värde som Kolada saknar har value null.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>The shape of Kolada's answer, for the OpenAPI description.</summary>
    public sealed record KoladaAnswerSchema(IReadOnlyList<KoladaElementSchema> Values, int? Count, string? NextPage);

    public sealed record KoladaElementSchema(string Kpi, string Municipality, int Period, IReadOnlyList<KoladaGenderSchema> Values);

    public sealed record KoladaGenderSchema(string Gender, decimal? Value, string? Status, int? Count);

    private static IResult OrganizationNotFound() =>
        TypedResults.Problem(title: "Organisationen finns inte.", detail: "Det finns ingen organisation med det id:t bland dem du är medlem i.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> GetImportedAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.KoladaMunicipalityId }).SingleOrDefaultAsync(ct);
        if (org is null)
        {
            return OrganizationNotFound();
        }
        var imported = await KoladaImported.ListAsync(db, id, ct);
        return TypedResults.Ok(new KoladaOrganizationDto(
            id,
            string.IsNullOrWhiteSpace(org.KoladaMunicipalityId) ? null : KoladaPlaceDto.Of(org.KoladaMunicipalityId),
            [.. imported.Select(k => new KoladaImportedDto(k.KpiId, [.. k.Municipalities.Select(KoladaPlaceDto.Of)], k.Years, k.Values, k.LastImportedAt,
                [.. k.Imports.Select(i => new KoladaImportDto(i.File, i.By, i.At))]))]));
    }

    private static async Task<IResult> ImportAsync(
        int id,
        HttpRequest request,
        AppDbContext db,
        IAntiforgery antiforgery,
        [Description("true: svara med vad som skulle importeras, spara ingenting.")] bool? dryRun,
        CancellationToken ct)
    {
        if (!await db.Organizations.AnyAsync(o => o.Id == id, ct))
        {
            return OrganizationNotFound();
        }
        if (!FollowUpAccess.CanEditOrganization(db, id))
        {
            return TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du kan läsa organisationens Kolada-värden men inte importera (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);
        }
        if (request.ContentLength > MaxRequestBytes)
        {
            return TooLarge();
        }
        byte[] bytes;
        string? fileName;
        if (request.HasFormContentType)
        {
            var (form, refused) = await ApiUploads.ReadFormAsync(request, MaxRequestBytes, antiforgery, Unreadable, TooLarge, ct);
            if (form is null)
            {
                return refused!;
            }
            var file = form.Files.GetFile("file");
            if (file is null || file.Length == 0)
            {
                return FileProblem(new KoladaMessage(file is null ? KoladaMessages.NoFile : KoladaMessages.EmptyFile), []);
            }
            if (file.Length > KoladaFile.MaxFileBytes)
            {
                return FileProblem(KoladaMessages.TooBigFor(file.Length), []);
            }
            bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, ct);
            }
            fileName = file.FileName;
        }
        else if (request.HasJsonContentType())
        {
            try
            {
                bytes = await ReadBodyAsync(request, KoladaFile.MaxFileBytes + 1, ct);
            }
            catch (BadHttpRequestException ex)
            {
                return ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? TooLarge() : Unreadable();
            }
            if (bytes.Length > KoladaFile.MaxFileBytes)
            {
                return TooLarge();
            }
            fileName = "API";
        }
        else
        {
            return TypedResults.Problem(title: "Fel innehållstyp.", detail: "Skicka Koladas svar som JSON (Content-Type: application/json) eller som fil i fältet file (multipart/form-data).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var (figures, problem, unknown) = KoladaImport.Check(bytes);
        if (figures is null)
        {
            return FileProblem(problem!, unknown);
        }
        if (dryRun == true)
        {
            return TypedResults.Ok(KoladaImportResultDto.Of(await KoladaImport.PreviewAsync(db, id, figures, ct), dryRun: true));
        }
        var saved = await KoladaImport.SaveAsync(db, id, figures, fileName, ct);
        if (saved is null)
        {
            return TypedResults.Problem(title: "Samtidig import.", detail: new KoladaMessage(KoladaMessages.SavedMeanwhile).Swedish, statusCode: StatusCodes.Status409Conflict);
        }
        return TypedResults.Ok(KoladaImportResultDto.Of(saved, dryRun: false));
    }

    private static async Task<IResult> GetComparisonAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var data = await KoladaComparison.LoadAsync(db, id, ct);
        if (data is null)
        {
            return TypedResults.Problem(title: "Projektet finns inte.", detail: "Det finns inget projekt med det id:t bland dem du har tillgång till.", statusCode: StatusCodes.Status404NotFound);
        }
        var notes = new List<string>();
        if (data.MunicipalityId is null)
        {
            notes.Add($"Projektets organisation ({data.LeadOrganizationName}) har inget kommun-id för Kolada, så kommunens värden saknas. Ange det på /organisation/{data.LeadOrganizationId}/kolada.");
        }
        if (data.Kpis.Count == 0)
        {
            notes.Add($"Inget av projektets nyckeltal har ett Kolada-id. Ange det på /projekt/{id}/nyckeltal.");
        }
        return TypedResults.Ok(new ProjectKoladaDto(
            id,
            "Kolada",
            Attribution,
            data.MunicipalityId is null ? null : KoladaPlaceDto.Of(data.MunicipalityId),
            OwnValueRule,
            notes,
            [.. data.Kpis.Select(k => new KoladaKpiComparisonDto(
                k.KpiId, k.Name, k.KoladaKpiId, KoladaPlaceDto.Of(k.ComparisonId), k.UnitName, k.RetrievedAt,
                [.. k.Years.Select(y => new KoladaYearDto(y.Year, y.Own, y.OwnCount,
                    [.. y.Sites.Select(s => new KoladaSiteDto(s.PilotSiteId, s.Name, s.Mean, s.Count))],
                    y.Municipality is { } m ? new KoladaFigureDto(m.Value, m.Status) : null,
                    y.Comparison is { } c ? new KoladaFigureDto(c.Value, c.Status) : null))],
                k.HasKolada ? null : $"Inga värden från Kolada är importerade för {k.KoladaKpiId}."))]));
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= max)
            {
                break;
            }
        }
        return buffer.ToArray();
    }

    private static IResult FileProblem(KoladaMessage problem, IReadOnlyList<string> unknown) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [unknown.Count > 0 ? "municipality" : "file"] = [problem.Swedish] },
            title: Refused,
            extensions: unknown.Count > 0 ? new Dictionary<string, object?> { ["unknownMunicipalities"] = unknown } : null);

    private static IResult Unreadable() =>
        TypedResults.Problem(title: "Förfrågan kunde inte läsas.", detail: "Skicka Koladas svar (högst 5 MB) som JSON eller som fil i fältet file.", statusCode: StatusCodes.Status400BadRequest);

    private static IResult TooLarge() =>
        TypedResults.Problem(title: "Förfrågan är för stor.", detail: "Filen får vara högst 5 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
}
