using Microsoft.AspNetCore.Identity;

namespace Kommunpilot.Features.Accounts;

public class AppUser : IdentityUser
{
    public string? DisplayName { get; set; }
    public DateTime CreatedAt { get; set; }
}
