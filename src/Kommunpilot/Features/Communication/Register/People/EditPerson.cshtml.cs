using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.People;

/// <summary>
/// Edits or deletes one responsible person (<c>/kommunikation/ansvariga/{personId}</c>), for editors of
/// their organisation. Saving and deleting are checked against the version the form was loaded with
/// (a conflict shows both versions, nothing is overwritten). A person who is still responsible for
/// activities is not deleted: the page says for how many, in which plans, with links to them.
/// </summary>
public class EditPersonModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : PageModel
{
    private CancellationToken Aborted => HttpContext.RequestAborted;

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    /// <summary>The person's name as stored, for the heading and the delete question.</summary>
    public string StoredName { get; private set; } = "";

    public string OrganizationName { get; private set; } = "";

    public int OrganizationId { get; private set; }

    public bool ConfirmDelete { get; private set; }

    /// <summary>The plans where the person is responsible for activities: why they cannot be deleted.</summary>
    public IReadOnlyList<PlanUse> Uses { get; private set; } = [];

    /// <summary>All the activities the person is responsible for, also in plans the caller cannot see.</summary>
    public int ActivityCount { get; private set; }

    public Conflict? Conflict { get; private set; }

    /// <summary>The user the person was linked to when the page was loaded: kept as a choice even if they have left the organisation.</summary>
    private string? StoredUserId { get; set; }

    public string ListUrl => $"/kommunikation/ansvariga?organisation={OrganizationId}";

    public async Task<IActionResult> OnGetAsync(int personId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        var (person, denied) = await OpenAsync(personId);
        if (denied is not null)
        {
            return denied;
        }
        Input = PersonInput.From(person!);
        ConfirmDelete = confirmDelete;
        return await ShowAsync(person!);
    }

    public async Task<IActionResult> OnPostAsync(int personId)
    {
        var (person, denied) = await OpenAsync(personId);
        if (denied is not null)
        {
            return await GoneAsync(personId) ?? denied;
        }
        if (Input.OrganizationId is { } org && org != person!.OrganizationId)
        {
            ModelState.AddModelError("Input.OrganizationId", l["En ansvarig kan inte flyttas till en annan organisation."]);
        }
        (await PersonRules.CheckAsync(db, person!.OrganizationId, person, Input, Aborted)).AddTo(ModelState, l);
        if (!HasVersion() || !ModelState.IsValid)
        {
            return await ShowAsync(person);
        }
        db.ExpectVersion(person, Input.Version!.Value);
        Input.ApplyTo(person);
        if (await TrySaveAsync())
        {
            return Done(l["{0} är sparad.", person.Name]);
        }
        return await ShowAsync(person);
    }

    public async Task<IActionResult> OnPostDeleteAsync(int personId)
    {
        var (person, denied) = await OpenAsync(personId);
        ConfirmDelete = true;
        ModelState.Clear(); // what the form holds is not saved, only shown if there is a conflict
        if (denied is not null)
        {
            return await GoneAsync(personId) ?? denied;
        }
        if (!HasVersion() || await PeopleQueries.ActivityCountAsync(db, personId, Aborted) > 0)
        {
            return await ShowAsync(person!);
        }
        db.ExpectVersion(person!, Input.Version!.Value);
        Input.ApplyTo(person!);
        db.CommunicationPeople.Remove(person!);
        try
        {
            if (await TrySaveAsync())
            {
                return Done(l["{0} är borttagen.", StoredName]);
            }
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            // Made responsible for an activity meanwhile: the foreign key refused the delete.
            db.ChangeTracker.Clear();
        }
        return await ShowAsync(person!);
    }

    /// <summary>The person, or 404 (unknown, another tenant's) or 403 (the caller only reads their organisation).</summary>
    private async Task<(CommunicationPerson? Person, IActionResult? Denied)> OpenAsync(int personId)
    {
        var person = await db.CommunicationPeople.SingleOrDefaultAsync(p => p.Id == personId, Aborted);
        if (person is null)
        {
            return (null, NotFound());
        }
        if (!CommunicationAccess.CanEditInOrganization(db, person.OrganizationId))
        {
            return (null, StatusCode(StatusCodes.Status403Forbidden));
        }
        StoredName = person.Name;
        StoredUserId = person.UserId;
        OrganizationId = person.OrganizationId;
        OrganizationName = await db.Organizations.Where(o => o.Id == person.OrganizationId).Select(o => o.Name).SingleAsync(Aborted);
        return (person, null);
    }

    /// <summary>
    /// The person is not there (or not the caller's to change). When the history shows that someone
    /// deleted them from an organisation the caller edits in, the page says so and keeps what the user
    /// typed; otherwise null (the 404 or 403 stands).
    /// </summary>
    private async Task<IActionResult?> GoneAsync(int personId)
    {
        var key = personId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var organization = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(CommunicationPerson) && a.EntityId == key && a.Action == "Deleted")
            .Select(a => a.OrganizationId)
            .FirstOrDefaultAsync(Aborted);
        if (organization is not { } org || !CommunicationAccess.CanEditInOrganization(db, org))
        {
            return null;
        }
        OrganizationId = org;
        OrganizationName = await db.Organizations.Where(o => o.Id == org).Select(o => o.Name).SingleAsync(Aborted);
        StoredName = Input.Name ?? "";
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        ModelState.Clear();
        return await ShowAsync(new CommunicationPerson { Id = personId, OrganizationId = org, Name = StoredName, CalendarToken = "" });
    }

    private async Task<IActionResult> ShowAsync(CommunicationPerson person)
    {
        var users = await PeopleQueries.MembersAsync(db, person.OrganizationId, Aborted);
        var linked = StoredUserId;
        if (linked is not null && users.All(u => u.Id != linked))
        {
            // Linked to a user who has left the organisation: the link can stay.
            var name = await db.Users.Where(u => u.Id == linked).Select(u => u.DisplayName ?? u.Email).SingleOrDefaultAsync(Aborted);
            users.Add(new UserOption(linked, name ?? l["Tidigare medlem"], null));
        }
        ViewData["Users"] = users;
        if (Conflict is not null)
        {
            Conflict = Conflict with { Fields = [.. Conflict.Fields.Select(f => Describe(f, users))] };
        }
        if (ConfirmDelete)
        {
            ActivityCount = await PeopleQueries.ActivityCountAsync(db, person.Id, Aborted);
            Uses = ActivityCount == 0 ? [] : await PeopleQueries.UsesAsync(db, person.Id, Aborted);
        }
        return Page();
    }

    private IActionResult Done(string message)
    {
        TempData["Message"] = message;
        return Redirect(ListUrl + "#main");
    }

    private bool HasVersion()
    {
        if (Input.Version is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Input.Version", l["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        return Input.Version is not null;
    }

    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, Aborted);
            db.ChangeTracker.Clear();
            Conflict = conflict;
            Input.Version = conflict.CurrentVersion ?? Input.Version;
            ModelState.Remove("Input.Version");
            return false;
        }
    }

    private ConflictField Describe(ConflictField f, List<UserOption> users) => f.Name switch
    {
        nameof(CommunicationPerson.Name) => f.Named(l["Namn"]),
        nameof(CommunicationPerson.Title) => f.Named(l["Titel"]),
        nameof(CommunicationPerson.Email) => f.Named(l["E-post"]),
        nameof(CommunicationPerson.UserId) => f.Named(l["Användare"], v => users.FirstOrDefault(u => u.Id == v)?.Name ?? v),
        _ => f,
    };
}
