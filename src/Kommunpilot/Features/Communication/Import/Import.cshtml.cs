using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>
/// Import of an activity plan from Excel, for editors: upload the file, look at the preview (the
/// columns as recognised, every row as it will be imported with its problems, the names that will be
/// created), change the columns if needed, then import all rows or none. Nothing is saved before the
/// user confirms. Between the steps the file waits in <see cref="ImportUploads"/>, named by a random id
/// that only this user, for this plan, can use.
/// </summary>
[RequestSizeLimit(PageMaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageMaxRequestBytes)]
public class ImportModel(AppDbContext db) : PageModel
{
    /// <summary>The file (at most 5 MB) and the form around it: what the API reads at most.</summary>
    public const long MaxRequestBytes = XlsxPackage.MaxFileBytes + 512 * 1024;

    /// <summary>
    /// The page reads a request up to 30 MB (buffered on disk, never in memory) so that a person who
    /// picks a file of some MB too many gets told its size and the limit, not an error page. Only
    /// the first 5 MB are ever kept.
    /// </summary>
    public const long PageMaxRequestBytes = 30 * 1024 * 1024;

    public PlanNav Nav { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>Why the file could not be read or imported (shown by the upload field or above the preview).</summary>
    public ImportMessage? FileProblem { get; private set; }

    /// <summary>Why the import did not go ahead, above the preview.</summary>
    public IReadOnlyList<ImportMessage> Refusals { get; private set; } = [];

    public ImportPreview? Preview { get; private set; }

    /// <summary>The stored upload's id, carried by the preview's form.</summary>
    public string? UploadId { get; private set; }

    public string? FileName { get; private set; }

    public bool CreateMissing { get; private set; }

    /// <summary>After an import: how many activities and which names were created (carried over the redirect).</summary>
    [TempData]
    public string? Result { get; set; }

    public ImportResult? Done { get; private set; }

    public string ActivitiesUrl => PlanNav.UrlOf(Nav.PlanId, PlanSection.Activities);

    public string ImportUrl => PlanNav.UrlOf(Nav.PlanId, PlanSection.Import);

    private CancellationToken Aborted => HttpContext.RequestAborted;

    private string UserId => db.CurrentUser.UserId ?? "";

    private ImportUploads Uploads => ImportUploads.For(HttpContext.RequestServices);

    public async Task<IActionResult> OnGetAsync(int planId, string? fil)
    {
        if (await OpenAsync(planId) is { } missing)
        {
            return missing;
        }
        Done = ImportResult.Parse(Result);
        if (!CanEdit || fil is null || Done is not null)
        {
            return Page();
        }
        return await ShowPreviewAsync(planId, fil, choices: null);
    }

    public async Task<IActionResult> OnPostUploadAsync(int planId, IFormFile? file)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        if (file is null || file.Length == 0)
        {
            FileProblem = new(file is null ? ImportMessages.NoFile : ImportMessages.EmptyFile);
            return Page();
        }
        if (file.Length > XlsxPackage.MaxFileBytes)
        {
            FileProblem = XlsxPackage.TooBig(file.Length);
            return Page();
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, Aborted);
        }
        var (table, problem) = await ActivityPlanReader.ReadAsync(bytes, Aborted);
        if (table is null)
        {
            FileProblem = problem;
            return Page();
        }
        var id = await Uploads.SaveAsync(bytes, UserId, planId, file.FileName, Aborted);
        if (id is null)
        {
            FileProblem = new(ImportMessages.Busy);
            return Page();
        }
        return Redirect($"{ImportUrl}?fil={id}");
    }

    /// <summary>"Förhandsgranska igen" with the columns the user chose.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int planId, string? fil, Dictionary<int, ImportField>? map, bool createMissing)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        CreateMissing = createMissing;
        return await ShowPreviewAsync(planId, fil, map);
    }

    /// <summary>"Importera N aktiviteter": previews again against the plan as it is now, then saves all rows or none.</summary>
    public async Task<IActionResult> OnPostImportAsync(int planId, string? fil, Dictionary<int, ImportField>? map, bool createMissing, string? previewed)
    {
        if (await OpenAsync(planId, edit: true) is { } denied)
        {
            return denied;
        }
        CreateMissing = createMissing;
        var shown = await ShowPreviewAsync(planId, fil, map);
        if (Preview is null)
        {
            return shown;
        }
        if (previewed != Preview.MappingKey)
        {
            Refusals = [new(ImportMessages.MappingChanged)];
            return shown;
        }
        Refusals = ActivityImporter.Refusals(Preview, createMissing);
        if (Refusals.Count > 0)
        {
            return shown;
        }
        var importer = new ActivityImporter(db);
        var target = await importer.TargetAsync(planId, Aborted);
        var saved = target is null ? null : await importer.SaveAsync(target, Preview, Aborted);
        if (saved is null)
        {
            Refusals = [new(ImportMessages.SavedMeanwhile)];
            return await ShowPreviewAsync(planId, fil, map);
        }
        Uploads.Delete(UploadId!);
        Result = ImportResult.Of(saved).Serialize();
        return Redirect(ImportUrl);
    }

    private async Task<IActionResult?> OpenAsync(int planId, bool edit = false)
    {
        if (await PlanNav.LoadAsync(db, planId, PlanSection.Import, ct: Aborted) is not { } nav)
        {
            return NotFound();
        }
        Nav = nav;
        CanEdit = await CommunicationAccess.CanEditPlanAsync(db, planId, Aborted);
        return edit && !CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }

    private async Task<IActionResult> ShowPreviewAsync(int planId, string? id, IReadOnlyDictionary<int, ImportField>? choices)
    {
        var upload = await Uploads.LoadAsync(id, UserId, planId, Aborted);
        var target = await new ActivityImporter(db).TargetAsync(planId, Aborted);
        if (upload is null || target is null)
        {
            FileProblem = new(ImportMessages.UploadGone);
            return Page();
        }
        UploadId = upload.Id;
        FileName = upload.FileName;
        (Preview, FileProblem) = await ActivityImporter.PreviewAsync(target, upload.Bytes, choices, Aborted);
        return Page();
    }
}

/// <summary>What the result after an import shows: how many activities, and the names created (the first few of each kind).</summary>
public sealed record ImportResult(int Imported, IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Channels, IReadOnlyList<string> People)
{
    private const int Shown = 30;

    public static ImportResult Of(ImportSaved saved) =>
        new(saved.Imported, [.. saved.Created.TargetGroups.Take(Shown)], [.. saved.Created.Channels.Take(Shown)], [.. saved.Created.People.Take(Shown)]);

    public string Serialize() => System.Text.Json.JsonSerializer.Serialize(this);

    public static ImportResult? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ImportResult>(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
