namespace Kommunpilot.Infrastructure.Data;

/// <summary>Every editable record carries a concurrency token that changes on each save.</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

/// <summary>A record that belongs to a project; its changes show in the project's history.</summary>
public interface IProjectPart
{
    int ProjectId { get; }
}

/// <summary>A record that belongs to one organisation (tenant).</summary>
public interface IOrganizationOwned
{
    int OrganizationId { get; }
}
