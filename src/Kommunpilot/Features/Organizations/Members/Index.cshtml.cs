using System.ComponentModel.DataAnnotations;
using System.Text;
using Kommunpilot.Features.Accounts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Kommunpilot.Features.Organizations.Members;

/// <summary>
/// The organisation's users: their roles, removing a membership, and inviting people (there is no open
/// registration). A new person gets an account without a password and a one-time activation link that
/// the administrator passes on; no mail is sent. The organisation always keeps at least one administrator.
/// </summary>
public class MembersModel(
    AppDbContext db,
    IStringLocalizer<OrganizationTexts> l,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    TimeProvider clock) : OrganizationAdminPage(db, l)
{
    public const int PageSize = 50;
    private const string LinkKey = "ActivationLink";
    private const string LinkForKey = "ActivationFor";

    public sealed record Row(int MembershipId, string Name, string Email, OrganizationRole Role, Guid Version, bool Pending, bool LockedOut, bool IsMe);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "sida")]
    public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public InviteInput Invite { get; set; } = new();

    /// <summary>Shown once, right after an invitation: the link the administrator passes on.</summary>
    public string? ActivationLink { get; private set; }
    public string? ActivationFor { get; private set; }
    public int LinkHours => (int)Math.Round(tokens.Value.TokenLifespan.TotalHours);

    private string PageUrl => $"/organisation/{OrganizationId}/anvandare";

    public async Task<IActionResult> OnGetAsync()
    {
        ActivationLink = TempData[LinkKey] as string;
        ActivationFor = TempData[LinkForKey] as string;
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostRoleAsync(int membershipId, OrganizationRole role, Guid version)
    {
        var membership = await FindAsync(membershipId);
        if (membership is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid || !Enum.IsDefined(role))
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, L["Välj en av rollerna."]);
            return await RedisplayAsync();
        }
        if (role != OrganizationRole.Administrator && await IsLastAdministratorAsync(membership))
        {
            ModelState.AddModelError(string.Empty, L["{0} är organisationens enda administratör. Utse en annan administratör först.", Name(membership.User)]);
            return await RedisplayAsync();
        }
        Expect(membership, version);
        membership.Role = role;
        var result = await SaveAsync(PageUrl, L["{0} har nu rollen {1}.", Name(membership.User), L[Roles.Label(role)]], L["Rollen kunde inte sparas. Försök igen."]);
        return Conflict is null && ModelState.IsValid ? await AfterChangeAsync(membership.User, result) : result;
    }

    public async Task<IActionResult> OnPostRemoveAsync(int membershipId, Guid version)
    {
        var membership = await FindAsync(membershipId);
        if (membership is null)
        {
            return NotFound();
        }
        var user = membership.User;
        if (await IsLastAdministratorAsync(membership))
        {
            ModelState.AddModelError(string.Empty, L["{0} är organisationens enda administratör och kan inte tas bort. Utse en annan administratör först.", Name(user)]);
            return await RedisplayAsync();
        }
        Expect(membership, version);
        Db.Memberships.Remove(membership);
        try
        {
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, L["Någon annan har ändrat medlemskapet för {0} sedan du öppnade sidan, så det har inte tagits bort. Här är de aktuella uppgifterna.", Name(user)]);
            return await RedisplayAsync();
        }
        TempData[StatusKey] = L["{0} är inte längre medlem i organisationen.", Name(user)].Value;
        return await AfterChangeAsync(user, LocalRedirect(PageUrl));
    }

    public async Task<IActionResult> OnPostInviteAsync([Bind(Prefix = "Invite")] InviteInput input)
    {
        Invite = input;
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        var ct = HttpContext.RequestAborted;
        var email = input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is not null && await Db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == OrganizationId, ct))
        {
            if (user.PasswordHash is null)
            {
                // Invited before (or the same form sent twice): the same membership, a fresh link.
                await KeepLinkAsync(user);
                TempData[StatusKey] = L["{0} är redan inbjuden men har inte aktiverat sitt konto. Här är en ny aktiveringslänk.", email].Value;
                return LocalRedirect(PageUrl);
            }
            ModelState.AddModelError("Invite.Email", L["{0} är redan medlem i organisationen.", email]);
            return await RedisplayAsync();
        }
        await using (var tx = await Db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                if (user is null)
                {
                    user = new AppUser { UserName = email, Email = email, DisplayName = input.Name.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
                    var created = await users.CreateAsync(user);
                    if (!created.Succeeded)
                    {
                        foreach (var error in created.Errors)
                        {
                            ModelState.AddModelError("Invite.Email", error.Description);
                        }
                        return await RedisplayAsync();
                    }
                }
                Db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = OrganizationId, Role = input.Role });
                await Db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                // The same invitation sent twice at once: the other one won.
                ModelState.AddModelError("Invite.Email", L["{0} bjöds precis in av någon annan. Ladda om sidan.", email]);
                return await RedisplayAsync();
            }
        }
        if (user.PasswordHash is null)
        {
            await KeepLinkAsync(user);
            TempData[StatusKey] = L["{0} är inbjuden som {1}.", email, L[Roles.Label(input.Role)]].Value;
        }
        else
        {
            await users.UpdateSecurityStampAsync(user);
            TempData[StatusKey] = L["{0} hade redan ett konto och är nu medlem som {1}.", email, L[Roles.Label(input.Role)]].Value;
        }
        return LocalRedirect(PageUrl);
    }

    /// <summary>A new activation link for someone who has not yet activated their account.</summary>
    public async Task<IActionResult> OnPostLinkAsync(int membershipId)
    {
        var membership = await FindAsync(membershipId);
        if (membership is null)
        {
            return NotFound();
        }
        if (membership.User.PasswordHash is not null)
        {
            ModelState.AddModelError(string.Empty, L["{0} har redan aktiverat sitt konto.", Name(membership.User)]);
            return await RedisplayAsync();
        }
        await KeepLinkAsync(membership.User);
        return LocalRedirect(PageUrl);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var members = Db.Memberships.AsNoTracking().Where(m => m.OrganizationId == OrganizationId);
        Total = await members.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var rows = await members
            .OrderBy(m => m.User.DisplayName ?? m.User.Email).ThenBy(m => m.User.Email)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new { m.Id, m.UserId, m.User.DisplayName, m.User.Email, m.Role, m.Version, Pending = m.User.PasswordHash == null, m.User.LockoutEnd })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        Rows = [.. rows.Select(r => new Row(
            r.Id, r.DisplayName ?? r.Email ?? "", r.Email ?? "", r.Role, r.Version, r.Pending,
            r.LockoutEnd is { } end && end > now, r.UserId == Db.CurrentUser.UserId))];
        return true;
    }

    private Task<Membership?> FindAsync(int membershipId) =>
        Db.Memberships.Include(m => m.User).SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    private async Task<bool> IsLastAdministratorAsync(Membership membership) =>
        membership.Role == OrganizationRole.Administrator
        && !await Db.Memberships.AnyAsync(m => m.OrganizationId == OrganizationId && m.Role == OrganizationRole.Administrator && m.Id != membership.Id, HttpContext.RequestAborted);

    private void Expect(Membership membership, Guid version) => Db.ExpectVersion(membership, version);

    /// <summary>
    /// The user's cookie holds their memberships: a new security stamp makes it refresh (within the
    /// validation interval), and the administrator's own at once. Someone who has not activated yet has
    /// no session, and a new stamp would void their activation link, so they are left alone.
    /// </summary>
    private async Task<IActionResult> AfterChangeAsync(AppUser user, IActionResult result)
    {
        if (user.PasswordHash is null)
        {
            return result;
        }
        await users.UpdateSecurityStampAsync(user);
        if (user.Id != Db.CurrentUser.UserId)
        {
            return result;
        }
        await signIn.RefreshSignInAsync(user);
        // Someone who is no longer an administrator here cannot see this page any more.
        var stillAdmin = await Db.Memberships.AnyAsync(m => m.UserId == user.Id && m.OrganizationId == OrganizationId && m.Role == OrganizationRole.Administrator, HttpContext.RequestAborted);
        return stillAdmin ? result : LocalRedirect("/");
    }

    private async Task KeepLinkAsync(AppUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        TempData[LinkKey] = Url.Page("/Accounts/Activate", pageHandler: null, values: new { uid = user.Id, token = code }, protocol: Request.Scheme);
        TempData[LinkForKey] = user.Email;
    }

    private static string Name(AppUser user) => user.DisplayName ?? user.Email ?? user.UserName ?? "";
}

public class InviteInput
{
    [Required(ErrorMessage = "Ange personens e-postadress.")]
    [EmailAddress(ErrorMessage = "Ange en giltig e-postadress.")]
    [StringLength(256, ErrorMessage = "E-postadressen är för lång.")]
    [Display(Name = "E-postadress")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Ange personens namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [Display(Name = "Roll")]
    public OrganizationRole Role { get; set; } = OrganizationRole.Reader;
}
