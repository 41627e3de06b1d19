using Kommunpilot.Features.Communication.Import;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// Import of measurements from Excel (<c>/projekt/{id}/matvarden/import</c>), for editors: upload a file laid
/// out like the export, look at the preview (every row: new, update of a stored value, unchanged, or its
/// problems), then import all rows or none. Between the steps the file waits in the activity import's
/// <see cref="ImportUploads"/> (a random id only this user can use, 30 minutes), keyed by the negative
/// project id so that it never meets a communication plan's upload of the same number. Confirming checks
/// the file again against the data as it is then.
/// </summary>
[RequestSizeLimit(ImportModel.PageMaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportModel.PageMaxRequestBytes)]
public class MeasurementImportModel(AppDbContext db, IStringLocalizer<MeasurementTexts> l, TimeProvider clock) : MeasurementPageModel(db, l, clock)
{
    /// <summary>The most rows the preview lists (every problem is listed whatever the count).</summary>
    public const int ShownRows = 300;

    public MeasurementMessage? FileProblem { get; private set; }

    public MeasurementMessage? Refusal { get; private set; }

    public ImportPreview? Preview { get; private set; }

    public string? UploadId { get; private set; }

    public string? FileName { get; private set; }

    protected override string? Heading => L["Importera mätvärden från Excel"];

    private ImportUploads Uploads => ImportUploads.For(HttpContext.RequestServices);

    private string UserId => Db.CurrentUser.UserId ?? "";

    /// <summary>The uploads are keyed by plan id elsewhere; a project's are negative.</summary>
    private static int UploadKey(int projectId) => -projectId;

    public async Task<IActionResult> OnGetAsync(int projectId, string? fil)
    {
        if (await OpenAsync(projectId, edit: false) is { } denied)
        {
            return denied;
        }
        if (!CanEdit || fil is null)
        {
            return Page();
        }
        return await ShowPreviewAsync(projectId, fil);
    }

    public async Task<IActionResult> OnPostUploadAsync(int projectId, IFormFile? file)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        if (file is null || file.Length == 0)
        {
            FileProblem = new(file is null ? MeasurementMessages.NoFile : MeasurementMessages.EmptyFile);
            return Page();
        }
        if (file.Length > XlsxPackage.MaxFileBytes)
        {
            FileProblem = new(MeasurementMessages.TooBig, file.Length / (1024.0 * 1024.0));
            return Page();
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, Aborted);
        }
        var (_, rows, problem) = await MeasurementWorkbook.ReadAsync(bytes, Aborted);
        if (rows is null)
        {
            FileProblem = problem;
            return Page();
        }
        var id = await Uploads.SaveAsync(bytes, UserId, UploadKey(projectId), file.FileName, Aborted);
        if (id is null)
        {
            FileProblem = new(MeasurementMessages.Busy);
            return Page();
        }
        return Redirect($"{ImportUrl}?fil={id}");
    }

    /// <summary>"Importera": checks the file again against the data as it is now, then saves all rows or none.</summary>
    public async Task<IActionResult> OnPostImportAsync(int projectId, string? fil)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        var shown = await ShowPreviewAsync(projectId, fil);
        if (Preview is null)
        {
            return shown;
        }
        if (!Preview.CanImport)
        {
            Refusal = new(MeasurementMessages.HasErrors);
            return shown;
        }
        var saved = await MeasurementImport.SaveAsync(Db, projectId, Preview, Clock, Aborted);
        if (saved is null)
        {
            Refusal = new(MeasurementMessages.SavedMeanwhile);
            return await ShowPreviewAsync(projectId, fil);
        }
        Uploads.Delete(UploadId!);
        Message = L["Importen är klar: {0} nya värden, {1} ändrade, {2} oförändrade.", saved.Value.New, saved.Value.Updated, Preview.Unchanged];
        return Redirect(ListUrl);
    }

    private async Task<IActionResult> ShowPreviewAsync(int projectId, string? id)
    {
        var upload = await Uploads.LoadAsync(id, UserId, UploadKey(projectId), Aborted);
        if (upload is null)
        {
            FileProblem = new(MeasurementMessages.UploadGone);
            return Page();
        }
        UploadId = upload.Id;
        FileName = upload.FileName;
        (Preview, FileProblem) = await MeasurementImport.PreviewAsync(Db, Project, upload.Bytes, Aborted);
        return Page();
    }
}
