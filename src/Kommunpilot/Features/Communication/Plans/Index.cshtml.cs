using System.Globalization;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>
/// Every communication plan the caller can see: the projects' plans and the standing plans of
/// organisations and committees, filtered, searched and paged through the query string (a plain GET
/// form). A filter value that makes no sense is ignored and said so, never an error.
/// </summary>
public class PlanListModel(AppDbContext db, IStringLocalizer<PlanTexts> l) : PageModel
{
    public const int SearchMax = 200;
    public const string ProjectKind = "projekt";
    public const string StandingKind = "staende";

    public sealed record Row(int Id, string Title, string? Period, PlanStatus Status, bool IsDemo, int? ProjectId, string? ProjectName,
        string? OrganizationName, string? DecisionBodyName, string? DocumentVersion, string? AdoptedBy, DateOnly? AdoptedOn);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public string? OrganizationParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "typ")]
    public string? KindParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public string? PageParam { get; set; }

    public int? OrganizationId { get; private set; }
    public bool? Standing { get; private set; }
    public PlanStatus? Status { get; private set; }

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public List<string> Notices { get; } = [];
    public List<Choice> Organizations { get; private set; } = [];

    /// <summary>Organisations where the caller may start a standing plan.</summary>
    public List<Choice> StandingOrganizations { get; private set; } = [];

    public bool Filtered => !string.IsNullOrEmpty(Query) || OrganizationId is not null || Standing is not null || Status is not null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organizations = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(ct);
        StandingOrganizations = [.. Organizations.Where(o => CommunicationAccess.CanEditInOrganization(db, o.Id))];
        ReadFilters();

        var plans = PlanQueries.Filtered(db, OrganizationId, Standing, Status, Query);
        var total = await plans.CountAsync(ct);
        var requested = Paging.Requested(PageParam, out var validPage);
        if (!validPage)
        {
            Notices.Add(l["Sidnumret {0} finns inte; första sidan visas.", PageParam!]);
        }
        Paging = Paging.For(requested, total, PageUrl);
        Rows = await plans
            .OrderBy(p => p.Title).ThenBy(p => p.Id)
            .Skip(Paging.Skip)
            .Take(Paging.Size)
            .Select(p => new Row(p.Id, p.Title, p.Period, p.Status, p.IsDemo, p.ProjectId,
                db.Projects.Where(x => x.Id == p.ProjectId).Select(x => x.Name).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault(),
                db.DecisionBodies.Where(d => d.Id == p.DecisionBodyId).Select(d => d.Name).FirstOrDefault(),
                p.DocumentVersion, p.AdoptedBy, p.AdoptedOn))
            .ToListAsync(ct);
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
        Standing = KindParam switch
        {
            ProjectKind => false,
            StandingKind => true,
            _ => null,
        };
        if (!string.IsNullOrEmpty(KindParam) && Standing is null)
        {
            Notices.Add(l["Typen {0} finns inte; filtret används inte.", KindParam]);
        }
        if (!string.IsNullOrEmpty(StatusParam))
        {
            if (Enum.TryParse<PlanStatus>(StatusParam, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(StatusParam, out _))
            {
                Status = status;
            }
            else
            {
                Notices.Add(l["Statusen {0} finns inte; filtret används inte.", StatusParam]);
            }
        }
    }

    /// <summary>The address of this list as it is, on another page.</summary>
    public string PageUrl(int page)
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
        Add("typ", Standing switch { true => StandingKind, false => ProjectKind, null => null });
        Add("status", Status?.ToString());
        Add("sida", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return "/kommunikation" + QueryString.Create(query).ToUriComponent();
    }
}
