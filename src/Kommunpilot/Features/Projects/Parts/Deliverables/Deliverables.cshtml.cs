using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Deliverables;

/// <summary>The project's deliverables (leveransförteckning): the list, and a form to add one.</summary>
public class DeliverablesModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartPageModel(db, l)
{
    public sealed record Row(int Id, string Code, string Description, string? Comment, DateOnly? DueDate, WorkStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    public DeliverableInput Input { get; set; } = new();

    public PartHeading Heading => new(Project, L["Leveranser"], Url.Page("Deliverables", new { id = Project.Id })!, Message: Message);

    public async Task<IActionResult> OnGetAsync(int id) => await OpenAsync(id, edit: false) ?? await ShowAsync();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync();
        }
        var item = new Deliverable { ProjectId = id, Code = "", Description = "" };
        Input.ApplyTo(item);
        return await AddOnceAsync(item,
                   identical: d => d.ProjectId == id && d.Code == item.Code && d.Description == item.Description
                                   && d.Comment == item.Comment && d.DueDate == item.DueDate && d.Status == item.Status,
                   "Deliverables", L["Leverans {0} är tillagd.", item.Code],
                   rulesHold: () => DeliverableRules.CodeIsFreeAsync(Db, ModelState, L, id, item.Code, exceptId: null, Aborted))
               ?? await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        // Codes like L1..L12 sort by length first, so that L10 comes after L9.
        Rows = await Db.Deliverables.AsNoTracking()
            .Where(d => d.ProjectId == Project.Id)
            .OrderBy(d => d.Code.Length).ThenBy(d => d.Code)
            .Select(d => new Row(d.Id, d.Code, d.Description, d.Comment, d.DueDate, d.Status))
            .ToListAsync(Aborted);
        return Page();
    }
}

internal static class DeliverableRules
{
    /// <summary>A code is unique within the project (L1..L8), whatever its case.</summary>
    public static async Task<bool> CodeIsFreeAsync(AppDbContext db, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState,
        IStringLocalizer<PartsTexts> l, int projectId, string code, int? exceptId, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var taken = await db.Deliverables.AnyAsync(d => d.ProjectId == projectId && d.Id != exceptId && d.Code.ToUpper() == upper, ct);
        if (taken)
        {
            modelState.AddModelError("Input.Code", l["Koden {0} används redan av en annan leverans i projektet.", code]);
        }
        return !taken;
    }
}
