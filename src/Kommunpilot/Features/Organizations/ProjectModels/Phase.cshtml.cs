using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.ProjectModels;

/// <summary>One phase of a project model; deleted only when no project is in it.</summary>
public class PhaseModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : ProjectModelPage(db, l)
{
    public int PhaseId => RouteId("phaseId");
    public PhaseInput Input { get; set; } = new();
    public List<string> Projects { get; private set; } = [];
    public List<string> Points { get; private set; } = [];

    private Task<ProjectPhase?> FindAsync() =>
        Db.ProjectPhases.SingleOrDefaultAsync(p => p.Id == PhaseId && p.ProjectModelId == ModelId && p.ProjectModel.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] PhaseInput input)
    {
        Input = input;
        var phase = await FindAsync();
        if (phase is null)
        {
            return await Gone();
        }
        await CheckPhaseAsync(input, "Input", PhaseId);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(phase, input.Version);
        phase.Order = input.Order;
        phase.Name = input.Name.Trim();
        phase.Description = Trimmed(input.Description);
        return await SaveAsync(ModelUrl + "#faser", L["Fasen är sparad."], L["Fasen kunde inte sparas. Försök igen."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var phase = await FindAsync();
        var projects = await Db.Projects.CountAsync(p => p.CurrentPhaseId == PhaseId, HttpContext.RequestAborted);
        var inUse = projects > 0 ? L["{0} projekt är i fasen, så den kan inte tas bort.", projects].Value : null;
        return await DeleteAsync(phase, version, inUse, ModelUrl + "#faser", L["Fasen är borttagen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var phase = await Db.ProjectPhases.AsNoTracking()
            .Where(p => p.Id == PhaseId && p.ProjectModelId == ModelId && p.ProjectModel.OrganizationId == OrganizationId)
            .Select(p => new PhaseInput { Order = p.Order, Name = p.Name, Description = p.Description, Version = p.Version })
            .SingleOrDefaultAsync(ct);
        if (phase is null)
        {
            return false;
        }
        await LoadModelAsync();
        RecordName = phase.Name;
        if (fillForm)
        {
            Input = phase;
        }
        Projects = await Db.Projects.AsNoTracking()
            .Where(p => p.CurrentPhaseId == PhaseId)
            .OrderBy(p => p.Name)
            .Select(p => p.Name)
            .ToListAsync(ct);
        Points = await Db.DecisionPoints.AsNoTracking()
            .Where(d => d.PhaseId == PhaseId)
            .OrderBy(d => d.Order)
            .Select(d => d.Code + " " + d.Name)
            .ToListAsync(ct);
        return true;
    }
}
