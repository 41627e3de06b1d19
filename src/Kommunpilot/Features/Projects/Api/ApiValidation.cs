using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>Validation errors keyed by the JSON field name (camelCase, "header.registrationNumber").</summary>
internal sealed class ApiErrors
{
    public const string Title = "En eller flera uppgifter är felaktiga.";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(ToDictionary(), title: Title);
}

/// <summary>
/// Checks an API input model against its DataAnnotations and says what is wrong in Swedish, naming
/// the field by its <see cref="DisplayAttribute"/>. The attributes also give the OpenAPI schema its
/// lengths and required fields, so the rules are written once.
/// </summary>
internal static class ApiValidation
{
    public static string Key(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);

    public static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name;

    /// <summary>Adds an error for every broken attribute, nested input objects included.</summary>
    public static void Validate(object model, ApiErrors errors, string prefix = "")
    {
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(model);
            var key = prefix + Key(property.Name);
            var label = Label(property);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    errors.Add(key, Message(attribute, label));
                }
            }
            if (value is string text && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                // PostgreSQL cannot store NUL, and no document can hold control characters.
                errors.Add(key, $"{label} innehåller ett otillåtet styrtecken.");
            }
            if (value is Enum e && !Enum.IsDefined(e.GetType(), e))
            {
                errors.Add(key, TypeMessage(e.GetType(), label));
            }
            if (value is not null && IsInputObject(property.PropertyType))
            {
                Validate(value, errors, key + ".");
            }
        }
    }

    /// <summary>What to say when a value has the wrong JSON type or format.</summary>
    public static string TypeMessage(Type type, string? label)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        var what = label ?? "Värdet";
        if (t.IsEnum)
        {
            return $"{(label is null ? "Okänt värde" : label + " har ett okänt värde")}. Giltiga värden: {string.Join(", ", Enum.GetNames(t))}.";
        }
        return Type.GetTypeCode(t) switch
        {
            TypeCode.String => $"{what} ska vara en text.",
            TypeCode.Boolean => $"{what} ska vara true eller false.",
            TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 => $"{what} ska vara ett heltal.",
            TypeCode.Decimal or TypeCode.Double or TypeCode.Single => $"{what} ska vara ett tal.",
            _ when t == typeof(DateOnly) => $"{what} ska vara ett datum i formatet ÅÅÅÅ-MM-DD.",
            _ when t == typeof(Guid) => $"{what} ska vara ett GUID, som det lästes från API:t.",
            _ when IsInputObject(t) => $"{what} ska vara ett JSON-objekt.",
            _ => $"{what} har fel format.",
        };
    }

    /// <summary>An input model of this application (not a string, number or list).</summary>
    public static bool IsInputObject(Type type) =>
        type.IsClass && type != typeof(string) && type.Assembly == typeof(ApiValidation).Assembly;

    private static string Message(ValidationAttribute attribute, string label) => attribute switch
    {
        RequiredAttribute => $"{label} måste anges.",
        StringLengthAttribute { MinimumLength: > 0 } s => $"{label} ska ha mellan {s.MinimumLength} och {s.MaximumLength} tecken.",
        StringLengthAttribute s => $"{label} får ha högst {s.MaximumLength} tecken.",
        MaxLengthAttribute m => $"{label} får ha högst {m.Length} tecken.",
        RangeAttribute r => string.Create(CultureInfo.InvariantCulture, $"{label} ska vara mellan {r.Minimum} och {r.Maximum}."),
        EmailAddressAttribute => $"{label} ska vara en giltig e-postadress.",
        _ => $"{label} är inte giltigt.",
    };
}
