using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.Departments;

/// <summary>The organisation's departments (förvaltningar) and their units.</summary>
public class DepartmentsModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record Row(int Id, string Name, List<string> Units);

    public List<Row> Rows { get; private set; } = [];

    public NameInput New { get; set; } = new();

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public Task<IActionResult> OnPostAsync([Bind(Prefix = "New")] NameInput input)
    {
        New = input;
        var taken = L["Det finns redan en förvaltning med det namnet."];
        return AddAsync(
            () => UniqueAsync(Db.Departments.Where(d => d.OrganizationId == OrganizationId), input.Name, 0, "New.Name", taken),
            () => new Department { OrganizationId = OrganizationId, Name = input.Name.Trim() },
            _ => Request.Path, L["Förvaltningen är tillagd."], taken);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var rows = await Db.Departments.AsNoTracking()
            .Where(d => d.OrganizationId == OrganizationId)
            .OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, Units = d.Units.OrderBy(u => u.Name).Select(u => u.Name).ToList() })
            .ToListAsync(HttpContext.RequestAborted);
        Rows = [.. rows.Select(r => new Row(r.Id, r.Name, r.Units))];
        return true;
    }
}
