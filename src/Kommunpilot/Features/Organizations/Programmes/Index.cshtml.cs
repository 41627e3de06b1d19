using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.Programmes;

/// <summary>Programmes and directives that the organisation's projects can belong to.</summary>
public class ProgrammesModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record Row(int Id, string Name, ProgrammeKind Kind, int Projects);

    public List<Row> Rows { get; private set; } = [];
    public ProgrammeInput New { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAsync([Bind(Prefix = "New")] ProgrammeInput input)
    {
        New = input;
        var taken = L["Det finns redan ett program eller direktiv med det namnet."];
        return AddAsync(
            () => UniqueAsync(Db.Programmes.Where(p => p.OrganizationId == OrganizationId), input.Name, 0, "New.Name", taken),
            () => new Programme { OrganizationId = OrganizationId, Name = input.Name.Trim(), Kind = input.Kind },
            _ => Request.Path, L["Programmet är tillagt."], taken);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        Rows = await Db.Programmes.AsNoTracking()
            .Where(p => p.OrganizationId == OrganizationId)
            .OrderBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.Kind, Db.Projects.Count(x => x.ProgrammeId == p.Id)))
            .ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}
