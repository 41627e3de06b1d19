using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Organizations;

/// <summary>An organisation's project model: its phases and numbered decision points.</summary>
public class ProjectModel : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<ProjectPhase> Phases { get; } = [];
    public List<DecisionPoint> DecisionPoints { get; } = [];
}

public class ProjectPhase : IVersioned
{
    public int Id { get; set; }
    public int ProjectModelId { get; set; }
    public ProjectModel ProjectModel { get; set; } = null!;
    public int Order { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public class DecisionPoint : IVersioned
{
    public int Id { get; set; }
    public int ProjectModelId { get; set; }
    public ProjectModel ProjectModel { get; set; } = null!;
    /// <summary>BP1, BP2 ...</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int Order { get; set; }
    /// <summary>The phase that this decision point closes, if any.</summary>
    public int? PhaseId { get; set; }
    /// <summary>A decision point that may be taken more than once (e.g. a recurring go/no-go).</summary>
    public bool MayRepeat { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
