using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Organizations;

public enum OrganizationKind
{
    Municipality,
    MunicipalAssociation,
    Region,
}

/// <summary>A tenant: a kommun, kommunalförbund or region.</summary>
public class Organization : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }
    /// <summary>Set on a member municipality of a kommunalförbund.</summary>
    public int? ParentOrganizationId { get; set; }
    public Organization? ParentOrganization { get; set; }
    public List<Organization> Members { get; } = [];
    /// <summary>The municipality's id in Kolada (SCB's kommunkod, e.g. "1281" for Lund), for comparing KPIs.</summary>
    public string? KoladaMunicipalityId { get; set; }
    public bool IsDemo { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<Department> Departments { get; } = [];
}

/// <summary>Förvaltning or avdelning.</summary>
public class Department : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public required string Name { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
    public List<Unit> Units { get; } = [];
}

/// <summary>Verksamhet or enhet: where services are delivered (a school, a care home).</summary>
public class Unit : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public required string Name { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>Nämnd, kommunstyrelse or styrgrupp: who decides and receives reports.</summary>
public class DecisionBody : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

public enum ProgrammeKind
{
    Programme,
    Directive,
}

/// <summary>A programme or directive that projects belong to.</summary>
public class Programme : IVersioned, IOrganizationOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public ProgrammeKind Kind { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}
