using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.ProjectModels;

/// <summary>The pages of one project model (<c>/organisation/{id}/projektmodeller/{modelId}</c>) and the rules its phases and decision points keep.</summary>
public abstract class ProjectModelPage(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record PhaseOption(int Id, int Order, string Name);

    public int ModelId => RouteId("modelId");
    public string ModelName { get; protected set; } = "";
    public string ModelUrl => $"/organisation/{OrganizationId}/projektmodeller/{ModelId}";

    /// <summary>The model's phases in order, for the decision points' phase choice.</summary>
    public List<PhaseOption> PhaseOptions { get; protected set; } = [];

    protected Task<bool> ModelExistsAsync() =>
        Db.ProjectModels.AnyAsync(m => m.Id == ModelId && m.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    protected async Task LoadModelAsync()
    {
        var ct = HttpContext.RequestAborted;
        ModelName = await Db.ProjectModels.AsNoTracking()
            .Where(m => m.Id == ModelId && m.OrganizationId == OrganizationId)
            .Select(m => m.Name)
            .SingleOrDefaultAsync(ct) ?? "";
        PhaseOptions = await Db.ProjectPhases.AsNoTracking()
            .Where(p => p.ProjectModelId == ModelId)
            .OrderBy(p => p.Order).ThenBy(p => p.Name)
            .Select(p => new PhaseOption(p.Id, p.Order, p.Name))
            .ToListAsync(ct);
    }

    /// <summary>A phase's name is unique within its model.</summary>
    protected Task CheckPhaseAsync(PhaseInput input, string prefix, int exceptId = 0) =>
        UniqueAsync(Db.ProjectPhases.Where(p => p.ProjectModelId == ModelId), input.Name, exceptId, $"{prefix}.Name", L["Det finns redan en fas med det namnet i projektmodellen."]);

    /// <summary>A decision point's code is unique within its model, and its phase (if any) is one of the model's.</summary>
    protected async Task CheckPointAsync(DecisionPointInput input, string prefix, int exceptId = 0)
    {
        if (!ModelState.IsValid)
        {
            return;
        }
        await UniqueAsync(Db.DecisionPoints.Where(d => d.ProjectModelId == ModelId), input.Code, exceptId, $"{prefix}.Code",
            L["Det finns redan en beslutspunkt med koden {0} i projektmodellen.", input.Code.Trim()], nameof(DecisionPoint.Code));
        if (ModelState.IsValid && input.PhaseId is { } phase && !await Db.ProjectPhases.AnyAsync(p => p.Id == phase && p.ProjectModelId == ModelId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError($"{prefix}.PhaseId", L["Välj en av projektmodellens faser."]);
        }
    }

    internal static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A phase shows in the conflict view by its name.</summary>
    protected override string? Describe(string field, string? stored) =>
        field == nameof(DecisionPoint.PhaseId)
            ? (int.TryParse(stored, out var id) ? PhaseOptions.FirstOrDefault(p => p.Id == id)?.Name : null) ?? L["Ingen fas"]
            : base.Describe(field, stored);
}
