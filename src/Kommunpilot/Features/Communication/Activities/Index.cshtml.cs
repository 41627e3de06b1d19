using System.Globalization;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// The activity plan (<c>/kommunikation/{planId}/aktiviteter</c>): the columns of the source plans
/// plus hours and status, sorted, filtered and paged through the query string (a plain GET form and
/// links, so it works without JavaScript). Filters go to the database; the text search, "late" (which
/// depends on today), the sorting and the hour totals run on the filtered rows' keys in memory, since
/// SQLite can neither sort nor sum decimals and compares only ASCII letters case-insensitively. A
/// filter value that makes no sense is ignored and said so, never an error.
/// </summary>
public class IndexModel(AppDbContext db, IStringLocalizer<ActivityTexts> l, TimeProvider clock) : ActivityPageModel(db, l, clock)
{
    public const int PageSize = 50;
    public const int SearchMax = 200;

    public static readonly string[] SortKeys = ["tidpunkt", "aktivitet", "status", "timmar"];

    /// <summary>One row of the table: the activity as the API shows it, and what the page adds.</summary>
    public sealed record Row(ActivityDto Activity, bool IsLate, string? Understood, MilestoneChoice? Milestone);

    private sealed record Key(int Id, string What, string? MessageText, string? TimingText, string? Why, string? How, string? Outcome,
        ActivityStatus Status, DateOnly? Start, DateOnly? End, decimal? PlannedHours, decimal? ActualHours, int Order);

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "malgrupp")]
    public string? TargetGroupParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "kanal")]
    public string? ChannelParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "ansvarig")]
    public string? PersonParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "forsenade")]
    public string? LateParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "otolkade")]
    public string? UnparsedParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "ordning")]
    public string? OrderParam { get; set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public string? PageParam { get; set; }

    public ActivityStatus? Status { get; private set; }
    public int? TargetGroupId { get; private set; }
    public int? ChannelId { get; private set; }
    public int? PersonId { get; private set; }
    public bool OnlyLate { get; private set; }
    public bool OnlyUnparsed { get; private set; }
    public string Sort { get; private set; } = "tidpunkt";
    public bool Descending { get; private set; }

    public ActivityChoices Choices { get; private set; } = null!;
    public string? Introduction { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int PlanCount { get; private set; }
    public decimal PlannedTotal { get; private set; }
    public decimal ActualTotal { get; private set; }
    public List<string> Notices { get; } = [];
    public DateOnly TodayInSweden { get; private set; }

    public bool Filtered => !string.IsNullOrEmpty(Query) || Status is not null || TargetGroupId is not null || ChannelId is not null
        || PersonId is not null || OnlyLate || OnlyUnparsed;

    public async Task<IActionResult> OnGetAsync(int planId)
    {
        if (await OpenAsync(planId, edit: false) is { } denied)
        {
            return denied;
        }
        Choices = (await ActivityChoices.LoadAsync(Db, planId, Aborted))!;
        Introduction = await Db.CommunicationPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.ActivitiesIntroduction).FirstOrDefaultAsync(Aborted);
        TodayInSweden = Today;
        ReadFilters();

        var activities = Db.PlanActivities.AsNoTracking().Where(a => a.PlanId == planId);
        PlanCount = await activities.CountAsync(Aborted);
        if (Status is { } status)
        {
            activities = activities.Where(a => a.Status == status);
        }
        if (TargetGroupId is { } group)
        {
            activities = activities.Where(a => a.Stakeholders.Any(s => s.StakeholderId == group));
        }
        if (ChannelId is { } channel)
        {
            activities = activities.Where(a => a.Channels.Any(c => c.ChannelId == channel));
        }
        if (PersonId is { } person)
        {
            activities = activities.Where(a => a.Responsibles.Any(r => r.PersonId == person));
        }
        if (OnlyUnparsed)
        {
            activities = activities.Where(a => a.TimingProblem != null);
        }
        var keys = await activities
            .Select(a => new Key(a.Id, a.What, a.MessageText, a.TimingText, a.Why, a.How, a.Outcome, a.Status, a.StartDate, a.EndDate, a.PlannedHours, a.ActualHours, a.Order))
            .ToListAsync(Aborted);
        IEnumerable<Key> matching = keys;
        if (!string.IsNullOrEmpty(Query))
        {
            var term = Query;
            matching = matching.Where(k => new[] { k.What, k.MessageText, k.TimingText, k.Why, k.How, k.Outcome }
                .Any(t => t is not null && t.Contains(term, StringComparison.OrdinalIgnoreCase)));
        }
        if (OnlyLate)
        {
            matching = matching.Where(k => ActivityRules.IsLate(k.Status, k.End, TodayInSweden));
        }
        var selected = Sorted(matching).ToList();
        PlannedTotal = selected.Sum(k => k.PlannedHours ?? 0);
        ActualTotal = selected.Sum(k => k.ActualHours ?? 0);

        var pageCount = Math.Max(1, (selected.Count + PageSize - 1) / PageSize);
        var requested = Paging.Requested(PageParam, out var validPage);
        if (!validPage)
        {
            Notices.Add(L["Sidnumret {0} finns inte; första sidan visas.", PageParam!]);
        }
        Paging = new Paging(Math.Clamp(requested, 1, pageCount), pageCount, selected.Count, PageUrl);
        var ids = selected.Skip((Paging.Page - 1) * PageSize).Take(PageSize).Select(k => k.Id).ToList();
        var dtos = await Db.PlanActivities.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(ActivityDto.Projection).ToDictionaryAsync(a => a.Id, Aborted);
        Rows = [.. ids.Where(dtos.ContainsKey).Select(id => dtos[id]).Select(a => new Row(a,
            ActivityRules.IsLate(a.Status, a.End, TodayInSweden),
            ActivityRules.Understood(a.Timing, a.TimingKind, a.Start, a.End, a.TimingProblem),
            Choices.Milestones.FirstOrDefault(m => m.Id == a.MilestoneId)))];
        return Page();
    }

    private IEnumerable<Key> Sorted(IEnumerable<Key> keys)
    {
        IOrderedEnumerable<Key> ordered = Sort switch
        {
            "aktivitet" => Descending ? keys.OrderByDescending(k => k.What, ActivityRules.SwedishOrder) : keys.OrderBy(k => k.What, ActivityRules.SwedishOrder),
            "status" => Descending ? keys.OrderByDescending(k => k.Status) : keys.OrderBy(k => k.Status),
            "timmar" => keys.OrderBy(k => k.PlannedHours is null).ThenBy(k => Descending ? -(k.PlannedHours ?? 0) : k.PlannedHours ?? 0),
            // Undated activities last, whichever the direction.
            _ => keys.OrderBy(k => k.Start is null).ThenBy(k => Descending ? -(k.Start?.DayNumber ?? 0) : k.Start?.DayNumber ?? 0),
        };
        return ordered.ThenBy(k => k.Start is null).ThenBy(k => k.Start).ThenBy(k => k.Order).ThenBy(k => k.Id);
    }

    private void ReadFilters()
    {
        Query = Query?.Trim();
        if (Query is { Length: > SearchMax })
        {
            Query = Query[..SearchMax];
        }
        if (!string.IsNullOrEmpty(StatusParam))
        {
            if (Enum.TryParse<ActivityStatus>(StatusParam, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(StatusParam, out _))
            {
                Status = status;
            }
            else
            {
                Notices.Add(L["Statusen {0} finns inte; filtret används inte.", StatusParam]);
            }
        }
        TargetGroupId = ReadId(TargetGroupParam, Choices.TargetGroups, "Målgruppen finns inte i planen; filtret används inte.");
        ChannelId = ReadId(ChannelParam, Choices.Channels, "Kanalen finns inte i planen; filtret används inte.");
        PersonId = ReadId(PersonParam, Choices.People, "Personen finns inte i organisationen; filtret används inte.");
        OnlyLate = IsYes(LateParam);
        OnlyUnparsed = IsYes(UnparsedParam);
        if (!string.IsNullOrEmpty(SortParam))
        {
            if (SortKeys.Contains(SortParam))
            {
                Sort = SortParam;
            }
            else
            {
                Notices.Add(L["Sorteringen {0} finns inte; listan sorteras på tidpunkt.", SortParam]);
            }
        }
        Descending = OrderParam == "fallande";
    }

    private int? ReadId(string? raw, IReadOnlyList<Choice> choices, string notice)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }
        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && choices.Any(c => c.Id == id))
        {
            return id;
        }
        Notices.Add(L[notice]);
        return null;
    }

    private static bool IsYes(string? value) => value is "ja" or "true" or "on" or "1";

    /// <summary>The address of this list as it is, on another page.</summary>
    public string PageUrl(int page) => Address(page, Sort, Descending);

    /// <summary>The address of this list sorted by <paramref name="key"/>: a second click on the current key turns the order.</summary>
    public string SortUrl(string key) => Address(1, key, key == Sort && !Descending);

    /// <summary>"ascending"/"descending" for the column sorted on, for <c>aria-sort</c>.</summary>
    public string? AriaSort(string key) => key == Sort ? (Descending ? "descending" : "ascending") : null;

    private string Address(int page, string sort, bool descending)
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
        Add("status", Status?.ToString());
        Add("malgrupp", TargetGroupId?.ToString(CultureInfo.InvariantCulture));
        Add("kanal", ChannelId?.ToString(CultureInfo.InvariantCulture));
        Add("ansvarig", PersonId?.ToString(CultureInfo.InvariantCulture));
        Add("forsenade", OnlyLate ? "ja" : null);
        Add("otolkade", OnlyUnparsed ? "ja" : null);
        Add("sort", sort == "tidpunkt" ? null : sort);
        Add("ordning", descending ? "fallande" : null);
        Add("sida", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return ListUrl + Microsoft.AspNetCore.Http.QueryString.Create(query).ToUriComponent();
    }

    public static string Hours(decimal? hours) => hours?.ToString("0.##", CultureInfo.CurrentCulture) ?? "";
}
