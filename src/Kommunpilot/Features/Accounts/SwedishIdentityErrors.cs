using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Identity;

namespace Kommunpilot.Features.Accounts;

/// <summary>Identity's messages in the language of the request, Swedish first.</summary>
public sealed class SwedishIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string sv, string en) =>
        new() { Code = code, Description = Cultures.IsEnglish ? en : sv };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "Ett okänt fel inträffade.", "An unknown error occurred.");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Kontot har ändrats av någon annan. Ladda om och försök igen.", "The account was changed by someone else. Reload and try again.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Fel lösenord.", "Incorrect password.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "Länken är ogiltig eller har gått ut.", "The link is invalid or has expired.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), $"Användarnamnet '{userName}' är ogiltigt.", $"User name '{userName}' is invalid.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), $"E-postadressen '{email}' är ogiltig.", $"E-mail '{email}' is invalid.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), $"Det finns redan ett konto för '{userName}'.", $"There is already an account for '{userName}'.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), $"Det finns redan ett konto med e-postadressen '{email}'.", $"There is already an account with e-mail '{email}'.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"Lösenordet måste ha minst {length} tecken.", $"The password must have at least {length} characters.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"Lösenordet måste innehålla minst {uniqueChars} olika tecken.", $"The password must contain at least {uniqueChars} different characters.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Lösenordet måste innehålla minst ett specialtecken.", "The password must contain at least one special character.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Lösenordet måste innehålla minst en siffra.", "The password must contain at least one digit.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Lösenordet måste innehålla minst en liten bokstav.", "The password must contain at least one lower-case letter.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Lösenordet måste innehålla minst en stor bokstav.", "The password must contain at least one upper-case letter.");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "Kontot har redan ett lösenord.", "The account already has a password.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "Spärr är inte aktiverat för kontot.", "Lockout is not enabled for this account.");
}
