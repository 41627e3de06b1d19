using Kommunpilot.Infrastructure.Data;
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

    private IQueryable<DecisionPoint> ThisPoint =>
        Db.DecisionPoints.Where(d => d.Id == PointId && d.ProjectModelId == ModelId && d.ProjectModel.OrganizationId == OrganizationId);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] DecisionPointInput input)
    {
        Input = input;
        return await UpdateAsync(
            await ThisPoint.SingleOrDefaultAsync(HttpContext.RequestAborted), input,
            () => CheckPointAsync(input, "Input", PointId),
            point => (point.Code, point.Name, point.Order, point.PhaseId, point.MayRepeat) = (input.Code.Trim(), input.Name.Trim(), input.Order, input.PhaseId, input.MayRepeat),
            ModelUrl + "#beslutspunkter", L["Beslutspunkten är sparad."], L["Det finns redan en beslutspunkt med den koden i projektmodellen."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var decisions = await Db.ProjectDecisions.CountAsync(d => d.DecisionPointId == PointId, HttpContext.RequestAborted);
        var inUse = decisions > 0 ? L["Projekt har fattat {0} beslut vid beslutspunkten, så den kan inte tas bort.", decisions].Value : null;
        return await DeleteAsync(await ThisPoint.SingleOrDefaultAsync(HttpContext.RequestAborted), version, inUse, ModelUrl + "#beslutspunkter", L["Beslutspunkten är borttagen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var point = await LoadRecordAsync(
            ThisPoint.AsNoTracking().Select(d => new DecisionPointInput { Code = d.Code, Name = d.Name, Order = d.Order, PhaseId = d.PhaseId, MayRepeat = d.MayRepeat, Version = d.Version }),
            fillForm, d => d.Code, d => Input = d);
        if (point is null)
        {
            return false;
        }
        await LoadModelAsync();
        var decisions = await Db.ProjectDecisions.AsNoTracking()
            .Where(d => d.DecisionPointId == PointId)
            .OrderBy(d => d.DecidedOn)
            .Select(d => new { Project = d.Project.Name, d.DecidedOn, d.DecidedBy })
            .ToListAsync(HttpContext.RequestAborted);
        Decisions = [.. decisions.Select(d => $"{d.Project}: {d.DecidedOn:yyyy-MM-dd}, {d.DecidedBy}")];
        return true;
    }
}
