using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.People;

/// <summary>An organisation of the caller's, and whether they may add and change its responsible people (editor or more).</summary>
public sealed record OrganizationOption(int Id, string Name, bool CanEdit);

/// <summary>One organisation's responsible people, as listed.</summary>
public sealed record PeopleSection(OrganizationOption Organization, IReadOnlyList<PersonRow> People);

/// <summary>
/// The people responsible for activities (<c>/kommunikation/ansvariga</c>), per organisation the caller
/// belongs to (or the one chosen with <c>?organisation=</c>), with how many activities and planned hours
/// each has. Editors of an organisation add people to it, optionally linked to one of its users.
/// </summary>
public class PeopleModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : PageModel
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public IReadOnlyList<OrganizationOption> Organizations { get; private set; } = [];

    /// <summary>The organisation chosen in the filter, if any.</summary>
    public int? Filter { get; private set; }

    public IReadOnlyList<PeopleSection> Sections { get; private set; } = [];

    /// <summary>The organisation the add form adds to: the chosen one, or the only one the caller edits in.</summary>
    public OrganizationOption? AddTo { get; private set; }

    /// <summary>Whether the caller edits in several organisations and must choose one to add to.</summary>
    public bool ChooseToAdd => AddTo is null && Organizations.Count(o => o.CanEdit) > 1;

    public async Task OnGetAsync([FromQuery(Name = "organisation")] int? organisation)
    {
        await LoadAsync(organisation);
        if (AddTo is not null)
        {
            Input.OrganizationId = AddTo.Id;
        }
    }

    public async Task<IActionResult> OnPostAsync([FromQuery(Name = "organisation")] int? organisation)
    {
        await LoadOrganizationsAsync(organisation);
        var orgId = Input.OrganizationId ?? AddTo?.Id;
        var org = Organizations.FirstOrDefault(o => o.Id == orgId);
        if (org is null)
        {
            return NotFound();
        }
        if (!org.CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        (await PersonRules.CheckAsync(db, org.Id, existing: null, Input, Aborted)).AddTo(ModelState, l);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(org);
        }
        var person = new CommunicationPerson { OrganizationId = org.Id, Name = "", CalendarToken = CommunicationAccess.NewCalendarToken() };
        Input.ApplyTo(person);
        db.CommunicationPeople.Add(person);
        try
        {
            await db.SaveChangesAsync(Aborted);
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            // Someone added the same name at the same moment: the unique index refused this one.
            db.ChangeTracker.Clear();
            (await PersonRules.CheckAsync(db, org.Id, existing: null, Input, Aborted)).AddTo(ModelState, l);
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(string.Empty, l["Det gick inte att spara eftersom någon annan ändrade samtidigt. Försök igen."]);
            }
            return await ShowAsync(org);
        }
        Message = l["{0} är tillagd som ansvarig.", person.Name];
        return Redirect($"/kommunikation/ansvariga?organisation={org.Id}#main");
    }

    private async Task<IActionResult> ShowAsync(OrganizationOption org)
    {
        await LoadAsync(org.Id);
        AddTo = org;
        ViewData["Users"] = await PeopleQueries.MembersAsync(db, org.Id, Aborted);
        return Page();
    }

    private async Task LoadOrganizationsAsync(int? organisation)
    {
        var user = db.CurrentUser;
        Organizations = [.. (await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(Aborted))
            .Select(o => new OrganizationOption(o.Id, o.Name, user.HasRole(o.Id, OrganizationRole.Editor)))
            .OrderBy(o => o.Name, PeopleQueries.Swedish)];
        Filter = Organizations.Any(o => o.Id == organisation) ? organisation : null;
        var editable = Organizations.Where(o => o.CanEdit).ToList();
        AddTo = Filter is { } chosen ? editable.FirstOrDefault(o => o.Id == chosen)
            : editable.Count == 1 ? editable[0]
            : null;
    }

    private async Task LoadAsync(int? organisation)
    {
        await LoadOrganizationsAsync(organisation);
        var shown = Filter is { } chosen ? Organizations.Where(o => o.Id == chosen).ToList() : [.. Organizations];
        var rows = await PeopleQueries.RowsAsync(db, [.. shown.Select(o => o.Id)], Aborted);
        Sections = [.. shown.Select(o => new PeopleSection(o, [.. rows.Where(r => r.OrganizationId == o.Id)]))];
        if (AddTo is not null)
        {
            ViewData["Users"] = await PeopleQueries.MembersAsync(db, AddTo.Id, Aborted);
        }
    }
}
