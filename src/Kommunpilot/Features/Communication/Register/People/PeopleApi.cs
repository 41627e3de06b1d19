using System.ComponentModel;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Projects.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register.People;

/// <summary>
/// The people responsible for activities, for programs: <c>/api/communication-people</c>. Reading:
/// the people of the caller's organisations. Writing: editors (or more) of the person's organisation.
/// A person still responsible for activities is not deleted (409, with how many and in which plans).
/// </summary>
internal static class PeopleApi
{
    public static void Map(IEndpointRouteBuilder app, string tag)
    {
        var people = app.MapGroup("/api/communication-people")
            .RequireAuthorization(Platform.ApiPolicy)
            .WithTags(tag)
            .AddEndpointFilter(BadArguments.FilterAsync)
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        people.MapGet("/", ListAsync)
            .WithName("ListCommunicationPeople")
            .WithSummary("Ansvariga för aktiviteter i dina organisationer")
            .WithDescription("I bokstavsordning. Filtrera på organisation.")
            .Produces<List<PersonDto>>()
            .ProducesValidationProblem();

        people.MapGet("/{id:int}", GetAsync)
            .WithName("GetCommunicationPerson")
            .WithSummary("En ansvarig")
            .Produces<PersonDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        people.MapPost("/", CreateAsync)
            .WithName("CreateCommunicationPerson")
            .WithSummary("Lägger till en ansvarig")
            .WithDescription("Ange organizationId om du är medlem i flera organisationer. Kräver rollen redaktör eller högre i organisationen. Namnet ska vara unikt i organisationen; userId ska vara en medlem i den. Svarar 201 med personen.")
            .Accepts<PersonInput>("application/json")
            .Produces<PersonDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        people.MapPut("/{id:int}", UpdateAsync)
            .WithName("UpdateCommunicationPerson")
            .WithSummary("Ändrar en ansvarig")
            .WithDescription("Skicka alla fält (det som saknas töms) och den version du läste. Har någon annan sparat sedan dess blir svaret 409 med de sparade värdena; ingenting skrivs över. Organisationen kan inte ändras.")
            .Accepts<PersonInput>("application/json")
            .Produces<PersonDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces<RegisterConflictProblem<PersonDto>>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        people.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteCommunicationPerson")
            .WithSummary("Tar bort en ansvarig")
            .WithDescription("Ange versionen du läste (?version=). En person som är ansvarig för aktiviteter tas inte bort: svaret blir 409 med antalet aktiviteter (activityCount) och planerna (plans). Personens kalenderlänk slutar fungera.")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(
        AppDbContext db,
        [Description("Bara ansvariga i den här organisationen (du måste vara medlem i den).")] int? organizationId,
        CancellationToken ct)
    {
        if (organizationId is { } org && !db.CurrentUser.Roles.ContainsKey(org))
        {
            return ApiAnswers.Invalid("OrganizationId", "Okänd organisation: du är inte medlem i den.");
        }
        var people = db.CommunicationPeople.AsNoTracking();
        if (organizationId is { } chosen)
        {
            people = people.Where(p => p.OrganizationId == chosen);
        }
        var list = await people.Select(PersonDto.Projection).ToListAsync(ct);
        return TypedResults.Ok(list.OrderBy(p => p.Name, PeopleQueries.Swedish).ThenBy(p => p.Id).ToList());
    }

    private static async Task<IResult> GetAsync(int id, AppDbContext db, CancellationToken ct) =>
        await DtoAsync(db, id, ct) is { } person ? TypedResults.Ok(person) : NotFound();

    private static async Task<IResult> CreateAsync(HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var (input, bad) = await ApiJson.ReadAsync<PersonInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var memberships = db.CurrentUser.Roles;
        var org = input!.OrganizationId ?? (memberships.Count == 1 ? memberships.Keys.Single() : null);
        if (org is null)
        {
            return ApiAnswers.Invalid("OrganizationId", "Organisation måste anges: du är medlem i flera organisationer.");
        }
        if (!memberships.ContainsKey(org.Value))
        {
            return ApiAnswers.Invalid("OrganizationId", "Okänd organisation: du är inte medlem i den.");
        }
        if (!CommunicationAccess.CanEditInOrganization(db, org.Value))
        {
            return ApiAnswers.Forbidden("Bara redaktörer och administratörer kan lägga till ansvariga i organisationen.");
        }
        var errors = await PersonRules.CheckAsync(db, org.Value, existing: null, input, ct);
        if (errors.Count > 0)
        {
            return ApiAnswers.Invalid(errors);
        }
        var person = new CommunicationPerson { OrganizationId = org.Value, Name = "", CalendarToken = CommunicationAccess.NewCalendarToken() };
        input.ApplyTo(person);
        db.CommunicationPeople.Add(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var again = await PersonRules.CheckAsync(db, org.Value, existing: null, input, ct);
            return again.Count > 0 ? ApiAnswers.Invalid(again) : throw new InvalidOperationException("The save was refused for another reason than the rules.");
        }
        return TypedResults.Created($"/api/communication-people/{person.Id}", await DtoAsync(db, person.Id, ct));
    }

    private static async Task<IResult> UpdateAsync(int id, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var person = await db.CommunicationPeople.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }
        if (!CommunicationAccess.CanEditInOrganization(db, person.OrganizationId))
        {
            return ApiAnswers.Forbidden("Du har läsbehörighet i organisationen men får inte ändra dess ansvariga (rollen redaktör eller högre krävs).");
        }
        var (input, bad) = await ApiJson.ReadAsync<PersonInput>(request, ct);
        if (bad is not null)
        {
            return bad;
        }
        var errors = await PersonRules.CheckAsync(db, person.OrganizationId, person, input!, ct);
        if (input!.OrganizationId is { } org && org != person.OrganizationId)
        {
            errors.Add(new(nameof(PersonInput.OrganizationId), "En ansvarig kan inte flyttas till en annan organisation."));
        }
        if (input.Version is null)
        {
            return ApiAnswers.VersionMissing();
        }
        if (errors.Count > 0)
        {
            return ApiAnswers.Invalid(errors);
        }
        if (person.Version != input.Version)
        {
            return await ConflictAsync(db, id, input, request.HttpContext, ct);
        }
        db.ExpectVersion(person, input.Version.Value);
        input.ApplyTo(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, input, request.HttpContext, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            db.ChangeTracker.Clear();
            var again = await PersonRules.CheckAsync(db, person.OrganizationId, person, input, ct);
            return again.Count > 0 ? ApiAnswers.Invalid(again) : throw new InvalidOperationException("The save was refused for another reason than the rules.");
        }
        return TypedResults.Ok(await DtoAsync(db, id, ct));
    }

    private static async Task<IResult> DeleteAsync(int id, Guid? version, AppDbContext db, HttpContext http)
    {
        var ct = http.RequestAborted;
        var person = await db.CommunicationPeople.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }
        if (!CommunicationAccess.CanEditInOrganization(db, person.OrganizationId))
        {
            return ApiAnswers.Forbidden("Du har läsbehörighet i organisationen men får inte ta bort dess ansvariga (rollen redaktör eller högre krävs).");
        }
        if (version is null)
        {
            return ApiAnswers.VersionMissing();
        }
        if (person.Version != version)
        {
            return await ConflictAsync(db, id, sent: null, http, ct);
        }
        if (await StillResponsibleAsync(db, person, ct) is { } refused)
        {
            return refused;
        }
        db.ExpectVersion(person, version.Value);
        db.CommunicationPeople.Remove(person);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(db, id, sent: null, http, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Made responsible for an activity meanwhile: the foreign key refused the delete.
            db.ChangeTracker.Clear();
            return await StillResponsibleAsync(db, person, ct) ?? throw new InvalidOperationException("The delete was refused for another reason than activities.");
        }
        return TypedResults.NoContent();
    }

    /// <summary>409 naming how many activities the person is responsible for, and in which plans; null when none.</summary>
    private static async Task<IResult?> StillResponsibleAsync(AppDbContext db, CommunicationPerson person, CancellationToken ct)
    {
        var count = await PeopleQueries.ActivityCountAsync(db, person.Id, ct);
        if (count == 0)
        {
            return null;
        }
        var plans = await PeopleQueries.UsesAsync(db, person.Id, ct);
        return TypedResults.Problem(
            title: "Personen är ansvarig för aktiviteter och kan inte tas bort.",
            detail: $"{person.Name} är ansvarig för {count} {(count == 1 ? "aktivitet" : "aktiviteter")}. Byt ansvarig för {(count == 1 ? "den" : "dem")} eller ta bort {(count == 1 ? "den" : "dem")} först.",
            statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["activityCount"] = count,
                ["plans"] = plans.Select(p => new { planId = p.PlanId, title = p.PlanTitle, activities = p.Activities, url = $"/api/communication-plans/{p.PlanId}" }).ToList(),
            });
    }

    private static Task<PersonDto?> DtoAsync(AppDbContext db, int id, CancellationToken ct) =>
        db.CommunicationPeople.AsNoTracking().Where(p => p.Id == id).Select(PersonDto.Projection).FirstOrDefaultAsync(ct);

    private static async Task<IResult> ConflictAsync(AppDbContext db, int id, PersonInput? sent, HttpContext http, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await DtoAsync(db, id, ct);
        return current is null
            ? ApiAnswers.NotFound("Personen har tagits bort av någon annan.", "Ingenting har sparats.")
            : ApiAnswers.Conflict("Personen har ändrats av någon annan.", current.Version, current, sent, http);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() =>
        ApiAnswers.NotFound("Personen finns inte.", "Det finns ingen ansvarig med det id:t i dina organisationer.");
}
