using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Documents;

/// <summary>
/// The plan's documents: Word and Excel downloads, the plan's calendar link and those of the people
/// responsible in it, and renewing a link.
/// </summary>
/// <remarks>
/// Who sees what: anyone who can read the plan sees its calendar link (the feed shows nothing the
/// plan's page does not). A person's link is shown to members of the person's organisation, who can
/// read every plan the feed draws on. Renewing needs edit rights: on the plan for the plan's link;
/// in the person's organisation, or being that person, for a person's link.
/// </remarks>
public class DocumentsModel(AppDbContext db, IStringLocalizer<DocumentTexts> l) : PageModel
{
    public sealed record PersonLink(int Id, string Name, string? Title, string Url, bool CanRenew);

    public PlanNav Nav { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public string PlanCalendarUrl { get; private set; } = "";

    public int ActivityCount { get; private set; }

    public int UndatedCount { get; private set; }

    public IReadOnlyList<PersonLink> People { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    private CancellationToken Aborted => HttpContext.RequestAborted;

    public async Task<IActionResult> OnGetAsync(int planId) =>
        await OpenAsync(planId) ?? await ShowAsync(planId);

    public async Task<IActionResult> OnPostRenewPlanAsync(int planId)
    {
        if (await OpenAsync(planId) is { } notFound)
        {
            return notFound;
        }
        if (!CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var plan = await db.CommunicationPlans.SingleAsync(p => p.Id == planId, Aborted);
        plan.CalendarToken = CommunicationAccess.NewCalendarToken();
        if (!await SavedAsync())
        {
            return await ShowAsync(planId);
        }
        return Done(l["Planens kalenderlänk är förnyad. Den gamla länken fungerar inte längre; den som prenumererar behöver lägga till den nya."]);
    }

    public async Task<IActionResult> OnPostRenewPersonAsync(int planId, int personId)
    {
        if (await OpenAsync(planId) is { } notFound)
        {
            return notFound;
        }
        // Only the people responsible in this plan are offered here; another tenant's person is not found at all.
        var person = await db.CommunicationPeople
            .Where(p => p.Id == personId && p.Activities.Any(a => a.Activity.PlanId == planId))
            .SingleOrDefaultAsync(Aborted);
        if (person is null)
        {
            return NotFound();
        }
        if (!MayRenew(person.OrganizationId, person.UserId))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        person.CalendarToken = CommunicationAccess.NewCalendarToken();
        if (!await SavedAsync())
        {
            return await ShowAsync(planId);
        }
        return Done(l["Kalenderlänken för {0} är förnyad. Den gamla länken fungerar inte längre.", person.Name]);
    }

    /// <summary>404 for a plan the caller cannot see (another tenant's, or none).</summary>
    private async Task<IActionResult?> OpenAsync(int planId)
    {
        var nav = await PlanNav.LoadAsync(db, planId, PlanSection.Documents, ct: Aborted);
        if (nav is null)
        {
            return NotFound();
        }
        Nav = nav;
        CanEdit = await CommunicationAccess.CanEditPlanAsync(db, planId, Aborted);
        return null;
    }

    private async Task<IActionResult> ShowAsync(int planId)
    {
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new
            {
                p.CalendarToken,
                Activities = p.Activities.Count,
                Undated = p.Activities.Count(a => a.StartDate == null && a.EndDate == null),
            })
            .SingleAsync(Aborted);
        PlanCalendarUrl = Absolute(DocumentsApi.PlanCalendarUrl(planId, plan.CalendarToken));
        ActivityCount = plan.Activities;
        UndatedCount = plan.Undated;

        // The query filter shows only people of the caller's own organisations: those whose feeds they may read.
        var people = await db.CommunicationPeople.AsNoTracking()
            .Where(p => p.Activities.Any(a => a.Activity.PlanId == planId))
            .OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.Title, p.OrganizationId, p.UserId, p.CalendarToken })
            .ToListAsync(Aborted);
        People = [.. people.Select(p => new PersonLink(p.Id, p.Name, p.Title, Absolute(DocumentsApi.PersonCalendarUrl(p.Id, p.CalendarToken)), MayRenew(p.OrganizationId, p.UserId)))];
        return Page();
    }

    private bool MayRenew(int organizationId, string? userId) =>
        CommunicationAccess.CanEditInOrganization(db, organizationId)
        || (userId is not null && userId == db.CurrentUser.UserId);

    private async Task<bool> SavedAsync()
    {
        try
        {
            await db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved the plan or the person at the same moment: nothing was changed; the user can simply try again.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, l["Någon annan ändrade samtidigt, så länken förnyades inte. Försök igen."]);
            return false;
        }
    }

    private IActionResult Done(string message)
    {
        Message = message;
        return RedirectToPage(null, pageHandler: null, new { planId = Nav.PlanId }, fragment: "main");
    }

    /// <summary>The full address a calendar program needs, on the host the user reached Kommunpilot by.</summary>
    private string Absolute(string path) => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{path}";
}
