using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.DecisionBodies;

/// <summary>Who decides and receives reports: nämnder, kommunstyrelse, styrgrupper.</summary>
public class DecisionBodiesModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record Row(int Id, string Name);

    public List<Row> Rows { get; private set; } = [];
    public NameInput New { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "New")] NameInput input)
    {
        New = input;
        if (ModelState.IsValid && await TakenAsync(Db.DecisionBodies.Where(d => d.OrganizationId == OrganizationId), input.Name))
        {
            ModelState.AddModelError("New.Name", L["Det finns redan ett beslutsorgan med det namnet."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.DecisionBodies.Add(new DecisionBody { OrganizationId = OrganizationId, Name = input.Name.Trim() });
        return await SaveAsync(Request.Path, L["Beslutsorganet är tillagt."], L["Det finns redan ett beslutsorgan med det namnet."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        Rows = await Db.DecisionBodies.AsNoTracking()
            .Where(d => d.OrganizationId == OrganizationId)
            .OrderBy(d => d.Name)
            .Select(d => new Row(d.Id, d.Name))
            .ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}
