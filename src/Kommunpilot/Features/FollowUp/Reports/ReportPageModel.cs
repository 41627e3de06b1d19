using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>A report as its pages need it: what it is, its state and its version.</summary>
public sealed record ReportHead(
    int Id, int ProjectId, ReportKind Kind, int Number, string? Title, ReportStatus Status, Guid Version, DateOnly DueDate, string? AdoptedBy, DateOnly? AdoptedOn)
{
    public string Name => ReportTemplates.NameOf(Kind, Number, Title);

    public string Url => $"/rapporter/{Id}";
}

/// <summary>
/// What the report pages share: the report (404 when it does not exist or is another tenant's), the
/// follow-up navigation, whether the caller may change it, and the message after a change.
/// </summary>
public abstract class ReportPageModel(AppDbContext db, IStringLocalizer<ReportTexts> texts) : PageModel
{
    protected AppDbContext Db => db;

    protected IStringLocalizer<ReportTexts> L => texts;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    public ReportHead Report { get; private set; } = null!;

    public FollowUpNav Nav { get; protected set; } = null!;

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Loads the report and the navigation (heading <paramref name="heading"/> under the report's name); null when all is well, else 404.</summary>
    protected async Task<IActionResult?> OpenAsync(int reportId, string? heading = null)
    {
        var report = await db.ProjectReports.AsNoTracking().Where(r => r.Id == reportId)
            .Select(r => new ReportHead(r.Id, r.ProjectId, r.Kind, r.Number, r.Title, r.Status, r.Version, r.DueDate, r.AdoptedBy, r.AdoptedOn))
            .SingleOrDefaultAsync(Aborted);
        if (report is null)
        {
            return NotFound();
        }
        var nav = await FollowUpNav.LoadAsync(db, report.ProjectId, FollowUpSection.Reports, heading ?? report.Name, Aborted);
        if (nav is null)
        {
            return NotFound();
        }
        Report = report;
        Nav = heading is null ? nav : nav with { Trail = [(report.Name, report.Url)] };
        CanEdit = await FollowUpAccess.CanEditProjectAsync(db, report.ProjectId, Aborted);
        return null;
    }

    /// <summary>The status code and page for a change the caller may not make or the report no longer allows.</summary>
    protected IActionResult Refused(int status)
    {
        Response.StatusCode = status;
        return Page();
    }
}

/// <summary>A section's data blocks for <c>_ReportBlocks</c>; <see cref="Prefix"/> keeps the charts' ids unique on the page.</summary>
public sealed record ReportBlocksView(IReadOnlyList<ReportBlock> Blocks, string Prefix);
