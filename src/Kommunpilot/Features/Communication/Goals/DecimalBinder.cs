using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Goals;

/// <summary>
/// Binds a number as people type it: "2", "2,5", "2.5", "1 000" or "1 000,5", whatever the page's
/// language. Anything else is a Swedish message naming the field, and the input is kept. Use with
/// <c>[ModelBinder(typeof(DecimalBinder))]</c> on a <c>decimal?</c>.
/// </summary>
public sealed class DecimalBinder(IStringLocalizer<GoalTexts> l) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            context.Result = ModelBindingResult.Success(null);
        }
        else if (TryParse(text, out var number))
        {
            context.Result = ModelBindingResult.Success(number);
        }
        else
        {
            var field = context.ModelMetadata.DisplayName ?? context.ModelMetadata.Name ?? "";
            context.ModelState.TryAddModelError(context.ModelName, l["Värdet '{0}' är inte ett tal för {1}. Skriv till exempel 2 eller 2,5.", text, field]);
        }
        return Task.CompletedTask;
    }

    /// <summary>Comma or point as the decimal sign; spaces (also non-breaking) as thousands separators.</summary>
    public static bool TryParse(string text, out decimal number)
    {
        var plain = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }
}
