using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Deliverables;

/// <summary>The project's deliverables (leveransförteckning, L1..L8): the list, and a form to add one.</summary>
public class DeliverablesModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartListPageModel<Deliverable, DeliverableInput>(db, l)
{
    public sealed record Row(int Id, string Code, string Description, string? Comment, DateOnly? DueDate, WorkStatus Status);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override string ListPage => "Deliverables";

    protected override string PartTitle => L["Leveranser"];

    protected override string Fields => "_DeliverableFields";

    protected override string AddHeading => L["Lägg till leverans"];

    protected override string AddButton => L["Lägg till leveransen"];

    protected override async Task LoadRowsAsync() =>
        // Codes like L1..L12 sort by length first, so that L10 comes after L9.
        Rows = await Db.Deliverables.AsNoTracking()
            .Where(d => d.ProjectId == Project.Id)
            .OrderBy(d => d.Code.Length).ThenBy(d => d.Code)
            .Select(d => new Row(d.Id, d.Code, d.Description, d.Comment, d.DueDate, d.Status))
            .ToListAsync(Aborted);

    protected override Deliverable NewItem(int projectId) => new() { ProjectId = projectId, Code = "", Description = "" };

    protected override Expression<Func<Deliverable, bool>> IdenticalTo(Deliverable item) =>
        d => d.ProjectId == item.ProjectId && d.Code == item.Code && d.Description == item.Description
             && d.Comment == item.Comment && d.DueDate == item.DueDate && d.Status == item.Status;

    protected override Task<bool> RulesHoldAsync(Deliverable item) => DeliverableRules.CodeIsFreeAsync(Db, ModelState, L, item, Aborted);

    protected override string Added(Deliverable item) => L["Leverans {0} är tillagd.", item.Code];
}

internal static class DeliverableRules
{
    /// <summary>A code is unique within the project (L1..L8), whatever its case.</summary>
    public static async Task<bool> CodeIsFreeAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<PartsTexts> l, Deliverable item, CancellationToken ct)
    {
        var upper = item.Code.ToUpperInvariant();
        var taken = await db.Deliverables.AnyAsync(d => d.ProjectId == item.ProjectId && d.Id != item.Id && d.Code.ToUpper() == upper, ct);
        if (taken)
        {
            modelState.AddModelError("Input.Code", l["Koden {0} används redan av en annan leverans i projektet.", item.Code]);
        }
        return !taken;
    }
}
