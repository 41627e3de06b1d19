using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Accounts;

/// <summary>The signed-in user's own account: their organisations and roles, and changing their password.</summary>
public class AccountModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<AccountTexts> l) : PageModel
{
    public sealed record Row(int Id, string Name, OrganizationRole Role);

    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public List<Row> Organizations { get; private set; } = [];

    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", l["Lösenorden stämmer inte överens."]);
        }
        if (ModelState.IsValid)
        {
            var changed = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
            if (changed.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                Status = l["Lösenordet är bytt."];
                return LocalRedirect("/konto");
            }
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }
        }
        // Never send passwords back to the browser.
        Input = new ChangePasswordInput();
        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var userId = db.CurrentUser.UserId;
        var me = await users.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.Email })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (me is null)
        {
            return Challenge();
        }
        (Name, Email) = (me.DisplayName ?? me.Email ?? "", me.Email ?? "");
        var roles = db.CurrentUser.Roles;
        var orgs = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(HttpContext.RequestAborted);
        Organizations = [.. orgs.Select(o => new Row(o.Id, o.Name, roles.GetValueOrDefault(o.Id)))];
        return Page();
    }
}

public class ChangePasswordInput
{
    [Required(ErrorMessage = "Ange ditt nuvarande lösenord.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nuvarande lösenord")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Välj ett nytt lösenord.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nytt lösenord")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Upprepa lösenordet.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Upprepa det nya lösenordet")]
    public string ConfirmPassword { get; set; } = "";
}
