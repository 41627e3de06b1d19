using Kommunpilot.Infrastructure.Data;
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

    private IQueryable<ProjectPhase> ThisPhase =>
        Db.ProjectPhases.Where(p => p.Id == PhaseId && p.ProjectModelId == ModelId && p.ProjectModel.OrganizationId == OrganizationId);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] PhaseInput input)
    {
        Input = input;
        return await UpdateAsync(
            await ThisPhase.SingleOrDefaultAsync(HttpContext.RequestAborted), input,
            () => CheckPhaseAsync(input, "Input", PhaseId),
            phase => (phase.Order, phase.Name, phase.Description) = (input.Order, input.Name.Trim(), Trimmed(input.Description)),
            ModelUrl + "#faser", L["Fasen är sparad."], L["Fasen kunde inte sparas. Försök igen."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var projects = await Db.Projects.CountAsync(p => p.CurrentPhaseId == PhaseId, HttpContext.RequestAborted);
        var inUse = projects > 0 ? L["{0} projekt är i fasen, så den kan inte tas bort.", projects].Value : null;
        return await DeleteAsync(await ThisPhase.SingleOrDefaultAsync(HttpContext.RequestAborted), version, inUse, ModelUrl + "#faser", L["Fasen är borttagen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var phase = await LoadRecordAsync(
            ThisPhase.AsNoTracking().Select(p => new PhaseInput { Order = p.Order, Name = p.Name, Description = p.Description, Version = p.Version }),
            fillForm, p => p.Name, p => Input = p);
        if (phase is null)
        {
            return false;
        }
        await LoadModelAsync();
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
