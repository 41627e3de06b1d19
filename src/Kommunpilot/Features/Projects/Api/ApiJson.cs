using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>
/// Reads a JSON request body so that every fault is a 400 with a Swedish message, never a 500 or an
/// empty answer. Minimal APIs' own body binding stops at the first fault with an empty 400 (or, in
/// development, a <see cref="BadHttpRequestException"/> in English) and says nothing about the field;
/// reading the body here lets the answer name the field: <c>{"errors":{"startDate":["Startdatum ska
/// vara ett datum i formatet ÅÅÅÅ-MM-DD."]}}</c>. Endpoints that use it declare the body with
/// <c>.Accepts&lt;T&gt;("application/json")</c> so that OpenAPI still shows its schema.
/// </summary>
internal static class ApiJson
{
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct)
        where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                title: "Fel innehållstyp.",
                detail: "Skicka uppgifterna som JSON med Content-Type: application/json.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        if (request.ContentLength == 0)
        {
            return (null, Bad("Förfrågan saknar innehåll.", "Skicka ett JSON-objekt."));
        }
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, ct);
            return value is null ? (null, Bad("Förfrågan saknar innehåll.", "Skicka ett JSON-objekt.")) : (value, null);
        }
        catch (BadHttpRequestException ex)
        {
            // The server stopped reading: too large (413), or the body did not arrive in time.
            return (null, TypedResults.Problem(
                title: ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Förfrågan är för stor." : "Förfrågan kunde inte läsas.",
                detail: "Skicka uppgifterna igen, som ett JSON-objekt av rimlig storlek.",
                statusCode: ex.StatusCode));
        }
        catch (JsonException ex) when (ex.InnerException is JsonException)
        {
            // The text is not JSON: the reader, not a converter, failed.
            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } pos ? $" Felet finns på rad {line + 1}, tecken {pos + 1}." : "";
            return (null, Bad("Förfrågan är inte giltig JSON.", "Kontrollera citattecken, kommatecken och klamrar." + where));
        }
        catch (JsonException ex)
        {
            // Valid JSON, but a value has the wrong type or format for its field.
            var (key, property) = Resolve(typeof(T), ex.Path);
            if (key.Length == 0)
            {
                return (null, Bad("Förfrågan ska vara ett JSON-objekt.", "Skicka ett JSON-objekt med projektets fält."));
            }
            var message = property is null
                ? "Värdet har fel typ eller format."
                : ApiValidation.TypeMessage(property.PropertyType, ApiValidation.Label(property));
            var errors = new ApiErrors();
            errors.Add(key, message);
            return (null, TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
            {
                Title = ApiErrors.Title,
                Status = StatusCodes.Status400BadRequest,
            }));
        }
    }

    private static ProblemHttpResult Bad(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>"$.header.decisionDate" to the field key and its property, whatever case the caller used.</summary>
    private static (string Key, PropertyInfo? Property) Resolve(Type root, string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return ("", null);
        }
        var segments = path.TrimStart('$').Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal)
            .Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('[')[0])
            .Where(s => s.Length > 0)
            .ToList();
        var keys = new List<string>();
        PropertyInfo? property = null;
        var type = root;
        foreach (var segment in segments)
        {
            property = type?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            keys.Add(property is null ? segment : ApiValidation.Key(property.Name));
            type = property?.PropertyType;
        }
        return (string.Join('.', keys), property);
    }
}
