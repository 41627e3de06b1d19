using System.Diagnostics;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Home;

/// <summary>A friendly page for errors and status codes; unexpected errors are logged once here with a correlation id.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class ErrorModel(ILogger<ErrorModel> logger, IStringLocalizer<SharedTexts> t) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";
    public string? CorrelationId { get; private set; }

    public IActionResult OnGet(int? code) => Show(code);

    public IActionResult OnPost(int? code) => Show(code);

    private IActionResult Show(int? code)
    {
        var status = code ?? HttpContext.Response.StatusCode;
        var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (error is not null || status >= 500)
        {
            CorrelationId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
            if (error is not null && status >= 500)
            {
                logger.LogError(error.Error, "Unhandled error on {Path}, correlation id {CorrelationId}", error.Path, CorrelationId);
            }
        }
        (Heading, Message) = status switch
        {
            404 => (t["Sidan finns inte"], t["Sidan eller posten du letar efter finns inte, eller så har du inte behörighet till den."]),
            403 => (t["Åtkomst nekad"], t["Du har inte behörighet till det här."]),
            400 => (t["Felaktig förfrågan"], t["Förfrågan kunde inte tolkas. Gå tillbaka och försök igen."]),
            _ when status >= 500 => (t["Något gick fel"], t["Ett oväntat fel inträffade. Ingen data har gått förlorad; försök igen om en stund."]),
            _ => (t["Något gick fel"], t["Förfrågan kunde inte genomföras."]),
        };
        if (code is not null && error is null)
        {
            Response.StatusCode = status;
        }
        var originalPath = error?.Path ?? HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? HttpContext.Request.Path.Value ?? "";
        if (originalPath.StartsWith("/api", StringComparison.Ordinal))
        {
            return new ObjectResult(new ProblemDetails { Title = Heading, Detail = Message, Status = status, Extensions = { ["traceId"] = CorrelationId } })
            {
                StatusCode = status,
                ContentTypes = { "application/problem+json" },
            };
        }
        return Page();
    }
}
