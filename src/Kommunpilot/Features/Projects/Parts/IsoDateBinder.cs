using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts;

/// <summary>
/// Binds a date field as a date input sends it (yyyy-MM-dd) and nothing else: the culture's own
/// parsing would take "30 januari" or "1/2" as some date of this year. Anything else is a Swedish
/// message naming the field. Use with <c>[ModelBinder(typeof(IsoDateBinder))]</c> on a <c>DateOnly?</c>.
/// </summary>
public sealed class IsoDateBinder(IStringLocalizer<PartsTexts> l) : IModelBinder
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
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Result = ModelBindingResult.Success(date);
        }
        else
        {
            var field = context.ModelMetadata.DisplayName ?? context.ModelMetadata.Name;
            context.ModelState.TryAddModelError(context.ModelName, l["Värdet '{0}' är inte ett datum för {1}. Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2024-01-30.", text, field ?? ""]);
        }
        return Task.CompletedTask;
    }
}
