using System.Globalization;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// Every report the caller can see that is late or due soon, across projects (<c>/uppfoljning</c>):
/// filtered by organisation, kind and what to show, sorted by due date, paged at 50. The filter on
/// status and due date runs in the database on the (Status, DueDate) index. A filter value that makes
/// no sense is ignored and said so, never an error.
/// </summary>
public class OverviewModel(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;
    public const int MaxDays = 366;

    /// <summary>What to show: late and due within N days (default), only late, only due within N days, every coming one.</summary>
    public static readonly string[] Shows = ["forsenade-och-snart", "forsenade", "snart", "kommande"];

    public sealed record Row(int Id, int ProjectId, string Project, ReportKind Kind, int Number, string? Title, string? Occasion, DateOnly? PerDate, DateOnly DueDate, ReportStatus Status);

    public sealed record OrganizationChoice(int Id, string Name, bool CanEdit);

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? OrganizationParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? KindParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "visa")]
    public string? ShowParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "dagar")]
    public string? DaysParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public string? PageParam { get; set; }

    public int? OrganizationId { get; private set; }
    public ReportKind? Kind { get; private set; }
    public string Show { get; private set; } = Shows[0];
    public int Days { get; private set; } = ReportDue.SoonDays;
    public DateOnly Today { get; private set; }
    public List<OrganizationChoice> Organizations { get; private set; } = [];
    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public List<string> Notices { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = ReportDue.Today(clock);
        Organizations = [.. (await db.Organizations.AsNoTracking()
                .Select(o => new { o.Id, o.Name })
                .ToListAsync(ct))
            .OrderBy(o => o.Name, StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), true))
            .Select(o => new OrganizationChoice(o.Id, o.Name, FollowUpAccess.CanEditOrganization(db, o.Id)))];
        ReadFilters();

        var today = Today;
        var until = today.AddDays(Days);
        var reports = db.ProjectReports.AsNoTracking().Where(r => r.Status != ReportStatus.Adopted);
        reports = Show switch
        {
            "forsenade" => reports.Where(r => r.DueDate < today),
            "snart" => reports.Where(r => r.DueDate >= today && r.DueDate <= until),
            "kommande" => reports.Where(r => r.DueDate >= today),
            _ => reports.Where(r => r.DueDate <= until),
        };
        if (OrganizationId is { } org)
        {
            reports = reports.Where(r => db.ProjectOwners.Any(o => o.ProjectId == r.ProjectId && o.OrganizationId == org));
        }
        if (Kind is { } kind)
        {
            reports = reports.Where(r => r.Kind == kind);
        }
        var total = await reports.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var requested = Paging.Requested(PageParam, out var validPage);
        if (!validPage)
        {
            Notices.Add(l["Sidnumret {0} finns inte; första sidan visas.", PageParam!]);
        }
        Paging = new Paging(Math.Clamp(requested, 1, pageCount), pageCount, total, PageUrl);
        Rows = await reports
            .OrderBy(r => r.DueDate).ThenBy(r => r.Project.Name).ThenBy(r => r.Id)
            .Skip((Paging.Page - 1) * PageSize).Take(PageSize)
            .Select(r => new Row(r.Id, r.ProjectId, r.Project.Name, r.Kind, r.Number, r.Title,
                r.ReportingOccasion == null ? null : r.ReportingOccasion.Name, r.PeriodEnd, r.DueDate, r.Status))
            .ToListAsync(ct);
        return Page();
    }

    /// <summary>The address of a page of the list with the current filters.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (OrganizationId is { } org)
        {
            query.Add($"organisation={org}");
        }
        if (Kind is { } kind)
        {
            query.Add($"typ={kind}");
        }
        if (Show != Shows[0])
        {
            query.Add($"visa={Show}");
        }
        if (Days != ReportDue.SoonDays)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"dagar={Days}"));
        }
        if (page > 1)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"sida={page}"));
        }
        return "/uppfoljning" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    private void ReadFilters()
    {
        if (!string.IsNullOrEmpty(OrganizationParam))
        {
            if (int.TryParse(OrganizationParam, NumberStyles.None, CultureInfo.InvariantCulture, out var org) && Organizations.Any(o => o.Id == org))
            {
                OrganizationId = org;
            }
            else
            {
                Notices.Add(l["Organisationen finns inte bland dina; filtret används inte."]);
            }
        }
        if (!string.IsNullOrEmpty(KindParam))
        {
            if (Enum.TryParse<ReportKind>(KindParam, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(KindParam, out _))
            {
                Kind = kind;
            }
            else
            {
                Notices.Add(l["Rapporttypen {0} finns inte; filtret används inte.", KindParam]);
            }
        }
        if (!string.IsNullOrEmpty(ShowParam))
        {
            if (Shows.Contains(ShowParam))
            {
                Show = ShowParam;
            }
            else
            {
                Notices.Add(l["Urvalet {0} finns inte; försenade och snart förfallande visas.", ShowParam]);
            }
        }
        if (!string.IsNullOrEmpty(DaysParam))
        {
            if (int.TryParse(DaysParam, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxDays)
            {
                Days = days;
            }
            else
            {
                Notices.Add(l["Antalet dagar ska vara mellan 1 och {0}; {1} dagar används.", MaxDays, ReportDue.SoonDays]);
            }
        }
    }
}
