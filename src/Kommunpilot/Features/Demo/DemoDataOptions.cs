namespace Kommunpilot.Features.Demo;

/// <summary>Configuration section DemoData: DemoData__Enabled, DemoData__AdminEmail, DemoData__AdminPassword.</summary>
public sealed class DemoDataOptions
{
    public bool Enabled { get; set; } = true;
    public string AdminEmail { get; set; } = "admin@kommunpilot.example";
    public string AdminPassword { get; set; } = "Demo-Kommunpilot-2026";
}
