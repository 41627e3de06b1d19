using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Kommunpilot.Infrastructure.Localization;

public static class Cultures
{
    public const string Swedish = "sv-SE";
    public const string English = "en";

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Swedish first (the default whatever the browser asks for); English by the language switch.</summary>
    public static void Configure(RequestLocalizationOptions o)
    {
        var supported = new[] { new CultureInfo(Swedish), new CultureInfo(English) };
        o.DefaultRequestCulture = new RequestCulture(Swedish);
        o.SupportedCultures = supported;
        o.SupportedUICultures = supported;
        o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
    }

    /// <summary>The model binder's own messages, in the language of the request.</summary>
    public static void SetBindingMessages(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => IsEnglish ? $"The value '{value}' is not valid for {field}." : $"Värdet '{value}' är inte giltigt för {field}.");
        p.SetMissingBindRequiredValueAccessor(field => IsEnglish ? $"{field} is missing." : $"{field} saknas.");
        p.SetMissingKeyOrValueAccessor(() => IsEnglish ? "A value is required." : "Ett värde krävs.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => IsEnglish ? "The request body is empty." : "Förfrågan saknar innehåll.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => IsEnglish ? $"The value '{value}' is not valid." : $"Värdet '{value}' är inte giltigt.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => IsEnglish ? "The value is not valid." : "Värdet är inte giltigt.");
        p.SetUnknownValueIsInvalidAccessor(field => IsEnglish ? $"The value is not valid for {field}." : $"Värdet är inte giltigt för {field}.");
        p.SetValueIsInvalidAccessor(value => IsEnglish ? $"The value '{value}' is not valid." : $"Värdet '{value}' är inte giltigt.");
        p.SetValueMustBeANumberAccessor(field => IsEnglish ? $"{field} must be a number." : $"{field} måste vara ett tal.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => IsEnglish ? "The value must be a number." : "Värdet måste vara ett tal.");
        p.SetValueMustNotBeNullAccessor(field => IsEnglish ? $"{field} is required." : $"{field} måste fyllas i.");
    }
}
