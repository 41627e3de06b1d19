using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.ProjectModels;

/// <summary>One decision point of a project model; deleted only when no project has recorded a decision at it.</summary>
public class DecisionPointModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : ProjectModelPage(db, l)
{
    public int PointId => RouteId("pointId");
    public DecisionPointInput Input { get; set; } = new();
    public List<string> Decisions { get; private set; } = [];

    private Task<DecisionPoint?> FindAsync() =>
        Db.DecisionPoints.SingleOrDefaultAsync(d => d.Id == PointId && d.ProjectModelId == ModelId && d.ProjectModel.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] DecisionPointInput input)
    {
        Input = input;
        var point = await FindAsync();
        if (point is null)
        {
            return await Gone();
        }
        await CheckPointAsync(input, "Input", PointId);
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(point, input.Version);
        point.Code = input.Code.Trim();
        point.Name = input.Name.Trim();
        point.Order = input.Order;
        point.PhaseId = input.PhaseId;
        point.MayRepeat = input.MayRepeat;
        return await SaveAsync(ModelUrl + "#beslutspunkter", L["Beslutspunkten är sparad."], L["Det finns redan en beslutspunkt med den koden i projektmodellen."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var point = await FindAsync();
        var decisions = await Db.ProjectDecisions.CountAsync(d => d.DecisionPointId == PointId, HttpContext.RequestAborted);
        var inUse = decisions > 0 ? L["Projekt har fattat {0} beslut vid beslutspunkten, så den kan inte tas bort.", decisions].Value : null;
        return await DeleteAsync(point, version, inUse, ModelUrl + "#beslutspunkter", L["Beslutspunkten är borttagen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var point = await Db.DecisionPoints.AsNoTracking()
            .Where(d => d.Id == PointId && d.ProjectModelId == ModelId && d.ProjectModel.OrganizationId == OrganizationId)
            .Select(d => new DecisionPointInput { Code = d.Code, Name = d.Name, Order = d.Order, PhaseId = d.PhaseId, MayRepeat = d.MayRepeat, Version = d.Version })
            .SingleOrDefaultAsync(ct);
        if (point is null)
        {
            return false;
        }
        await LoadModelAsync();
        RecordName = point.Code;
        if (fillForm)
        {
            Input = point;
        }
        var decisions = await Db.ProjectDecisions.AsNoTracking()
            .Where(d => d.DecisionPointId == PointId)
            .OrderBy(d => d.DecidedOn)
            .Select(d => new { Project = d.Project.Name, d.DecidedOn, d.DecidedBy })
            .ToListAsync(ct);
        Decisions = [.. decisions.Select(d => $"{d.Project}: {d.DecidedOn:yyyy-MM-dd}, {d.DecidedBy}")];
        return true;
    }
}
