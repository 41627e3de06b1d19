using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Kommunpilot.Features.Accounts;

public static class AccountsApi
{
    public sealed record LoginRequest(string? Email, string? Password);

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Konto");
        group.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithSummary("Loggar in och returnerar en bearer-token för API:t (giltig en timme).");
        return app;
    }

    private static async Task<Results<SignInHttpResult, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<AppUser> signIn, UserManager<AppUser> users)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Email) || !new EmailAddressAttribute().IsValid(request.Email))
        {
            errors["email"] = ["Ange en giltig e-postadress."];
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors["password"] = ["Ange lösenordet."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Uppgifterna är ofullständiga.");
        }
        var user = await users.FindByEmailAsync(request.Email!.Trim());
        if (user is null)
        {
            return TypedResults.Problem(title: "Fel e-postadress eller lösenord.", statusCode: StatusCodes.Status401Unauthorized);
        }
        var check = await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return TypedResults.Problem(title: "Kontot är tillfälligt spärrat efter för många misslyckade inloggningar.", statusCode: StatusCodes.Status423Locked);
        }
        if (!check.Succeeded)
        {
            return TypedResults.Problem(title: "Fel e-postadress eller lösenord.", statusCode: StatusCodes.Status401Unauthorized);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}

/// <summary>Documents the bearer token answer for OpenAPI readers.</summary>
public sealed record TokenAnswer(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken)
{
    public static TokenAnswer From(AccessTokenResponse r) => new(r.TokenType, r.AccessToken, r.ExpiresIn, r.RefreshToken);
}
