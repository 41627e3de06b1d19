using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations;

/// <summary>A form's hidden concurrency token: the version of the record the form was loaded with.</summary>
public interface IVersionedInput
{
    Guid Version { get; set; }
}

/// <summary>
/// The pages under <c>/organisation/{id}</c>. Only an administrator of that organisation gets in:
/// another tenant's organisation is simply not found (404), a member without the role gets 403.
/// The check runs before every handler, so no handler can forget it.
/// </summary>
public abstract class OrganizationAdminPage(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : PageModel
{
    public const string StatusKey = "OrganizationStatus";

    protected AppDbContext Db { get; } = db;
    protected IStringLocalizer<OrganizationTexts> L { get; } = l;

    public int OrganizationId { get; private set; }
    public string OrganizationName { get; private set; } = "";
    public OrganizationKind OrganizationKind { get; private set; }

    /// <summary>Set when someone else saved the same record first; the page shows both versions.</summary>
    public Conflict? Conflict { get; protected set; }

    /// <summary>The stored name of the record an edit page shows (its heading).</summary>
    public string RecordName { get; protected set; } = "";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = RouteId("id");
        if (id == 0)
        {
            context.Result = NotFound();
            return;
        }
        var org = await Db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Name, o.Kind })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (org is null)
        {
            context.Result = NotFound();
            return;
        }
        if (!Db.CurrentUser.HasRole(id, OrganizationRole.Administrator))
        {
            context.Result = StatusCode(StatusCodes.Status403Forbidden);
            return;
        }
        (OrganizationId, OrganizationName, OrganizationKind) = (id, org.Name, org.Kind);
        await next();
    }

    /// <summary>A number from the route (the pattern's <c>:int</c> guarantees it is one).</summary>
    protected int RouteId(string name) => int.TryParse(RouteData.Values[name]?.ToString(), out var value) ? value : 0;

    /// <summary>Loads what the page shows; with <paramref name="fillForm"/> also fills the edit form from the stored record. False when the record is not found.</summary>
    protected virtual Task<bool> LoadAsync(bool fillForm) => Task.FromResult(true);

    protected async Task<IActionResult> ShowAsync() =>
        await LoadAsync(fillForm: true) ? Page() : NotFound();

    /// <summary>Shows the page again after a refused save, keeping what the user typed.</summary>
    protected async Task<IActionResult> RedisplayAsync(bool fillForm = false)
    {
        Db.ChangeTracker.Clear();
        return await LoadAsync(fillForm) ? Page() : NotFound();
    }

    /// <summary>
    /// Saves and goes back to <paramref name="next"/> with a status message (Post/Redirect/Get). A stale
    /// version shows the conflict and moves the form's hidden version on, so a second save is deliberate;
    /// a clash with the database's rules (a name taken in the same moment) shows <paramref name="clash"/>.
    /// </summary>
    protected Task<IActionResult> SaveAsync(string next, string saved, string clash, IVersionedInput? form = null, string? prefix = null) =>
        SaveAsync(() => next, saved, clash, form, prefix);

    /// <inheritdoc cref="SaveAsync(string, string, string, IVersionedInput?, string?)"/>
    protected async Task<IActionResult> SaveAsync(Func<string> next, string saved, string clash, IVersionedInput? form = null, string? prefix = null)
    {
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, HttpContext.RequestAborted);
            if (conflict.Deleted)
            {
                return await Gone();
            }
            if (form is not null && conflict.CurrentVersion is { } current)
            {
                form.Version = current;
                ModelState.Remove($"{prefix}.Version");
            }
            var result = await RedisplayAsync();
            Conflict = conflict with { Fields = [.. conflict.Fields.Select(f => f with { Mine = Describe(f.Name, f.Mine), Theirs = Describe(f.Name, f.Theirs) })] };
            return result;
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, clash);
            return await RedisplayAsync();
        }
        TempData[StatusKey] = saved;
        return LocalRedirect(next());
    }

    /// <summary>
    /// The record was deleted by someone else while the user edited it: the form stays, with what they
    /// typed, under a notice that it is gone (404, so nothing mistakes it for a saved page).
    /// </summary>
    protected async Task<IActionResult> Gone()
    {
        Db.ChangeTracker.Clear();
        await LoadAsync(fillForm: false);
        Conflict = new Conflict(Deleted: true, [], null);
        RecordName = L["Borttagen post"];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>
    /// Deletes the record if it still has the version the page showed and nothing uses it
    /// (<paramref name="inUse"/>, or the database refusing because a record the user cannot see uses it).
    /// </summary>
    protected async Task<IActionResult> DeleteAsync<T>(T? entity, Guid version, string? inUse, string next, string deleted)
        where T : class, IVersioned
    {
        if (entity is null)
        {
            return NotFound();
        }
        if (inUse is not null)
        {
            ModelState.AddModelError(string.Empty, inUse);
            return await RedisplayAsync(fillForm: true);
        }
        Db.ExpectVersion(entity, version);
        Db.Remove(entity);
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, L["Någon annan har ändrat posten sedan du öppnade sidan, så den har inte tagits bort. Här är de aktuella uppgifterna; ta bort igen om du fortfarande vill det."]);
            return await RedisplayAsync(fillForm: true);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, L["Posten används och kan inte tas bort."]);
            return await RedisplayAsync(fillForm: true);
        }
        TempData[StatusKey] = deleted;
        return LocalRedirect(next);
    }

    /// <summary>
    /// Adds <paramref name="message"/> to <paramref name="field"/> when another record among
    /// <paramref name="siblings"/> has the same name (or other <paramref name="property"/>), ignoring case.
    /// Only an otherwise valid form is checked.
    /// </summary>
    protected async Task UniqueAsync<T>(IQueryable<T> siblings, string value, int exceptId, string field, string message, string property = "Name")
        where T : class
    {
        if (!ModelState.IsValid)
        {
            return;
        }
        var lower = value.Trim().ToLowerInvariant();
        if (await siblings.AnyAsync(x => EF.Property<string>(x, property).ToLower() == lower && EF.Property<int>(x, "Id") != exceptId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(field, message);
        }
    }

    /// <summary>
    /// An add form's round trip: the page's rules (<paramref name="check"/>) hold, then the new record is
    /// saved and the browser goes on to <paramref name="next"/>; otherwise the page comes back with what was typed.
    /// </summary>
    protected async Task<IActionResult> AddAsync<T>(Func<Task> check, Func<T> create, Func<T, string> next, string saved, string clash)
        where T : class
    {
        if (ModelState.IsValid)
        {
            await check();
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(fillForm: true);
        }
        var entity = create();
        Db.Add(entity);
        return await SaveAsync(() => next(entity), saved, clash);
    }

    /// <summary>
    /// An edit form's round trip (its fields under the prefix "Input"): the record is still there (else the
    /// form comes back under a notice), the page's rules hold, and the save checks the version the form was loaded with.
    /// </summary>
    protected async Task<IActionResult> UpdateAsync<T>(T? entity, IVersionedInput input, Func<Task> check, Action<T> apply, string next, string saved, string clash)
        where T : class, IVersioned
    {
        if (entity is null)
        {
            return await Gone();
        }
        if (ModelState.IsValid)
        {
            await check();
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(entity, input.Version);
        apply(entity);
        return await SaveAsync(next, saved, clash, input, "Input");
    }

    /// <summary>Loads the record an edit page shows: its name into the heading and, when asked, its values into the form. Null when not found.</summary>
    protected async Task<T?> LoadRecordAsync<T>(IQueryable<T> record, bool fillForm, Func<T, string> name, Action<T> fill)
        where T : class
    {
        var found = await record.SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (found is not null)
        {
            RecordName = name(found);
            if (fillForm)
            {
                fill(found);
            }
        }
        return found;
    }

    /// <summary>A stored value as the conflict view shows it: choices by their Swedish names, yes or no.</summary>
    protected virtual string? Describe(string field, string? stored) => (field, stored) switch
    {
        (_, null) => null,
        ("Kind" or "Role", _) => L[OrganizationLabels.OfStored(stored) ?? stored].Value,
        ("MayRepeat", "True") => L["Ja"].Value,
        ("MayRepeat", "False") => L["Nej"].Value,
        _ => stored,
    };

    /// <summary>The labels the conflict view shows for the fields of this section's records.</summary>
    public IReadOnlyDictionary<string, string> ConflictLabels => new Dictionary<string, string>
    {
        ["Name"] = L["Namn"],
        ["Kind"] = L["Typ"],
        ["Description"] = L["Beskrivning"],
        ["Order"] = L["Ordning"],
        ["Code"] = L["Kod"],
        ["PhaseId"] = L["Fas"],
        ["MayRepeat"] = L["Kan tas flera gånger"],
        ["DepartmentId"] = L["Förvaltning"],
        ["Role"] = L["Roll"],
    };
}
