using System.Globalization;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// The project register: every project of the caller's organisations, searched, filtered, sorted and
/// paged through the query string (a plain GET form, so it works without JavaScript). A filter value
/// that makes no sense is ignored and said so, never an error.
/// </summary>
public class IndexModel(AppDbContext db, IStringLocalizer<ProjectTexts> l) : PageModel
{
    public const int SearchMax = 200;

    public sealed record Row(int Id, string? Code, string Name, bool IsDemo, ProjectStatus Status,
        DateOnly? Start, DateOnly? End, IReadOnlyList<string> Organizations, int PilotSites);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? OrganizationParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "program")]
    public string? ProgrammeParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public string? PageParam { get; set; }

    public int? OrganizationId { get; private set; }
    public ProjectStatus? Status { get; private set; }
    public int? ProgrammeId { get; private set; }
    public bool ByUpdated { get; private set; }

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public List<string> Notices { get; } = [];
    public List<Choice> Organizations { get; private set; } = [];
    public List<ChoiceGroup> Programmes { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public bool Filtered => !string.IsNullOrEmpty(Query) || OrganizationId is not null || Status is not null || ProgrammeId is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organizations = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(ct);
        var choices = await ProjectChoices.LoadAsync(db, [.. Organizations.Select(o => o.Id)], ct);
        Programmes = [.. choices.Programmes];
        CanCreate = db.CurrentUser.Roles.Values.Any(r => r >= OrganizationRole.ProjectLeader);
        ReadFilters();

        var projects = db.Projects.AsNoTracking();
        if (!string.IsNullOrEmpty(Query))
        {
            var term = Query;
            var lower = term.ToLowerInvariant();
            projects = projects.Where(p =>
                p.Name.Contains(term) || p.Name.ToLower().Contains(lower)
                || (p.Code != null && p.Code.ToLower().Contains(lower))
                || (p.Header.RegistrationNumber != null && p.Header.RegistrationNumber.ToLower().Contains(lower)));
        }
        if (OrganizationId is { } org)
        {
            projects = projects.Where(p => p.Owners.Any(o => o.OrganizationId == org));
        }
        if (Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }
        if (ProgrammeId is { } programme)
        {
            projects = projects.Where(p => p.ProgrammeId == programme);
        }

        var total = await projects.CountAsync(ct);
        var requested = Paging.Requested(PageParam, out var validPage);
        if (!validPage)
        {
            Notices.Add(l["Sidnumret {0} finns inte; första sidan visas.", PageParam!]);
        }
        Paging = Paging.For(requested, total, PageUrl);

        var ordered = ByUpdated
            ? projects.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id)
            : projects.OrderBy(p => p.Name).ThenBy(p => p.Id);
        var rows = await ordered
            .Skip(Paging.Skip)
            .Take(Paging.Size)
            .Select(p => new
            {
                p.Id,
                p.Code,
                p.Name,
                p.IsDemo,
                p.Status,
                p.StartDate,
                p.EndDate,
                p.OrganizationId,
                Owners = p.Owners.Select(o => o.OrganizationId).ToList(),
                PilotSites = p.PilotSites.Count(),
            })
            .ToListAsync(ct);
        // Owners are named from the caller's own organisations; one it does not belong to stays unnamed.
        var names = Organizations.ToDictionary(o => o.Id, o => o.Name);
        Rows = [.. rows.Select(r => new Row(r.Id, r.Code, r.Name, r.IsDemo, r.Status, r.StartDate, r.EndDate,
            [.. r.Owners.OrderBy(o => o != r.OrganizationId).ThenBy(o => names.GetValueOrDefault(o))
                .Select(o => names.GetValueOrDefault(o) ?? l["annan organisation"].Value)],
            r.PilotSites))];
    }

    private void ReadFilters()
    {
        if (Query is { Length: > SearchMax })
        {
            Query = Query[..SearchMax];
        }
        Query = Query?.Trim();
        if (!string.IsNullOrEmpty(OrganizationParam))
        {
            if (int.TryParse(OrganizationParam, NumberStyles.Integer, CultureInfo.InvariantCulture, out var org) && Organizations.Any(o => o.Id == org))
            {
                OrganizationId = org;
            }
            else
            {
                Notices.Add(l["Organisationen finns inte bland dina organisationer; filtret används inte."]);
            }
        }
        if (!string.IsNullOrEmpty(StatusParam))
        {
            if (Enum.TryParse<ProjectStatus>(StatusParam, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(StatusParam, out _))
            {
                Status = status;
            }
            else
            {
                Notices.Add(l["Statusen {0} finns inte; filtret används inte.", StatusParam]);
            }
        }
        if (!string.IsNullOrEmpty(ProgrammeParam))
        {
            if (int.TryParse(ProgrammeParam, NumberStyles.Integer, CultureInfo.InvariantCulture, out var programme) && Programmes.Any(g => g.Items.Any(c => c.Id == programme)))
            {
                ProgrammeId = programme;
            }
            else
            {
                Notices.Add(l["Programmet finns inte bland dina organisationers program; filtret används inte."]);
            }
        }
        ByUpdated = Sort == "uppdaterad";
        if (!string.IsNullOrEmpty(Sort) && Sort is not ("namn" or "uppdaterad"))
        {
            Notices.Add(l["Sorteringen {0} finns inte; listan sorteras på namn.", Sort]);
        }
    }

    /// <summary>The address of this list as it is, on another page or sorted another way.</summary>
    public string PageUrl(int page) => Address(page, ByUpdated ? "uppdaterad" : null);

    public string SortUrl(bool byUpdated) => Address(1, byUpdated ? "uppdaterad" : null);

    private string Address(int page, string? sort)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(new(key, value));
            }
        }
        Add("q", Query);
        Add("organisation", OrganizationId?.ToString(CultureInfo.InvariantCulture));
        Add("status", Status?.ToString());
        Add("program", ProgrammeId?.ToString(CultureInfo.InvariantCulture));
        Add("sort", sort);
        Add("sida", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return "/projekt" + Microsoft.AspNetCore.Http.QueryString.Create(query).ToUriComponent();
    }
}
