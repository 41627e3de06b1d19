using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// Ties a field to its error message for screen readers and styles it: a field with an error gets
/// <c>aria-invalid</c>, Bootstrap's <c>is-invalid</c> and <c>aria-describedby</c> pointing at its message,
/// which gets the id <c>{field id}-error</c>. Runs after the built-in <c>asp-for</c> tag helpers.
/// Pages opt in with <c>@addTagHelper Kommunpilot.Features.Projects.FieldErrorTagHelper, Kommunpilot</c>.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? ValidationFor;
        if (expression is null)
        {
            return;
        }
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var errorId = TagBuilder.CreateSanitizedId(name, "_") + "-error";
        if (output.TagName == "span")
        {
            output.Attributes.SetAttribute("id", errorId);
            return;
        }
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing)
                ? $"{existing.Value} {errorId}"
                : errorId;
            output.Attributes.SetAttribute("aria-describedby", describedBy);
        }
    }
}
