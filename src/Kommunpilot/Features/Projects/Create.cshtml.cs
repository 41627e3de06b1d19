using System.Globalization;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// A new project, led by an organisation where the caller is projektledare or administratör.
/// A double click or a replayed POST does not make two projects: a project with the same name created
/// in the same organisation within the last minute is taken to be this one, checked in a serializable
/// transaction so that two simultaneous POSTs cannot both pass.
/// </summary>
public class CreateModel(AppDbContext db, IStringLocalizer<ProjectTexts> l, TimeProvider clock) : PageModel
{
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromMinutes(1);

    private enum Outcome
    {
        Created,
        JustCreated,
        CodeTaken,
    }

    [BindProperty]
    public NewProjectInput Input { get; set; } = new();

    /// <summary>The organisations the caller may create projects in.</summary>
    public List<Choice> Organizations { get; private set; } = [];

    public ProjectChoices Choices { get; private set; } = new([], []);

    /// <summary>Set when this form was just sent already: the project that it created.</summary>
    public int? JustCreatedId { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "organisation")] string? organisation, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (int.TryParse(organisation, NumberStyles.Integer, CultureInfo.InvariantCulture, out var org) && Organizations.Any(o => o.Id == org))
        {
            Input.OrganizationId = org;
        }
        else if (Organizations.Count == 1)
        {
            Input.OrganizationId = Organizations[0].Id;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (Input.OrganizationId is not { } lead)
        {
            return Page();
        }
        if (!Organizations.Any(o => o.Id == lead))
        {
            // Another tenant's organisation, an unknown one, or one where the caller only reads: all look the same.
            ModelState.AddModelError("Input.OrganizationId", l["Välj en organisation där du är projektledare eller administratör."]);
            return Page();
        }
        await ProjectRules.CheckAsync(db, l, ModelState, lead, Input, existing: null, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var name = Input.Name!.Trim();
        var code = ProjectBasicsInput.Clean(Input.Code);
        var since = clock.GetUtcNow().UtcDateTime - DuplicateWindow;
        var (outcome, id) = await Serialized.RunAsync(db, async token =>
        {
            var recent = await db.Projects
                .Where(p => p.OrganizationId == lead && p.Name == name && p.CreatedAt >= since)
                .Select(p => (int?)p.Id)
                .FirstOrDefaultAsync(token);
            if (recent is { } existing)
            {
                return (Outcome.JustCreated, existing);
            }
            if (code is not null && await ProjectRules.CodeTakenAsync(db, lead, code, null, token))
            {
                return (Outcome.CodeTaken, 0);
            }
            var project = new Project { Name = name, OrganizationId = lead };
            Input.ApplyTo(project);
            project.Owners.Add(new ProjectOwner { OrganizationId = lead });
            db.Projects.Add(project);
            await db.SaveChangesAsync(token);
            return (Outcome.Created, project.Id);
        }, ct);

        switch (outcome)
        {
            case Outcome.JustCreated:
                JustCreatedId = id;
                ModelState.AddModelError("Input.Name", l["Ett projekt med namnet {0} skapades nyss i organisationen. Formuläret har troligen redan skickats; inget nytt projekt har skapats.", name]);
                return Page();
            case Outcome.CodeTaken:
                ModelState.AddModelError("Input.Code", l["Projektkoden {0} används redan av ett annat projekt i organisationen.", code!]);
                return Page();
            default:
                TempData[DetailsModel.SavedKey] = l["Projektet är skapat."].Value;
                return Redirect($"/projekt/{id}");
        }
    }

    /// <summary>Loads the form's choices; false when the caller may not create projects anywhere.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var allowed = db.CurrentUser.Roles.Where(r => r.Value >= OrganizationRole.ProjectLeader).Select(r => r.Key).ToList();
        if (allowed.Count == 0)
        {
            return false;
        }
        Organizations = await db.Organizations.AsNoTracking()
            .Where(o => allowed.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(ct);
        Choices = await ProjectChoices.LoadAsync(db, allowed, ct);
        return Organizations.Count > 0;
    }
}
