using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>The pages with a report's schedule form (<c>ny</c> and <c>{reportId}/schema</c>), for editors only.</summary>
public abstract class ScheduleFormPage(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : ReportPageModel(db, l, clock)
{
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    /// <summary>The next free number of each kind, for the hint beside the number field.</summary>
    public Dictionary<ReportKind, int> NextNumbers { get; private set; } = [];

    /// <summary>The report being edited (null on the new page): its number stays unless changed.</summary>
    protected virtual int? ReportId => null;

    protected async Task LoadFormAsync()
    {
        await LoadChoicesAsync();
        foreach (var kind in Enum.GetValues<ReportKind>())
        {
            NextNumbers[kind] = await ScheduleRules.NextNumberAsync(Db, Project.Id, kind, Aborted);
        }
    }

    /// <summary>Checks the form with the shared rules; false (with the errors on the fields) when they do not hold.</summary>
    protected async Task<bool> CheckAsync()
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        AddErrors(await ScheduleRules.CheckAsync(Db, Project, ReportId, Input.ToValues(), Aborted), nameof(Input));
        return ModelState.IsValid;
    }
}
