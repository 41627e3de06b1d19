using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>
/// <c>POST /api/communication-plans/{id}/import/xlsx</c>: an activity plan from Excel, as multipart
/// form data with the file in the field <c>file</c>. <c>?dryRun=true</c> answers the preview without
/// saving; otherwise every row is saved or none (400 with the problems by row).
/// </summary>
/// <remarks>
/// Antiforgery: minimal APIs require an antiforgery token of every endpoint that binds an
/// <see cref="IFormFile"/> (since ASP.NET Core 8), which a program with a bearer token cannot have.
/// Turning the check off (<c>DisableAntiforgery</c>) would let another site post a form to this
/// address with the user's cookie. So the endpoint reads the form itself and checks the token itself,
/// exactly when the call is authenticated by the cookie: a call with <c>Authorization: Bearer</c> is
/// authenticated by that header alone (the cookie-or-bearer scheme picks the bearer token whenever the
/// header is there), and a browser never adds that header to a cross-site form post.
/// </remarks>
public static partial class ImportApi
{
    private const string RowsRefused = "Ingenting importerades.";

    public static RouteGroupBuilder MapActivityImport(this RouteGroupBuilder plans)
    {
        plans.MapPost("/{id:int}/import/xlsx", ImportAsync)
            .WithName("ImportActivityPlanXlsx")
            .WithSummary("Importerar aktivitetsplanen från Excel")
            .WithDescription("Skicka filen (.xlsx, högst 5 MB) som multipart/form-data i fältet file. Kolumnerna känns igen på sina vanliga rubriker (Aktivitet/Vad ska vi göra?, Budskap, Tidpunkt/När?, Målgrupp, Kanal, Ansvarig, Tid i h, Status, Varför, Hur); andra kolumner väljs med formulärfält som map[G]=PlannedHours (Ignore för att hoppa över en kolumn). Med dryRun=true svarar den med förhandsgranskningen (ImportPreviewDto) utan att spara. Annars sparas alla rader eller ingen: 400 med problemen per rad (nycklar row5 osv.) och förhandsgranskningen. Målgrupper, kanaler och ansvariga som inte finns skapas bara med createMissing=true. Kräver rollen redaktör eller högre; med cookie krävs även antiforgery-token (fält __RequestVerificationToken eller huvudet X-CSRF-TOKEN), med bearer-token inte.")
            .Accepts<ImportForm>("multipart/form-data")
            .Produces<ImportResultDto>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithMetadata(new RequestSizeLimitAttribute(ImportModel.MaxRequestBytes));
        return plans;
    }

    /// <summary>The form, for the OpenAPI description: the file, and optional column choices map[letter]=field.</summary>
    public sealed record ImportForm(IFormFile File);

    private static async Task<IResult> ImportAsync(
        int id,
        HttpRequest request,
        AppDbContext db,
        IAntiforgery antiforgery,
        [Description("true: svara med förhandsgranskningen, spara ingenting.")] bool? dryRun,
        [Description("true: skapa målgrupper, kanaler och ansvariga som filen nämner men som inte finns.")] bool? createMissing,
        CancellationToken ct)
    {
        var importer = new ActivityImporter(db);
        var target = await importer.TargetAsync(id, ct);
        if (target is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        if (!await CommunicationAccess.CanEditPlanAsync(db, id, ct))
        {
            return TypedResults.Problem(title: "Åtkomst nekad.", detail: "Du kan läsa planen men inte importera till den (rollen redaktör eller högre krävs).", statusCode: StatusCodes.Status403Forbidden);
        }
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(title: "Fel innehållstyp.", detail: "Skicka filen som multipart/form-data i fältet file.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (request.ContentLength > ImportModel.MaxRequestBytes)
        {
            return TooLarge();
        }
        var (form, refused) = await ApiUploads.ReadFormAsync(request, ImportModel.MaxRequestBytes, antiforgery, Unreadable, TooLarge, ct);
        if (form is null)
        {
            return refused!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var choices = Choices(form, errors);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            errors["file"] = [new ImportMessage(file is null ? ImportMessages.NoFile : ImportMessages.EmptyFile).Swedish];
        }
        else if (file.Length > XlsxPackage.MaxFileBytes)
        {
            errors["file"] = [XlsxPackage.TooBig(file.Length).Swedish];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: RowsRefused);
        }

        var bytes = new byte[file!.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }
        var (preview, problem) = await ActivityImporter.PreviewAsync(target, bytes, choices, ct);
        if (preview is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [problem!.Swedish] }, title: RowsRefused);
        }
        var dto = ImportPreviewDto.Of(preview);
        if (dryRun == true)
        {
            return TypedResults.Ok(dto);
        }
        if (Refusals(preview, createMissing == true) is { Count: > 0 } refusals)
        {
            return TypedResults.ValidationProblem(refusals, title: RowsRefused,
                detail: "Rätta problemen (per rad nedan) och skicka filen igen; inget av raderna sparades.",
                extensions: new Dictionary<string, object?> { ["preview"] = dto });
        }
        var saved = await importer.SaveAsync(target, preview, ct);
        if (saved is null)
        {
            return TypedResults.Problem(title: "Planen ändrades samtidigt.", detail: new ImportMessage(ImportMessages.SavedMeanwhile).Swedish, statusCode: StatusCodes.Status409Conflict);
        }
        return TypedResults.Ok(
            new ImportResultDto(saved.Imported, ImportNamesDto.Of(saved.Created), [.. preview.Problems.Where(p => p.IsWarning).Select(ImportProblemDto.Of)]));
    }

    private static IResult Unreadable() =>
        TypedResults.Problem(title: "Förfrågan kunde inte läsas.", detail: "Skicka filen (högst 5 MB) som multipart/form-data i fältet file.", statusCode: StatusCodes.Status400BadRequest);

    private static IResult TooLarge() =>
        TypedResults.Problem(title: "Förfrågan är för stor.", detail: "Filen får vara högst 5 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Why the preview cannot be saved, keyed for the caller: "columns", "row5" (each row's errors), and the kinds of missing names.</summary>
    private static Dictionary<string, string[]> Refusals(ImportPreview preview, bool createMissing)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (preview.ColumnProblems.Count > 0)
        {
            errors["columns"] = [.. preview.ColumnProblems.Select(m => m.Swedish)];
        }
        foreach (var row in preview.Rows.Where(r => r.HasErrors))
        {
            errors[string.Create(CultureInfo.InvariantCulture, $"row{row.Row}")] = [.. row.Problems.Where(p => !p.IsWarning).Select(p => p.Message.Swedish)];
        }
        if (!createMissing)
        {
            const string hint = " Skicka createMissing=true för att skapa dem, eller rätta namnen i filen.";
            if (preview.Missing.TargetGroups.Count > 0)
            {
                errors["targetGroups"] = [new ImportMessage(ImportMessages.MissingGroups, string.Join(", ", preview.Missing.TargetGroups)).Swedish + hint];
            }
            if (preview.Missing.Channels.Count > 0)
            {
                errors["channels"] = [new ImportMessage(ImportMessages.MissingChannels, string.Join(", ", preview.Missing.Channels)).Swedish + hint];
            }
            if (preview.Missing.People.Count > 0)
            {
                errors["responsible"] = [new ImportMessage(ImportMessages.MissingPeople, string.Join(", ", preview.Missing.People)).Swedish + hint];
            }
        }
        if (preview.Rows.Count == 0 && errors.Count == 0)
        {
            errors["file"] = [new ImportMessage(ImportMessages.NoRows, preview.SheetName).Swedish];
        }
        return errors;
    }

    /// <summary>Column choices from fields map[G]=PlannedHours (or map.G, or a column number); a wrong one is an error.</summary>
    private static Dictionary<int, ImportField> Choices(IFormCollection form, Dictionary<string, string[]> errors)
    {
        var choices = new Dictionary<int, ImportField>();
        foreach (var (key, value) in form)
        {
            if (ChoiceKey().Match(key) is not { Success: true } match)
            {
                continue;
            }
            var column = match.Groups["c"].Value;
            var number = int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : XLHelper.IsValidColumn(column.ToUpperInvariant()) ? XLHelper.GetColumnNumberFromLetter(column.ToUpperInvariant()) : 0;
            if (number is < 1 or > XLHelper.MaxColumnNumber)
            {
                errors[key] = [$"Okänd kolumn \"{column}\": ange kolumnens bokstav, t.ex. map[G]."];
            }
            else if (!Enum.TryParse<ImportField>(value.ToString(), ignoreCase: true, out var field) || !Enum.IsDefined(field) || int.TryParse(value.ToString(), out _))
            {
                errors[key] = [$"Okänt fält \"{value}\". Giltiga värden: {string.Join(", ", Enum.GetNames<ImportField>())}."];
            }
            else
            {
                choices[number] = field;
            }
        }
        return choices;
    }

    [GeneratedRegex(@"^map(?:\[(?<c>[A-Za-z]{1,3}|\d{1,5})\]|\.(?<c>[A-Za-z]{1,3}|\d{1,5}))$")]
    private static partial Regex ChoiceKey();
}
