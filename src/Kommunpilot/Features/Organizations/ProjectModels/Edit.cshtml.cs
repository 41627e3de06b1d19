using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.ProjectModels;

/// <summary>One project model: its name and description, its ordered phases and its numbered decision points.</summary>
public class ProjectModelEditModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : ProjectModelPage(db, l)
{
    public sealed record PhaseRow(int Id, int Order, string Name, string? Description, int Projects);

    public sealed record PointRow(int Id, string Code, string Name, int Order, string? Phase, bool MayRepeat, int Decisions);

    public ProjectModelInput Input { get; set; } = new();
    public PhaseInput NewPhase { get; set; } = new();
    public DecisionPointInput NewPoint { get; set; } = new();
    public List<PhaseRow> Phases { get; private set; } = [];
    public List<PointRow> Points { get; private set; } = [];
    public int Projects { get; private set; }

    private IQueryable<ProjectModel> Models => Db.ProjectModels.Where(m => m.OrganizationId == OrganizationId);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] ProjectModelInput input)
    {
        Input = input;
        var taken = L["Det finns redan en projektmodell med det namnet."];
        return await UpdateAsync(
            await Models.SingleOrDefaultAsync(m => m.Id == ModelId, HttpContext.RequestAborted), input,
            () => UniqueAsync(Models, input.Name, ModelId, "Input.Name", taken),
            model => (model.Name, model.Description) = (input.Name.Trim(), Trimmed(input.Description)),
            ModelUrl, L["Projektmodellen är sparad."], taken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var ct = HttpContext.RequestAborted;
        var projects = await Db.Projects.CountAsync(p => p.ProjectModelId == ModelId, ct);
        var decisions = await Db.ProjectDecisions.CountAsync(d => d.DecisionPoint.ProjectModelId == ModelId, ct);
        var inUse = projects > 0 || decisions > 0
            ? L["{0} projekt använder projektmodellen, så den kan inte tas bort.", Math.Max(projects, 1)].Value
            : null;
        return await DeleteAsync(await Models.SingleOrDefaultAsync(m => m.Id == ModelId, ct), version, inUse, $"/organisation/{OrganizationId}/projektmodeller", L["Projektmodellen är borttagen."]);
    }

    public async Task<IActionResult> OnPostAddPhaseAsync([Bind(Prefix = "NewPhase")] PhaseInput input)
    {
        NewPhase = input;
        return !await ModelExistsAsync()
            ? NotFound()
            : await AddAsync(
                () => CheckPhaseAsync(input, "NewPhase"),
                () => new ProjectPhase { ProjectModelId = ModelId, Order = input.Order, Name = input.Name.Trim(), Description = Trimmed(input.Description) },
                _ => ModelUrl + "#faser", L["Fasen är tillagd."], L["Fasen kunde inte sparas. Försök igen."]);
    }

    public async Task<IActionResult> OnPostAddPointAsync([Bind(Prefix = "NewPoint")] DecisionPointInput input)
    {
        NewPoint = input;
        return !await ModelExistsAsync()
            ? NotFound()
            : await AddAsync(
                () => CheckPointAsync(input, "NewPoint"),
                () => new DecisionPoint { ProjectModelId = ModelId, Code = input.Code.Trim(), Name = input.Name.Trim(), Order = input.Order, PhaseId = input.PhaseId, MayRepeat = input.MayRepeat },
                _ => ModelUrl + "#beslutspunkter", L["Beslutspunkten är tillagd."], L["Det finns redan en beslutspunkt med den koden i projektmodellen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var model = await LoadRecordAsync(
            Models.AsNoTracking().Where(m => m.Id == ModelId).Select(m => new ProjectModelInput { Name = m.Name, Description = m.Description, Version = m.Version }),
            fillForm, m => m.Name, m => Input = m);
        if (model is null)
        {
            return false;
        }
        await LoadModelAsync();
        Projects = await Db.Projects.CountAsync(p => p.ProjectModelId == ModelId, ct);
        Phases = await Db.ProjectPhases.AsNoTracking()
            .Where(p => p.ProjectModelId == ModelId)
            .OrderBy(p => p.Order).ThenBy(p => p.Name)
            .Select(p => new PhaseRow(p.Id, p.Order, p.Name, p.Description, Db.Projects.Count(x => x.CurrentPhaseId == p.Id)))
            .ToListAsync(ct);
        var names = PhaseOptions.ToDictionary(p => p.Id, p => p.Name);
        var points = await Db.DecisionPoints.AsNoTracking()
            .Where(d => d.ProjectModelId == ModelId)
            .OrderBy(d => d.Order).ThenBy(d => d.Code)
            .Select(d => new { d.Id, d.Code, d.Name, d.Order, d.PhaseId, d.MayRepeat, Decisions = Db.ProjectDecisions.Count(x => x.DecisionPointId == d.Id) })
            .ToListAsync(ct);
        Points = [.. points.Select(d => new PointRow(d.Id, d.Code, d.Name, d.Order, d.PhaseId is { } p ? names.GetValueOrDefault(p) : null, d.MayRepeat, d.Decisions))];
        // The add forms suggest the next place in the order.
        if (!ModelState.ContainsKey("NewPhase.Order"))
        {
            NewPhase.Order = Math.Min(99, Phases.Select(p => p.Order).DefaultIfEmpty(0).Max() + 1);
        }
        if (!ModelState.ContainsKey("NewPoint.Order"))
        {
            NewPoint.Order = Math.Min(99, Points.Select(p => p.Order).DefaultIfEmpty(0).Max() + 1);
        }
        return true;
    }
}
