using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// The KPI form (<c>New</c> and <c>Edit</c>): every field of a KPI, checked by <see cref="KpiRules"/>;
/// what the user typed stays in the form when something is wrong.
/// </summary>
public abstract class KpiFormPage(AppDbContext db, IStringLocalizer<KpiTexts> l) : KpiPage(db, l)
{
    [BindProperty]
    public KpiForm Input { get; set; } = new();

    public KpiChoices Choices { get; private set; } = null!;

    /// <summary>The KPI being edited; null on the new-KPI page.</summary>
    public int? KpiId { get; protected set; }

    protected async Task LoadChoicesAsync(int projectId) =>
        Choices = await KpiChoices.LoadAsync(Db, projectId, Aborted) ?? throw new InvalidOperationException("The project was just found.");

    /// <summary>The form as values, or null with the errors in the model state (under "Input.{field}").</summary>
    protected KpiValues? ReadForm(KpiMeasured? existing)
    {
        var (values, errors) = Input.ToValues();
        var failed = errors.Select(e => e.Field).ToHashSet();
        // A field the binder could not read (a date) already has its message.
        failed.UnionWith(ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => e.Key.Replace("Input.", "", StringComparison.Ordinal)));
        errors.AddRange(KpiRules.Check(values, Choices, existing).Where(e => !failed.Contains(e.Field)));
        foreach (var error in errors)
        {
            ModelState.AddModelError("Input." + FormField(error.Field), error.Text(L));
        }
        return ModelState.IsValid ? values : null;
    }

    /// <summary>The form's field for a rule's field: the area is one select.</summary>
    private static string FormField(string field) =>
        field is nameof(KpiValues.OwnAreaId) or nameof(KpiValues.Area) ? nameof(KpiForm.AreaChoice) : field;

    /// <summary>The project's life as the form's hint says it: "2022-01-01–2023-12-31".</summary>
    public string ProjectLife => Choices.ProjectStart is null && Choices.ProjectEnd is null
        ? L["projektet saknar datum"]
        : $"{Date(Choices.ProjectStart)}–{Date(Choices.ProjectEnd)}";
}
