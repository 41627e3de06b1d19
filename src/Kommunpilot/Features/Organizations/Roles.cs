namespace Kommunpilot.Features.Organizations;

public static class Roles
{
    /// <summary>The Swedish name of a role, as users know it (the key into the texts).</summary>
    public static string Label(OrganizationRole role) => role switch
    {
        OrganizationRole.Administrator => "administratör",
        OrganizationRole.ProjectLeader => "projektledare",
        OrganizationRole.Editor => "redaktör",
        _ => "läsare",
    };
}
