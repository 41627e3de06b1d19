using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Accounts;

/// <summary>A fresh installation without demo data: the first visitor creates the organisation and its first administrator.</summary>
[AllowAnonymous]
public class SetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, SetupState state) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await state.HasUsersAsync(users) ? LocalRedirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await state.HasUsersAsync(users))
        {
            return LocalRedirect("/");
        }
        if (Input.Password != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", "Lösenorden stämmer inte överens.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            return await CreateFirstAdministratorAsync();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException)
        {
            db.ChangeTracker.Clear();
            if (!await users.Users.AnyAsync())
            {
                throw;
            }
            // Someone else finished set-up at the same moment: theirs stands, this visitor signs in.
            return LocalRedirect("/konto/logga-in");
        }
    }

    private async Task<IActionResult> CreateFirstAdministratorAsync()
    {
        await using var tx = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable);
        if (await users.Users.AnyAsync())
        {
            return LocalRedirect("/konto/logga-in");
        }
        var organization = new Organization { Name = Input.OrganizationName.Trim(), Kind = Input.Kind };
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), DisplayName = Input.DisplayName.Trim(), EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            await tx.RollbackAsync();
            db.ChangeTracker.Clear();
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
            return Page();
        }
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = organization.Id, Role = OrganizationRole.Administrator });
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        state.UserCreated();
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }
}

public class SetupInput
{
    [Required(ErrorMessage = "Ange organisationens namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Organisationens namn")]
    public string OrganizationName { get; set; } = "";

    [Display(Name = "Typ av organisation")]
    public OrganizationKind Kind { get; set; } = OrganizationKind.Municipality;

    [Required(ErrorMessage = "Ange ditt namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Ditt namn")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Ange din e-postadress.")]
    [EmailAddress(ErrorMessage = "Ange en giltig e-postadress.")]
    [StringLength(256, ErrorMessage = "E-postadressen är för lång.")]
    [Display(Name = "E-postadress")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Välj ett lösenord.")]
    [StringLength(200, ErrorMessage = "Lösenordet är för långt.")]
    [DataType(DataType.Password)]
    [Display(Name = "Lösenord")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Upprepa lösenordet.")]
    [DataType(DataType.Password)]
    [Display(Name = "Upprepa lösenordet")]
    public string ConfirmPassword { get; set; } = "";
}
