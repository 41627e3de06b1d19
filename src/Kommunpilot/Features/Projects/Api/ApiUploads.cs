using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>
/// Reading an uploaded file's form in an API endpoint: within a size limit, and with the antiforgery
/// check a cookie-authenticated call needs (a bearer-token call carries no cookie to forge). Each
/// feature gives its own answers for an unreadable or too large body.
/// </summary>
internal static class ApiUploads
{
    public static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The form, or (when the form is null) the problem to answer with instead.</summary>
    public static async Task<(IFormCollection? Form, IResult? Problem)> ReadFormAsync(
        HttpRequest request, long limit, IAntiforgery antiforgery, Func<IResult> unreadable, Func<IResult> tooLarge, CancellationToken ct)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, ct);
        }
        catch (InvalidDataException)
        {
            // A malformed multipart body, or one past the limit without a Content-Length.
            return (null, unreadable());
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? tooLarge() : unreadable());
        }
        if (!IsBearer(request) && !await antiforgery.IsRequestValidAsync(request.HttpContext))
        {
            return (null, TypedResults.Problem(title: "Antiforgery-token saknas eller är ogiltig.",
                detail: "Anrop med inloggningscookie måste skicka antiforgery-token (fältet __RequestVerificationToken eller huvudet X-CSRF-TOKEN). Program anropar med bearer-token i stället.",
                statusCode: StatusCodes.Status400BadRequest));
        }
        return (form, null);
    }
}
