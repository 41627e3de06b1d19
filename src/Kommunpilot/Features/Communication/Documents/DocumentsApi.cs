using System.Linq.Expressions;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Documents;

/// <summary>
/// Documents out: <c>GET /api/communication-plans/{id}/export/docx</c> (the plan as Word),
/// <c>.../export/xlsx</c> (the activity plan as Excel), and the calendar feeds
/// <c>/api/communication-plans/{id}/calendar.ics</c> and <c>/api/communication-people/{personId}/calendar.ics</c>.
/// </summary>
/// <remarks>
/// The feeds are read by calendar programs that carry no sign-in, so they are open to anyone and
/// guarded by the secret token in the link alone. They are the one place that reads past the tenant
/// filters, by the id in the address, and answer a wrong or missing token exactly as an unknown id (404).
/// </remarks>
public static class DocumentsApi
{
    public static string WordUrl(int planId) => $"/api/communication-plans/{planId}/export/docx";

    public static string ExcelUrl(int planId) => $"/api/communication-plans/{planId}/export/xlsx";

    public static string PlanCalendarUrl(int planId, string token) => $"/api/communication-plans/{planId}/calendar.ics?token={Uri.EscapeDataString(token)}";

    public static string PersonCalendarUrl(int personId, string token) => $"/api/communication-people/{personId}/calendar.ics?token={Uri.EscapeDataString(token)}";

    /// <summary>Onto <c>/api/communication-plans</c>.</summary>
    public static RouteGroupBuilder MapPlanDocuments(this RouteGroupBuilder plans)
    {
        plans.MapGet("/{id:int}/export/docx", WordAsync)
            .WithName("ExportCommunicationPlanDocx")
            .WithSummary("Kommunikationsplanen som Word-dokument")
            .WithDescription("Läggs upp som källplanerna: dokumenthuvud, revisionshistorik och numrerade avsnitt från nuläge till aktivitetsplan. Tomma avsnitt utelämnas. Alla som kan läsa planen kan exportera den.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), WordDocument.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{id:int}/export/xlsx", ExcelAsync)
            .WithName("ExportCommunicationPlanXlsx")
            .WithSummary("Aktivitetsplanen som Excel")
            .WithDescription("Bladet \"Aktivitetsplan\" med kolumnerna Aktivitet, Budskap, Tidpunkt, Målgrupp, Kanal, Ansvarig, Tid i h, Status, Från, Till, Varför och Hur. All text skrivs som text, aldrig som formel.")
            .Produces(StatusCodes.Status200OK, typeof(Stream), ActivityPlanWorkbook.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        plans.MapGet("/{id:int}/calendar.ics", PlanCalendarAsync)
            .AllowAnonymous()
            .WithName("CommunicationPlanCalendar")
            .WithSummary("Planens aktiviteter som kalender (iCalendar)")
            .WithDescription("För prenumeration i Outlook och andra kalendrar. Kräver ingen inloggning men den hemliga token som finns i länken på planens sida Dokument och kalender; fel eller saknad token ger 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return plans;
    }

    /// <summary>The person's feed, on a group of its own under <c>/api/communication-people</c>.</summary>
    public static IEndpointRouteBuilder MapPersonCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/communication-people")
            .WithTags(CommunicationApi.Tag)
            .MapGet("/{personId:int}/calendar.ics", PersonCalendarAsync)
            .AllowAnonymous()
            .WithName("CommunicationPersonCalendar")
            .WithSummary("En persons aktiviteter som kalender (iCalendar)")
            .WithDescription("Aktiviteter som personen är ansvarig för i organisationens kommunikationsplaner. Kräver ingen inloggning men personens hemliga token; fel eller saknad token ger 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WordAsync(int id, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var data = await PlanDocumentData.LoadAsync(db, id, ct);
        if (data is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        return TypedResults.File(PlanWordDocument.Create(data, clock.GetUtcNow()), WordDocument.ContentType, PlanWordDocument.FileName(data.Plan));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExcelAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Title, Organization = db.Organizations.Where(o => o.Id == p.OrganizationId).Select(o => o.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return CommunicationApi.PlanNotFound();
        }
        var activities = await PlanDocumentData.ActivitiesAsync(db, id, ct);
        return TypedResults.File(ActivityPlanWorkbook.Create(plan.Title, plan.Organization, activities), ActivityPlanWorkbook.ContentType, ActivityPlanWorkbook.FileName(plan.Title));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PlanCalendarAsync(int id, string? token, AppDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        FeedHeaders(http);
        // The feed carries no sign-in, so the tenant filters would hide everything: the plan is found
        // by its id alone and shown only to the holder of its token.
        var plan = await db.CommunicationPlans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Title, p.CalendarToken })
            .FirstOrDefaultAsync(ct);
        if (plan is null || !CommunicationAccess.TokenMatches(plan.CalendarToken, token))
        {
            return CommunicationApi.PlanNotFound();
        }
        var activities = await db.PlanActivities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.PlanId == id && (a.StartDate != null || a.EndDate != null))
            .OrderBy(a => a.Order).ThenBy(a => a.Id)
            .Select(AsCalendarActivity)
            .ToListAsync(ct);
        return TypedResults.Text(ActivityCalendar.Create(plan.Title, activities, withPlan: false, clock.GetUtcNow()), ActivityCalendar.ContentType);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PersonCalendarAsync(int personId, string? token, AppDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        FeedHeaders(http);
        var person = await db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.Id == personId)
            .Select(p => new { p.Name, p.OrganizationId, p.CalendarToken })
            .FirstOrDefaultAsync(ct);
        if (person is null || !CommunicationAccess.TokenMatches(person.CalendarToken, token))
        {
            return PersonNotFound();
        }
        var organization = person.OrganizationId;
        // The plans the person's organisation can see: its own, and those of projects it owns together with others.
        var activities = await db.PlanActivities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Responsibles.Any(r => r.PersonId == personId) && (a.StartDate != null || a.EndDate != null))
            .Where(a => a.Plan.OrganizationId == organization
                        || (a.Plan.ProjectId != null && db.ProjectOwners.Any(o => o.ProjectId == a.Plan.ProjectId && o.OrganizationId == organization)))
            .OrderBy(a => a.StartDate ?? a.EndDate).ThenBy(a => a.Id)
            .Select(AsCalendarActivity)
            .ToListAsync(ct);
        return TypedResults.Text(ActivityCalendar.Create($"Kommunikationsaktiviteter – {person.Name}", activities, withPlan: true, clock.GetUtcNow()), ActivityCalendar.ContentType);
    }

    private static readonly Expression<Func<PlanActivity, CalendarActivity>> AsCalendarActivity =
        a => new CalendarActivity(a.Id, a.What, a.MessageText ?? (a.Message != null ? a.Message.Text : null), a.TimingText, a.StartDate, a.EndDate, a.Status,
            a.Stakeholders.OrderBy(s => s.Stakeholder.Order).ThenBy(s => s.StakeholderId).Select(s => s.Stakeholder.Name).ToList(),
            a.Channels.OrderBy(c => c.Channel.Order).ThenBy(c => c.ChannelId).Select(c => c.Channel.Name).ToList(),
            a.Responsibles.OrderBy(r => r.Person.Name).Select(r => r.Person.Name).ToList(),
            a.Plan.Title);

    /// <summary>A secret link's answer is not kept by caches nor indexed by search engines, found or not.</summary>
    private static void FeedHeaders(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }

    private static ProblemHttpResult PersonNotFound() =>
        TypedResults.Problem(title: "Kalendern finns inte.", detail: "Det finns ingen kalender med den adressen. Länken kan ha förnyats; be om den nya.", statusCode: StatusCodes.Status404NotFound);
}
