namespace Kommunpilot.Features.Organizations;

/// <summary>The Swedish names users know for the organisation choices (keys into the texts, like <see cref="Roles.Label"/>).</summary>
public static class OrganizationLabels
{
    public static string Of(OrganizationKind kind) => kind switch
    {
        OrganizationKind.MunicipalAssociation => "Kommunalförbund",
        OrganizationKind.Region => "Region",
        _ => "Kommun",
    };

    public static string Of(ProgrammeKind kind) => kind switch
    {
        ProgrammeKind.Directive => "Direktiv",
        _ => "Program",
    };

    /// <summary>The label of a stored enum value as the conflict view shows it ("Directive" becomes "Direktiv").</summary>
    public static string? OfStored(string? value) => value switch
    {
        null => null,
        _ when Enum.TryParse<OrganizationKind>(value, out var k) && Enum.IsDefined(k) => Of(k),
        _ when Enum.TryParse<ProgrammeKind>(value, out var p) && Enum.IsDefined(p) => Of(p),
        _ when Enum.TryParse<OrganizationRole>(value, out var r) && Enum.IsDefined(r) => Roles.Label(r),
        _ => value,
    };
}
