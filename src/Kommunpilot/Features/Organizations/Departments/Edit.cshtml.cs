using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.Departments;

/// <summary>One department: its name, its units, and deleting it once it has none.</summary>
public class DepartmentModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record UnitRow(int Id, string Name, int PilotSites);

    public int DepartmentId => RouteId("departmentId");
    public NameInput Input { get; set; } = new();
    public NameInput NewUnit { get; set; } = new();
    public List<UnitRow> Units { get; private set; } = [];

    private IQueryable<Department> Departments => Db.Departments.Where(d => d.OrganizationId == OrganizationId);

    private Task<Department?> FindAsync() => Departments.SingleOrDefaultAsync(d => d.Id == DepartmentId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] NameInput input)
    {
        Input = input;
        var taken = L["Det finns redan en förvaltning med det namnet."];
        return await UpdateAsync(
            await FindAsync(), input,
            () => UniqueAsync(Departments, input.Name, DepartmentId, "Input.Name", taken),
            department => department.Name = input.Name.Trim(),
            Request.Path, L["Förvaltningen är sparad."], taken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var units = await Db.Units.CountAsync(u => u.DepartmentId == DepartmentId, HttpContext.RequestAborted);
        var inUse = units > 0 ? L["Förvaltningen har {0} verksamheter och kan inte tas bort. Ta bort eller flytta verksamheterna först.", units].Value : null;
        return await DeleteAsync(await FindAsync(), version, inUse, $"/organisation/{OrganizationId}/forvaltningar", L["Förvaltningen är borttagen."]);
    }

    public async Task<IActionResult> OnPostAddUnitAsync([Bind(Prefix = "NewUnit")] NameInput input)
    {
        NewUnit = input;
        if (await FindAsync() is null)
        {
            return NotFound();
        }
        var taken = L["Det finns redan en verksamhet med det namnet i förvaltningen."];
        return await AddAsync(
            () => UniqueAsync(Db.Units.Where(u => u.DepartmentId == DepartmentId), input.Name, 0, "NewUnit.Name", taken),
            () => new Unit { OrganizationId = OrganizationId, DepartmentId = DepartmentId, Name = input.Name.Trim() },
            _ => Request.Path, L["Verksamheten är tillagd."], taken);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var department = await LoadRecordAsync(
            Departments.AsNoTracking().Where(d => d.Id == DepartmentId).Select(d => new NameInput { Name = d.Name, Version = d.Version }),
            fillForm, d => d.Name, d => Input = d);
        if (department is null)
        {
            return false;
        }
        Units = await Db.Units.AsNoTracking()
            .Where(u => u.DepartmentId == DepartmentId)
            .OrderBy(u => u.Name)
            .Select(u => new UnitRow(u.Id, u.Name, Db.PilotSites.Count(p => p.UnitId == u.Id)))
            .ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}
