using Kommunpilot.Features.Accounts;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Organizations;

/// <summary>Ordered by what the role may do: each role may do all that the ones before it may.</summary>
public enum OrganizationRole
{
    Reader = 0,
    Editor = 1,
    ProjectLeader = 2,
    Administrator = 3,
}

public class Membership : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public OrganizationRole Role { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
