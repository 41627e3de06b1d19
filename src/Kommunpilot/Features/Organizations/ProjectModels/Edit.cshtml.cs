using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
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

    private Task<ProjectModel?> FindAsync() =>
        Db.ProjectModels.SingleOrDefaultAsync(m => m.Id == ModelId && m.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] ProjectModelInput input)
    {
        Input = input;
        var model = await FindAsync();
        if (model is null)
        {
            return await Gone();
        }
        if (ModelState.IsValid && await TakenAsync(Db.ProjectModels.Where(m => m.OrganizationId == OrganizationId), input.Name, ModelId))
        {
            ModelState.AddModelError("Input.Name", L["Det finns redan en projektmodell med det namnet."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(model, input.Version);
        model.Name = input.Name.Trim();
        model.Description = Trimmed(input.Description);
        return await SaveAsync(ModelUrl, L["Projektmodellen är sparad."], L["Det finns redan en projektmodell med det namnet."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var model = await FindAsync();
        var ct = HttpContext.RequestAborted;
        var projects = await Db.Projects.CountAsync(p => p.ProjectModelId == ModelId, ct);
        var decisions = await Db.ProjectDecisions.CountAsync(d => d.DecisionPoint.ProjectModelId == ModelId, ct);
        var inUse = projects > 0 || decisions > 0
            ? L["{0} projekt använder projektmodellen, så den kan inte tas bort.", Math.Max(projects, 1)].Value
            : null;
        return await DeleteAsync(model, version, inUse, $"/organisation/{OrganizationId}/projektmodeller", L["Projektmodellen är borttagen."]);
    }

    public async Task<IActionResult> OnPostAddPhaseAsync([Bind(Prefix = "NewPhase")] PhaseInput input)
    {
        NewPhase = input;
        if (!await ModelExistsAsync())
        {
            return NotFound();
        }
        await CheckPhaseAsync(input, "NewPhase");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(fillForm: true);
        }
        Db.ProjectPhases.Add(new ProjectPhase { ProjectModelId = ModelId, Order = input.Order, Name = input.Name.Trim(), Description = Trimmed(input.Description) });
        return await SaveAsync(ModelUrl + "#faser", L["Fasen är tillagd."], L["Fasen kunde inte sparas. Försök igen."]);
    }

    public async Task<IActionResult> OnPostAddPointAsync([Bind(Prefix = "NewPoint")] DecisionPointInput input)
    {
        NewPoint = input;
        if (!await ModelExistsAsync())
        {
            return NotFound();
        }
        await CheckPointAsync(input, "NewPoint");
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(fillForm: true);
        }
        Db.DecisionPoints.Add(new DecisionPoint
        {
            ProjectModelId = ModelId,
            Code = input.Code.Trim(),
            Name = input.Name.Trim(),
            Order = input.Order,
            PhaseId = input.PhaseId,
            MayRepeat = input.MayRepeat,
        });
        return await SaveAsync(ModelUrl + "#beslutspunkter", L["Beslutspunkten är tillagd."], L["Det finns redan en beslutspunkt med den koden i projektmodellen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var model = await Db.ProjectModels.AsNoTracking()
            .Where(m => m.Id == ModelId && m.OrganizationId == OrganizationId)
            .Select(m => new ProjectModelInput { Name = m.Name, Description = m.Description, Version = m.Version })
            .SingleOrDefaultAsync(ct);
        if (model is null)
        {
            return false;
        }
        await LoadModelAsync();
        RecordName = model.Name;
        if (fillForm)
        {
            Input = model;
        }
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
        if (!ModelState.ContainsKey("NewPhase.Order"))
        {
            NewPhase.Order = Phases.Count == 0 ? 1 : Math.Min(99, Phases.Max(p => p.Order) + 1);
        }
        if (!ModelState.ContainsKey("NewPoint.Order"))
        {
            NewPoint.Order = Points.Count == 0 ? 1 : Math.Min(99, Points.Max(p => p.Order) + 1);
        }
        return true;
    }
}
