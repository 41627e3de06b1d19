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

    public Task<IActionResult> OnPostAsync([Bind(Prefix = "New")] NameInput input)
    {
        New = input;
        var taken = L["Det finns redan ett beslutsorgan med det namnet."];
        return AddAsync(
            () => UniqueAsync(Db.DecisionBodies.Where(d => d.OrganizationId == OrganizationId), input.Name, 0, "New.Name", taken),
            () => new DecisionBody { OrganizationId = OrganizationId, Name = input.Name.Trim() },
            _ => Request.Path, L["Beslutsorganet är tillagt."], taken);
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
