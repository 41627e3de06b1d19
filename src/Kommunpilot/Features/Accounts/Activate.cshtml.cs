using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Accounts;

/// <summary>
/// An invited person opens the activation link an administrator passed on, chooses a password and is
/// signed in. The link is a password-reset token: it expires, and setting the password (which changes
/// the security stamp) uses it up.
/// </summary>
[AllowAnonymous]
public class ActivateModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, IStringLocalizer<AccountTexts> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Uid { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public ActivateInput Input { get; set; } = new();

    /// <summary>Null when the link is invalid, expired or already used.</summary>
    public string? Email { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear();
        var (user, _) = await CheckAsync();
        Email = user?.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (user, token) = await CheckAsync();
        if (user is null)
        {
            ModelState.Clear();
            return Page();
        }
        Email = user.Email;
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", l["Lösenorden stämmer inte överens."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        user.EmailConfirmed = true;
        var reset = await users.ResetPasswordAsync(user, token!, Input.Password);
        if (!reset.Succeeded)
        {
            foreach (var error in reset.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    /// <summary>The invited user when the link is valid: a known account without a password and a token that still verifies.</summary>
    private async Task<(AppUser? User, string? Token)> CheckAsync()
    {
        if (string.IsNullOrEmpty(Uid) || string.IsNullOrEmpty(Token) || Uid.Length > 100 || Token.Length > 2000)
        {
            return (null, null);
        }
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
        }
        catch (FormatException)
        {
            return (null, null);
        }
        var user = await users.FindByIdAsync(Uid);
        if (user is null || await users.HasPasswordAsync(user)
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token))
        {
            return (null, null);
        }
        return (user, token);
    }
}

public class ActivateInput
{
    [Required(ErrorMessage = "Välj ett lösenord.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Lösenord")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Upprepa lösenordet.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Upprepa lösenordet")]
    public string ConfirmPassword { get; set; } = "";
}
