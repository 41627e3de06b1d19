using System.ComponentModel.DataAnnotations;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Accounts;

[AllowAnonymous]
public class LoginModel(SignInManager<AppUser> signIn, IStringLocalizer<SharedTexts> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? t["Kontot är tillfälligt spärrat efter för många misslyckade inloggningar. Försök igen om 15 minuter."]
            : t["Fel e-postadress eller lösenord."]);
        return Page();
    }
}

public class LoginInput
{
    [Required(ErrorMessage = "Ange din e-postadress.")]
    [EmailAddress(ErrorMessage = "Ange en giltig e-postadress.")]
    [StringLength(256, ErrorMessage = "E-postadressen är för lång.")]
    [Display(Name = "E-postadress")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Ange ditt lösenord.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Lösenord")]
    public string Password { get; set; } = "";
}
