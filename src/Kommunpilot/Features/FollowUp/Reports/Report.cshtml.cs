using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>A section as stored, for its edit link and its place in the order.</summary>
public sealed record ReportSectionRow(int Id, string Key, string Title, Guid Version);

/// <summary>
/// <c>/rapporter/{reportId}</c>: the report as it reads. An adopted report is its snapshot, exactly as
/// adopted. A planned report shows what its template would hold and offers "Starta utkast"; a draft
/// offers each section's text to edit, ordering, sections of one's own and "Fastställ".
/// </summary>
public sealed class ReportModel(AppDbContext db, IStringLocalizer<ReportTexts> l, ReportContents contents, ReportEditing editing) : ReportPageModel(db, l)
{
    public ReportContent Body { get; private set; } = null!;

    /// <summary>The draft's sections as stored, in the order of <see cref="Body"/>'s; empty unless the draft may be edited.</summary>
    public IReadOnlyList<ReportSectionRow> Sections { get; private set; } = [];

    /// <summary>Why the last change did not go through.</summary>
    public string? Problem { get; private set; }

    public NewSectionInput NewSection { get; private set; } = new();

    public bool Editable => CanEdit && Report.Status == ReportStatus.Draft;

    public async Task<IActionResult> OnGetAsync(int reportId) =>
        await OpenAsync(reportId) ?? await ShowAsync();

    public async Task<IActionResult> OnPostStartDraftAsync(int reportId, Guid? version)
    {
        if (await OpenAsync(reportId) is { } missing)
        {
            return missing;
        }
        var result = await editing.StartDraftAsync(reportId, version ?? Guid.Empty, Aborted);
        return result.Outcome switch
        {
            ReportOutcome.Done => Done(L["Utkastet är startat. Skriv texterna i avsnitten och fastställ sedan rapporten."]),
            ReportOutcome.AlreadyStarted => Done(L["Utkastet var redan startat."]),
            _ => await RefuseAsync(result),
        };
    }

    public async Task<IActionResult> OnPostMoveAsync(int reportId, int sectionId, bool up, Guid? version)
    {
        if (await OpenAsync(reportId) is { } missing)
        {
            return missing;
        }
        var result = await editing.MoveSectionAsync(reportId, sectionId, up, version ?? Guid.Empty, Aborted);
        return result.Outcome == ReportOutcome.Done
            ? RedirectToPage(null, null, new { reportId }, $"section-{sectionId}")
            : await RefuseAsync(result);
    }

    public async Task<IActionResult> OnPostAddSectionAsync(int reportId, [Bind(Prefix = nameof(NewSection))] NewSectionInput input)
    {
        if (await OpenAsync(reportId) is { } missing)
        {
            return missing;
        }
        NewSection = input;
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var result = await editing.AddSectionAsync(reportId, input.Title!.Trim(), ReportsApi.CleanText(input.Text), Aborted);
        if (result.Outcome != ReportOutcome.Done)
        {
            return await RefuseAsync(result);
        }
        Message = L["Avsnittet {0} är tillagt.", input.Title.Trim()];
        return RedirectToPage(null, null, new { reportId }, $"section-{result.Id}");
    }

    private IActionResult Done(string message)
    {
        Message = message;
        return RedirectToPage(null, null, new { reportId = Report.Id }, "main");
    }

    private async Task<IActionResult> RefuseAsync(ReportResult result)
    {
        if (result.Outcome == ReportOutcome.NotFound)
        {
            return NotFound();
        }
        if (await OpenAsync(Report.Id) is { } gone)
        {
            return gone;
        }
        Problem = result.Outcome switch
        {
            ReportOutcome.Forbidden => L["Du får läsa projektets rapporter men inte ändra dem."],
            ReportOutcome.Adopted => L["Rapporten är fastställd och kan inte ändras."],
            ReportOutcome.NotDraft => L["Starta utkastet först."],
            _ => L["Någon annan har ändrat rapporten medan du hade sidan öppen. Ingenting har ändrats. Sidan visar nu rapporten som den är sparad; gör om ändringen om den fortfarande behövs."],
        };
        var page = await ShowAsync();
        Response.StatusCode = result.Outcome switch
        {
            ReportOutcome.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        return page;
    }

    private async Task<IActionResult> ShowAsync()
    {
        var content = await contents.LoadAsync(Report.Id, Aborted);
        if (content is null)
        {
            return NotFound();
        }
        Body = content;
        Nav = Nav with { Heading = content.Title };
        if (Editable)
        {
            var rows = await Db.ReportSections.AsNoTracking().Where(s => s.ReportId == Report.Id).OrderBy(s => s.Order).ThenBy(s => s.Id)
                .Select(s => new ReportSectionRow(s.Id, s.Key, s.Title, s.Version)).ToListAsync(Aborted);
            Sections = rows.Count == content.Sections.Count ? rows : [];
        }
        return Page();
    }
}
