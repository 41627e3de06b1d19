using System.Globalization;
using System.Reflection;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>
/// When a query-string or route value cannot be bound (<c>?page=abc</c>), minimal APIs set 400 and
/// still run the endpoint's filters, though not the handler. This filter answers such a request with
/// a Swedish validation problem naming the parameter, instead of an empty 400.
/// </summary>
internal static class BadArguments
{
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status400BadRequest)
        {
            return await next(context);
        }
        var errors = new ApiErrors();
        var handler = http.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>();
        foreach (var parameter in handler?.GetParameters() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (parameter.Name is not { } name || !IsSimple(type))
            {
                continue;
            }
            var raw = http.Request.Query.TryGetValue(name, out var values) ? values.ToString()
                : http.Request.RouteValues.TryGetValue(name, out var routeValue) ? Convert.ToString(routeValue, CultureInfo.InvariantCulture)
                : null;
            if (!string.IsNullOrEmpty(raw) && !Parses(raw, type))
            {
                errors.Add(ApiValidation.Key(name), ApiValidation.TypeMessage(type, null));
            }
        }
        if (!errors.Any)
        {
            errors.Add("", "Förfrågan innehåller ett värde som inte kan tolkas.");
        }
        return errors.ToProblem();
    }

    private static bool IsSimple(Type type) =>
        type.IsEnum || type == typeof(int) || type == typeof(long) || type == typeof(bool) || type == typeof(Guid) || type == typeof(DateOnly);

    private static bool Parses(string raw, Type type) =>
        type.IsEnum ? Enum.TryParse(type, raw, ignoreCase: false, out _)
        : type == typeof(int) ? int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(long) ? long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(bool) ? bool.TryParse(raw, out _)
        : type == typeof(Guid) ? Guid.TryParse(raw, out _)
        : DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out _);
}
