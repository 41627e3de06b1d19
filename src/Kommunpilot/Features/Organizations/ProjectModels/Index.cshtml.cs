using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.ProjectModels;

/// <summary>The organisation's project models: each its own phases and numbered decision points.</summary>
public class ProjectModelsModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record Row(int Id, string Name, string? Description, int Phases, int DecisionPoints, int Projects);

    public List<Row> Rows { get; private set; } = [];
    public ProjectModelInput New { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAsync([Bind(Prefix = "New")] ProjectModelInput input)
    {
        New = input;
        var taken = L["Det finns redan en projektmodell med det namnet."];
        return AddAsync(
            () => UniqueAsync(Db.ProjectModels.Where(m => m.OrganizationId == OrganizationId), input.Name, 0, "New.Name", taken),
            () => new ProjectModel { OrganizationId = OrganizationId, Name = input.Name.Trim(), Description = ProjectModelPage.Trimmed(input.Description) },
            model => $"{Request.Path}/{model.Id}", L["Projektmodellen är skapad. Lägg till dess faser och beslutspunkter."], taken);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        Rows = await Db.ProjectModels.AsNoTracking()
            .Where(m => m.OrganizationId == OrganizationId)
            .OrderBy(m => m.Name)
            .Select(m => new Row(m.Id, m.Name, m.Description, m.Phases.Count, m.DecisionPoints.Count, Db.Projects.Count(p => p.ProjectModelId == m.Id)))
            .ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}
