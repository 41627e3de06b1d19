using Kommunpilot.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Infrastructure.Web;

/// <summary>
/// A fresh installation without demo data has no users: until the first administrator is created,
/// every request except the set-up page, static files and the health check goes to set-up.
/// </summary>
public sealed class SetupState
{
    private volatile bool _hasUsers;

    public async Task<bool> HasUsersAsync(UserManager<AppUser> users)
    {
        if (!_hasUsers)
        {
            _hasUsers = await users.Users.AnyAsync();
        }
        return _hasUsers;
    }

    public void UserCreated() => _hasUsers = true;
}

public static class SetupGate
{
    public const string SetupPath = "/konto/installera";

    private static readonly string[] Open = [SetupPath, "/health", "/lib/", "/css/", "/js/", "/favicon", "/fel", "/sprak"];

    public static IApplicationBuilder UseSetupGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (!Open.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                var state = context.RequestServices.GetRequiredService<SetupState>();
                var users = context.RequestServices.GetRequiredService<UserManager<AppUser>>();
                if (!await state.HasUsersAsync(users))
                {
                    if (path.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
                    {
                        await Results.Problem(
                            title: "Kommunpilot är inte installerat ännu",
                            detail: "Den första administratören har inte skapats. Öppna " + SetupPath + " i en webbläsare.",
                            statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
                        return;
                    }
                    context.Response.Redirect(SetupPath);
                    return;
                }
            }
            await next();
        });
}
