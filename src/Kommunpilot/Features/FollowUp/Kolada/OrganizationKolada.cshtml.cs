using Kommunpilot.Features.Communication.Import;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>
/// An organisation's Kolada page (<c>/organisation/{id}/kolada</c>): its municipality's id in Kolada, the
/// import of Kolada's JSON (upload, preview, then all or nothing) and what it has imported, per KPI, with
/// delete. Members read it; editors (and up) change it. Between the preview and the import the file waits
/// in an <see cref="ImportUploads"/> folder of its own, named by a random id only this user can use.
/// </summary>
[RequestSizeLimit(PageMaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = PageMaxRequestBytes)]
public class OrganizationKoladaModel(AppDbContext db, IStringLocalizer<KoladaTexts> l) : PageModel
{
    /// <summary>Read up to 30 MB (buffered on disk) so that a file of some MB too many is told its size, not shown an error page.</summary>
    public const long PageMaxRequestBytes = 30 * 1024 * 1024;

    private const string StatusKey = "KoladaStatus";

    public int OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public string? MunicipalityId { get; private set; }

    public bool CanEdit { get; private set; }

    public bool IsAdministrator { get; private set; }

    [BindProperty]
    public MunicipalityInput Input { get; set; } = new();

    public Conflict? Conflict { get; private set; }

    public KoladaMessage? FileProblem { get; private set; }

    public KoladaImportSummary? Preview { get; private set; }

    public string? UploadId { get; private set; }

    public string? FileName { get; private set; }

    public IReadOnlyList<KoladaImportedKpi> Imported { get; private set; } = [];

    /// <summary>The KPI the user asked to delete, waiting for the confirmation.</summary>
    public KoladaImportedKpi? ConfirmDelete { get; private set; }

    public string PageUrl => $"/organisation/{OrganizationId}/kolada";

    public IReadOnlyDictionary<string, string> ConflictLabels => new Dictionary<string, string>
    {
        ["KoladaMunicipalityId"] = l["Kommun eller region i Kolada"],
        ["Name"] = l["Organisationens namn"],
        ["Kind"] = l["Typ av organisation"],
        ["ParentOrganizationId"] = l["Kommunalförbund"],
    };

    private CancellationToken Aborted => HttpContext.RequestAborted;

    private string UserId => db.CurrentUser.UserId ?? "";

    private ImportUploads Uploads
    {
        get
        {
            var configured = HttpContext.RequestServices.GetRequiredService<IConfiguration>()["Import:Folder"];
            var folder = string.IsNullOrWhiteSpace(configured) ? Path.Combine(Path.GetTempPath(), "kommunpilot-kolada") : Path.Combine(configured, "kolada");
            return new ImportUploads(folder, HttpContext.RequestServices.GetRequiredService<TimeProvider>());
        }
    }

    public async Task<IActionResult> OnGetAsync(int id, string? fil, string? taBort)
    {
        if (await OpenAsync(id) is { } missing)
        {
            return missing;
        }
        await LoadAsync(fillForm: true);
        if (CanEdit && taBort is not null)
        {
            ConfirmDelete = Imported.FirstOrDefault(k => k.KpiId == taBort);
        }
        if (CanEdit && fil is not null)
        {
            await ShowPreviewAsync(fil);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostMunicipalityAsync(int id)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var chosen = KoladaPlaces.Normalize(Input.MunicipalityId);
        if (chosen.Length > 0 && !KoladaPlaces.IsMunicipalityOrRegion(chosen))
        {
            ModelState.AddModelError("Input.MunicipalityId", l["\"{0}\" är inte en kommun eller region i Kolada. Välj kommunen (kommunkod med fyra siffror, t.ex. 1281 Lund) eller regionen (t.ex. 0012 Region Skåne).", Input.MunicipalityId ?? ""]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(fillForm: false);
            return Page();
        }
        var org = await db.Organizations.SingleAsync(o => o.Id == id, Aborted);
        db.ExpectVersion(org, Input.Version);
        org.KoladaMunicipalityId = chosen.Length == 0 ? null : chosen;
        try
        {
            await db.SaveChangesAsync(Aborted);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, Aborted);
            if (conflict.CurrentVersion is { } current)
            {
                Input.Version = current;
                ModelState.Remove("Input.Version");
            }
            Conflict = conflict with
            {
                Fields = [.. conflict.Fields.Select(f => f.Name == nameof(org.KoladaMunicipalityId) ? f with { Mine = KoladaPlaces.Describe(f.Mine), Theirs = KoladaPlaces.Describe(f.Theirs) } : f)],
            };
            db.ChangeTracker.Clear();
            await LoadAsync(fillForm: false);
            return Page();
        }
        TempData[StatusKey] = chosen.Length == 0
            ? l["Kommun i Kolada är borttagen."].Value
            : l["Organisationen är nu {0} i Kolada.", KoladaPlaces.Describe(chosen)].Value;
        return LocalRedirect(PageUrl);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        if (file is null || file.Length == 0)
        {
            return await Refuse(new(file is null ? KoladaMessages.NoFile : KoladaMessages.EmptyFile));
        }
        if (file.Length > KoladaFile.MaxFileBytes)
        {
            return await Refuse(KoladaMessages.TooBigFor(file.Length));
        }
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, Aborted);
        }
        var (figures, problem, _) = KoladaImport.Check(bytes);
        if (figures is null)
        {
            return await Refuse(problem!);
        }
        var upload = await Uploads.SaveAsync(bytes, UserId, id, file.FileName, Aborted);
        if (upload is null)
        {
            return await Refuse(new(KoladaMessages.Busy));
        }
        return Redirect($"{PageUrl}?fil={upload}");
    }

    public async Task<IActionResult> OnPostImportAsync(int id, string? fil)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var upload = await Uploads.LoadAsync(fil, UserId, id, Aborted);
        if (upload is null)
        {
            return await Refuse(new(KoladaMessages.UploadGone));
        }
        var (figures, problem, _) = KoladaImport.Check(upload.Bytes);
        if (figures is null)
        {
            return await Refuse(problem!);
        }
        var saved = await KoladaImport.SaveAsync(db, id, figures, upload.FileName, Aborted);
        if (saved is null)
        {
            await LoadAsync(fillForm: true);
            await ShowPreviewAsync(upload.Id);
            FileProblem = new(KoladaMessages.SavedMeanwhile);
            return Page();
        }
        Uploads.Delete(upload.Id);
        TempData[StatusKey] = l["Importen är klar: {0} värden för {1} ({2} nya, {3} ersatte tidigare importerade).",
            saved.Values, string.Join(", ", saved.Kpis.Select(k => k.KpiId)), saved.New, saved.Updated].Value;
        return LocalRedirect(PageUrl);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, string? kpi)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var removed = string.IsNullOrWhiteSpace(kpi) ? 0 : await KoladaImport.DeleteKpiAsync(db, id, kpi, Aborted);
        TempData[StatusKey] = removed == 0
            ? l["Det fanns inga värden att ta bort för {0}.", kpi ?? ""].Value
            : l["{0} värden för {1} är borttagna.", removed, kpi!].Value;
        return LocalRedirect(PageUrl);
    }

    public string? Status => TempData[StatusKey] as string;

    private async Task<IActionResult?> OpenAsync(int id, bool edit = false)
    {
        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Name }).SingleOrDefaultAsync(Aborted);
        if (org is null)
        {
            return NotFound();
        }
        (OrganizationId, OrganizationName) = (id, org.Name);
        CanEdit = FollowUpAccess.CanEditOrganization(db, id);
        IsAdministrator = db.CurrentUser.HasRole(id, OrganizationRole.Administrator);
        return edit && !CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }

    private async Task LoadAsync(bool fillForm)
    {
        var org = await db.Organizations.AsNoTracking().Where(o => o.Id == OrganizationId)
            .Select(o => new { o.KoladaMunicipalityId, o.Version }).SingleAsync(Aborted);
        MunicipalityId = string.IsNullOrWhiteSpace(org.KoladaMunicipalityId) ? null : org.KoladaMunicipalityId;
        if (fillForm)
        {
            Input = new MunicipalityInput { MunicipalityId = MunicipalityId, Version = org.Version };
        }
        Imported = await KoladaImported.ListAsync(db, OrganizationId, Aborted);
    }

    private async Task ShowPreviewAsync(string id)
    {
        var upload = await Uploads.LoadAsync(id, UserId, OrganizationId, Aborted);
        if (upload is null)
        {
            FileProblem = new(KoladaMessages.UploadGone);
            return;
        }
        var (figures, problem, _) = KoladaImport.Check(upload.Bytes);
        if (figures is null)
        {
            FileProblem = problem;
            return;
        }
        UploadId = upload.Id;
        FileName = upload.FileName;
        Preview = await KoladaImport.PreviewAsync(db, OrganizationId, figures, Aborted);
    }

    private async Task<IActionResult> Refuse(KoladaMessage problem)
    {
        FileProblem = problem;
        await LoadAsync(fillForm: true);
        return Page();
    }
}

/// <summary>The organisation's id in Kolada, and the version of the organisation the form was loaded with.</summary>
public sealed class MunicipalityInput
{
    public string? MunicipalityId { get; set; }

    public Guid Version { get; set; }
}
