using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// A broken rule of the register: the input's property (<c>Name</c>), a Swedish message that is also
/// the key of its English text, and the message's arguments. Pages put it on <c>Input.Name</c> in the
/// language of the request; the API puts it on <c>name</c>, in Swedish.
/// </summary>
public sealed record RegisterError(string Field, string Message, params object[] Arguments);

/// <summary>A field's name used as an argument of a message: pages show it in the request's language.</summary>
public sealed record FieldLabel(string Text)
{
    public override string ToString() => Text;
}

/// <summary>
/// The checks every input of the register gets, whichever way it came in (form or API): the
/// attributes on the input (with their Swedish messages), a known value for every choice, and no
/// control characters (PostgreSQL cannot store NUL; no document can hold them). Each part's own rules
/// (<see cref="TargetGroups.StakeholderRules"/> and the others) start with these and add theirs.
/// </summary>
public static class RegisterValidation
{
    public static List<RegisterError> Check(object input)
    {
        var errors = new List<RegisterError>();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var label = new FieldLabel(property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!attribute.IsValid(value))
                {
                    errors.Add(new(property.Name, attribute.ErrorMessage ?? "{0} är inte giltigt.", label));
                }
            }
            if (value is string text && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                errors.Add(new(property.Name, "{0} innehåller ett otillåtet styrtecken.", label));
            }
            if (value is Enum choice && !Enum.IsDefined(choice.GetType(), choice))
            {
                errors.Add(new(property.Name, "{0} har ett okänt värde. Giltiga värden: {1}.", label, string.Join(", ", Enum.GetNames(choice.GetType()))));
            }
        }
        return errors;
    }

    /// <summary>A text as stored: trimmed, and null when empty.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Puts the errors on the page's form (<c>Input.Field</c>) in the request's language. An error the
    /// page's own validation already shows (the same attribute) is not shown twice.
    /// </summary>
    public static void AddTo(this IEnumerable<RegisterError> errors, ModelStateDictionary modelState, IStringLocalizer l)
    {
        foreach (var error in errors)
        {
            var key = "Input." + error.Field;
            var message = l[error.Message, [.. error.Arguments.Select(a => a is FieldLabel f ? l[f.Text].Value : a)]].Value;
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Any(e => e.ErrorMessage == message || e.ErrorMessage == l[error.Message].Value))
            {
                continue;
            }
            modelState.AddModelError(key, message);
        }
    }

    /// <summary>The message in Swedish, as the API answers it.</summary>
    public static string Swedish(this RegisterError error) =>
        string.Format(CultureInfo.GetCultureInfo("sv-SE"), error.Message, error.Arguments);
}
