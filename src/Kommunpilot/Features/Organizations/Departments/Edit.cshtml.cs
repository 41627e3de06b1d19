using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
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

    private string ListUrl => $"/organisation/{OrganizationId}/forvaltningar";

    private Task<Department?> FindAsync() =>
        Db.Departments.SingleOrDefaultAsync(d => d.Id == DepartmentId && d.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] NameInput input)
    {
        Input = input;
        var department = await FindAsync();
        if (department is null)
        {
            return await Gone();
        }
        if (ModelState.IsValid && await TakenAsync(Db.Departments.Where(d => d.OrganizationId == OrganizationId), input.Name, DepartmentId))
        {
            ModelState.AddModelError("Input.Name", L["Det finns redan en förvaltning med det namnet."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(department, input.Version);
        department.Name = input.Name.Trim();
        return await SaveAsync(Request.Path, L["Förvaltningen är sparad."], L["Det finns redan en förvaltning med det namnet."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var department = await FindAsync();
        var units = await Db.Units.CountAsync(u => u.DepartmentId == DepartmentId, HttpContext.RequestAborted);
        var inUse = units > 0 ? L["Förvaltningen har {0} verksamheter och kan inte tas bort. Ta bort eller flytta verksamheterna först.", units].Value : null;
        return await DeleteAsync(department, version, inUse, ListUrl, L["Förvaltningen är borttagen."]);
    }

    public async Task<IActionResult> OnPostAddUnitAsync([Bind(Prefix = "NewUnit")] NameInput input)
    {
        NewUnit = input;
        if (await FindAsync() is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid && await TakenAsync(Db.Units.Where(u => u.DepartmentId == DepartmentId), input.Name))
        {
            ModelState.AddModelError("NewUnit.Name", L["Det finns redan en verksamhet med det namnet i förvaltningen."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(fillForm: true);
        }
        Db.Units.Add(new Unit { OrganizationId = OrganizationId, DepartmentId = DepartmentId, Name = input.Name.Trim() });
        return await SaveAsync(Request.Path, L["Verksamheten är tillagd."], L["Det finns redan en verksamhet med det namnet i förvaltningen."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var department = await Db.Departments.AsNoTracking()
            .Where(d => d.Id == DepartmentId && d.OrganizationId == OrganizationId)
            .Select(d => new { d.Name, d.Version })
            .SingleOrDefaultAsync(ct);
        if (department is null)
        {
            return false;
        }
        RecordName = department.Name;
        if (fillForm)
        {
            Input = new NameInput { Name = department.Name, Version = department.Version };
        }
        Units = await Db.Units.AsNoTracking()
            .Where(u => u.DepartmentId == DepartmentId)
            .OrderBy(u => u.Name)
            .Select(u => new UnitRow(u.Id, u.Name, Db.PilotSites.Count(p => p.UnitId == u.Id)))
            .ToListAsync(ct);
        return true;
    }
}
