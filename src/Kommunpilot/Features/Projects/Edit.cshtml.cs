using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// The project's own fields: name and period, the document header, who orders, owns, leads and funds
/// it, the long texts, programme, project model and co-owning organisations. Editors and up; a reader
/// gets 403, another tenant's project 404. Saves check the version the form was loaded with.
/// </summary>
public class EditModel(AppDbContext db, IStringLocalizer<ProjectTexts> l, IStringLocalizer<SharedTexts> t) : PageModel
{
    [BindProperty]
    public EditProjectInput Input { get; set; } = new();

    public int Id { get; private set; }
    public string ProjectName { get; private set; } = "";
    public string? LeadOrganization { get; private set; }
    public int LeadOrganizationId { get; private set; }

    /// <summary>The caller's other organisations, which it may add as co-owners.</summary>
    public List<Choice> Organizations { get; private set; } = [];

    /// <summary>Co-owners the caller does not belong to: kept as they are, and not shown by name.</summary>
    public int HiddenCoOwners { get; private set; }

    public ProjectChoices Choices { get; private set; } = new([], []);
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.Owners).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }
        if (!await ProjectAccess.CanEditAsync(db, id, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input = EditProjectInput.From(project);
        await LoadAsync(project, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.Include(p => p.Owners).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }
        if (!await ProjectAccess.CanEditAsync(db, id, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await LoadAsync(project, ct);
        await ProjectRules.CheckAsync(db, l, ModelState, project.OrganizationId, Input, project, ct);
        var mine = db.CurrentUser.OrganizationIds;
        if (Input.CoOwnerIds.Any(o => o != project.OrganizationId && !mine.Contains(o)))
        {
            ModelState.AddModelError("Input.CoOwnerIds", l["Du kan bara lägga till organisationer som du själv tillhör som ägare."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.ExpectVersion(project, Input.Version);
        Input.ApplyAllTo(project);
        SetCoOwners(project, mine);
        // Every save checks and bumps the version, even one that only changes the owners.
        db.Entry(project).Property(p => p.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, ct);
            Conflict = ProjectConflict.Readable(conflict, nameof(Project), Localize, new Dictionary<string, IReadOnlyDictionary<int, string>>
            {
                [nameof(Project.ProgrammeId)] = Choices.ProgrammeNames,
                [nameof(Project.ProjectModelId)] = Choices.ModelNames,
            });
            ViewData["ConflictLabels"] = ProjectConflict.Labels(Localize);
            // The next save is a deliberate overwrite of what is stored now.
            ModelState.Remove("Input.Version");
            Input.Version = conflict.CurrentVersion ?? Input.Version;
            return Page();
        }
        TempData[DetailsModel.SavedKey] = t["Ändringarna är sparade."].Value;
        return Redirect($"/projekt/{id}");
    }

    private string Localize(string text) => ProjectConflict.Localize(l, t, text);

    /// <summary>
    /// The lead organisation always owns the project. Of the caller's own organisations, those ticked
    /// own it; organisations the caller does not belong to keep owning it as before.
    /// </summary>
    private void SetCoOwners(Project project, IReadOnlyList<int> mine)
    {
        var wanted = Input.CoOwnerIds.Where(mine.Contains).Append(project.OrganizationId).ToHashSet();
        foreach (var owner in project.Owners.Where(o => mine.Contains(o.OrganizationId) && !wanted.Contains(o.OrganizationId)).ToList())
        {
            project.Owners.Remove(owner);
        }
        foreach (var org in wanted.Where(o => project.Owners.All(x => x.OrganizationId != o)))
        {
            project.Owners.Add(new ProjectOwner { OrganizationId = org });
        }
    }

    private async Task LoadAsync(Project project, CancellationToken ct)
    {
        Id = project.Id;
        ProjectName = project.Name;
        LeadOrganizationId = project.OrganizationId;
        var all = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(ct);
        LeadOrganization = all.FirstOrDefault(o => o.Id == project.OrganizationId)?.Name;
        Organizations = [.. all.Where(o => o.Id != project.OrganizationId)];
        HiddenCoOwners = project.Owners.Count(o => o.OrganizationId != project.OrganizationId && all.All(a => a.Id != o.OrganizationId));
        var choices = await ProjectChoices.LoadAsync(db, [project.OrganizationId], ct);
        Choices = choices.Keeping(project.ProgrammeId, project.ProjectModelId, l["Nuvarande (i en organisation du inte tillhör)"]);
    }
}
