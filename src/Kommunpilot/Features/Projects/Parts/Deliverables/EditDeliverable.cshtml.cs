using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.Deliverables;

/// <summary>Edits or deletes one deliverable, checked against the version the form was loaded with.</summary>
public class EditDeliverableModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartPageModel(db, l)
{
    [BindProperty]
    public DeliverableInput Input { get; set; } = new();

    /// <summary>The code as stored, for the heading (the form may hold a changed one).</summary>
    public string StoredCode { get; private set; } = "";

    public string ItemName => L["leverans {0}", StoredCode];

    public EditNotices Notices => new(ItemName, ConfirmDelete, Conflict);

    public PartHeading Heading => new(Project, L["Leveranser"], Url.Page("Deliverables", new { id = Project.Id })!, L["Redigera {0}", ItemName]);

    public async Task<IActionResult> OnGetAsync(int id, int itemId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(id, itemId);
        if (item is null)
        {
            return NotFound();
        }
        Input = DeliverableInput.From(item);
        ConfirmDelete = confirmDelete;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int itemId)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        var item = await FindAsync(id, itemId);
        if (item is null)
        {
            StoredCode = Input.Code;
            return await GoneAsync<Deliverable>(itemId);
        }
        if (!HasVersion(Input) || !ModelState.IsValid
            || !await DeliverableRules.CodeIsFreeAsync(Db, ModelState, L, id, Input.Code.Trim(), exceptId: itemId, Aborted))
        {
            return Page();
        }
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item);
        return await TrySaveAsync(Input, Describe)
            ? Done("Deliverables", L["Leverans {0} är sparad.", item.Code])
            : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int itemId)
    {
        if (await OpenAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        ConfirmDelete = true;
        var item = await FindAsync(id, itemId);
        if (item is null)
        {
            StoredCode = Input.Code;
            return await GoneAsync<Deliverable>(itemId);
        }
        ModelState.Clear();
        if (!HasVersion(Input))
        {
            return Page();
        }
        Db.ExpectVersion(item, Input.Version!.Value);
        Input.ApplyTo(item); // only so that a conflict can show what the user saw
        Db.Remove(item);
        return await TrySaveAsync(Input, Describe)
            ? Done("Deliverables", L["Leverans {0} är borttagen.", StoredCode])
            : Page();
    }

    private async Task<Deliverable?> FindAsync(int id, int itemId)
    {
        var item = await Db.Deliverables.SingleOrDefaultAsync(d => d.Id == itemId && d.ProjectId == id, Aborted);
        StoredCode = item?.Code ?? "";
        return item;
    }

    private ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Deliverable.Code) => Field(f, L["Kod"]),
        nameof(Deliverable.Description) => Field(f, T["Beskrivning"]),
        nameof(Deliverable.Comment) => Field(f, T["Kommentar"]),
        nameof(Deliverable.DueDate) => Field(f, L["Klart senast"]),
        nameof(Deliverable.Status) => Field(f, T["Status"], v => Choice<WorkStatus>(v, Labels.Of)),
        _ => f,
    };
}
