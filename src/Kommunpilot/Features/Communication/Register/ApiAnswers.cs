using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Kommunpilot.Features.Projects.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// 409 when the version sent is not the stored one: nothing was written; <see cref="Current"/> holds the
/// stored values and <see cref="Changes"/> what differs from what was sent. Sending again with
/// <see cref="CurrentVersion"/> is a deliberate overwrite.
/// </summary>
public sealed record RegisterConflictProblem<T>(
    string Type,
    string Title,
    int Status,
    string Detail,
    Guid CurrentVersion,
    T Current,
    IReadOnlyList<RegisterChange> Changes,
    string? TraceId);

/// <summary>A field that differs: what the caller sent and what is stored.</summary>
public sealed record RegisterChange(string Field, string? Sent, string? Stored);

/// <summary>The answers the register's endpoints share: Swedish ProblemDetails for every expected fault.</summary>
internal static class ApiAnswers
{
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(title: "Åtkomst nekad.", detail: detail, statusCode: StatusCodes.Status403Forbidden);

    public static ProblemHttpResult NotFound(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    /// <summary>The rules' errors as a validation problem, keyed by the JSON field (camelCase).</summary>
    public static ValidationProblem Invalid(IEnumerable<RegisterError> errors)
    {
        var problem = new ApiErrors();
        foreach (var error in errors)
        {
            problem.Add(ApiValidation.Key(error.Field), error.Swedish());
        }
        return problem.ToProblem();
    }

    public static ValidationProblem Invalid(string field, string message) => Invalid([new RegisterError(field, message)]);

    /// <summary>A change (PUT) or delete must say which version it was read as.</summary>
    public static ValidationProblem VersionMissing() =>
        Invalid("Version", "Version måste anges: skicka versionen du läste (fältet version från GET).");

    public static JsonHttpResult<RegisterConflictProblem<TDto>> Conflict<TDto>(string title, Guid currentVersion, TDto current, object? sent, HttpContext http) =>
        TypedResults.Json(
            new RegisterConflictProblem<TDto>(
                Type: "https://tools.ietf.org/html/rfc9110#section-15.5.10",
                Title: title,
                Status: StatusCodes.Status409Conflict,
                Detail: "Ingenting har sparats eller skrivits över. De sparade värdena står i current. Vill du ändå spara dina värden, skicka dem igen med version = currentVersion.",
                CurrentVersion: currentVersion,
                Current: current,
                Changes: sent is null ? [] : Differences(sent, current!),
                TraceId: Activity.Current?.Id ?? http.TraceIdentifier),
            statusCode: StatusCodes.Status409Conflict,
            contentType: "application/problem+json");

    /// <summary>Field by field, where what was sent differs from what is stored (fields of the input that the answer also has).</summary>
    private static List<RegisterChange> Differences(object sent, object stored)
    {
        var changes = new List<RegisterChange>();
        foreach (var property in sent.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.Name is "Version" or "Order" or "OrganizationId"
                || stored.GetType().GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance) is not { } other)
            {
                continue;
            }
            var (mine, theirs) = (Format(property.GetValue(sent)), Format(other.GetValue(stored)));
            if (mine != theirs)
            {
                changes.Add(new RegisterChange(ApiValidation.Key(property.Name), mine, theirs));
            }
        }
        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => RegisterValidation.Clean(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
