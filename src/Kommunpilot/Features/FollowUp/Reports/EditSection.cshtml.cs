using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// <c>/rapporter/{reportId}/avsnitt/{sectionId}</c>: a draft's section text (and the title of a section of
/// one's own), saved against the version the form was loaded with; a conflict shows both versions and
/// keeps what was typed. A section of one's own can be deleted (<c>?ta-bort=true</c> asks first). An
/// adopted report's sections cannot change (403 with a clear message); readers get 403.
/// </summary>
public sealed class EditSectionModel(AppDbContext db, IStringLocalizer<ReportTexts> l, ReportEditing editing, ReportContents contents) : ReportPageModel(db, l)
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();

    /// <summary>The section as stored.</summary>
    public ReportSectionRow Section { get; private set; } = null!;

    public bool IsCustom => Section.Key == ReportSectionKeys.Custom;

    /// <summary>Why the section cannot be edited (adopted, or only read); the page then has no form.</summary>
    public string? Locked { get; private set; }

    public Conflict? Conflict { get; private set; }

    public bool ConfirmDelete { get; private set; }

    /// <summary>The section's data part as the report shows it now, for reference while writing.</summary>
    public IReadOnlyList<ReportBlock> Blocks { get; private set; } = [];

    public IReadOnlyDictionary<string, string> ConflictLabels => new Dictionary<string, string>
    {
        [nameof(ReportSection.Title)] = L["Rubrik"],
        [nameof(ReportSection.Text)] = L["Text"],
    };

    public async Task<IActionResult> OnGetAsync(int reportId, int sectionId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await OpenSectionAsync(reportId, sectionId) is { } answer)
        {
            return answer;
        }
        Input = new SectionInput { Title = Section.Title, Text = await StoredTextAsync(), Version = Section.Version };
        ConfirmDelete = confirmDelete && IsCustom;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(int reportId, int sectionId)
    {
        if (await OpenSectionAsync(reportId, sectionId) is { } answer)
        {
            return answer;
        }
        if (IsCustom && string.IsNullOrWhiteSpace(Input.Title))
        {
            ModelState.AddModelError("Input.Title", L["Ange avsnittets rubrik."]);
        }
        if (Input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var title = IsCustom ? Input.Title!.Trim() : null;
        var result = await editing.SaveSectionAsync(reportId, sectionId, title, ReportsApi.CleanText(Input.Text), Input.Version!.Value, Aborted);
        if (result.Outcome == ReportOutcome.Done)
        {
            Message = L["Avsnittet {0} är sparat.", title ?? Section.Title];
            return RedirectToPage("Report", null, new { reportId }, $"section-{sectionId}");
        }
        return await RefuseAsync(result);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int reportId, int sectionId)
    {
        if (await OpenSectionAsync(reportId, sectionId) is { } answer)
        {
            return answer;
        }
        ConfirmDelete = true;
        ModelState.Clear();
        var result = await editing.DeleteSectionAsync(reportId, sectionId, Input.Version ?? Guid.Empty, Aborted);
        if (result.Outcome == ReportOutcome.Done)
        {
            Message = L["Avsnittet {0} är borttaget.", Section.Title];
            return RedirectToPage("Report", null, new { reportId }, "main");
        }
        return await RefuseAsync(result);
    }

    /// <summary>The report and section (404 when either is missing or another tenant's); 403 for a reader or an adopted report.</summary>
    private async Task<IActionResult?> OpenSectionAsync(int reportId, int sectionId)
    {
        var section = await Db.ReportSections.AsNoTracking().Where(s => s.Id == sectionId && s.ReportId == reportId)
            .Select(s => new ReportSectionRow(s.Id, s.Key, s.Title, s.Version)).SingleOrDefaultAsync(Aborted);
        if (section is null)
        {
            return NotFound();
        }
        Section = section;
        if (await OpenAsync(reportId, L["Redigera avsnitt: {0}", section.Title]) is { } missing)
        {
            return missing;
        }
        if (!CanEdit)
        {
            Locked = L["Du får läsa projektets rapporter men inte ändra dem."];
            return Refused(StatusCodes.Status403Forbidden);
        }
        if (Report.Status == ReportStatus.Adopted)
        {
            Locked = L["Rapporten är fastställd och kan inte ändras. Den visas som den fastställdes."];
            return Refused(StatusCodes.Status403Forbidden);
        }
        return null;
    }

    private Task<string?> StoredTextAsync() =>
        Db.ReportSections.AsNoTracking().Where(s => s.Id == Section.Id).Select(s => s.Text).SingleOrDefaultAsync(Aborted);

    private async Task<IActionResult> RefuseAsync(ReportResult result)
    {
        switch (result.Outcome)
        {
            case ReportOutcome.NotFound:
                // Deleted meanwhile: say so, keep what was typed.
                Conflict = new Conflict(true, [], null);
                break;
            case ReportOutcome.Adopted:
                Locked = L["Rapporten är fastställd och kan inte ändras. Den visas som den fastställdes."];
                return Refused(StatusCodes.Status403Forbidden);
            case ReportOutcome.Forbidden:
                Locked = L["Du får läsa projektets rapporter men inte ändra dem."];
                return Refused(StatusCodes.Status403Forbidden);
            case ReportOutcome.NotCustom:
                ModelState.AddModelError("", L["Bara avsnitt som lagts till kan tas bort eller byta rubrik."]);
                break;
            default:
                Conflict = result.Conflict ?? new Conflict(false, [], null);
                Input.Version = Conflict.CurrentVersion ?? Input.Version;
                ModelState.Remove("Input.Version");
                break;
        }
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var content = await contents.LoadAsync(Report.Id, Aborted);
        var index = await Db.ReportSections.AsNoTracking().Where(s => s.ReportId == Report.Id)
            .OrderBy(s => s.Order).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(Aborted);
        var at = index.IndexOf(Section.Id);
        if (content is not null && at >= 0 && at < content.Sections.Count)
        {
            Blocks = content.Sections[at].Blocks;
        }
        return Page();
    }
}
