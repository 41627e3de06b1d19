using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.Departments;

/// <summary>One unit (verksamhet/enhet): its name and department; deleted only when no project has it as a pilot site.</summary>
public class UnitModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record Option(int Id, string Name);

    public int DepartmentId => RouteId("departmentId");
    public int UnitId => RouteId("unitId");

    public string DepartmentName { get; private set; } = "";
    public UnitInput Input { get; set; } = new();
    public List<Option> Departments { get; private set; } = [];
    public List<string> Projects { get; private set; } = [];

    private IQueryable<Unit> ThisUnit => Db.Units.Where(u => u.Id == UnitId && u.DepartmentId == DepartmentId && u.OrganizationId == OrganizationId);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] UnitInput input)
    {
        Input = input;
        return await UpdateAsync(
            await ThisUnit.SingleOrDefaultAsync(HttpContext.RequestAborted), input,
            async () =>
            {
                if (!await Db.Departments.AnyAsync(d => d.Id == input.DepartmentId && d.OrganizationId == OrganizationId, HttpContext.RequestAborted))
                {
                    ModelState.AddModelError("Input.DepartmentId", L["Välj en av organisationens förvaltningar."]);
                }
                await UniqueAsync(Db.Units.Where(u => u.DepartmentId == input.DepartmentId), input.Name, UnitId, "Input.Name", L["Det finns redan en verksamhet med det namnet i förvaltningen."]);
            },
            unit => (unit.Name, unit.DepartmentId) = (input.Name.Trim(), input.DepartmentId),
            $"/organisation/{OrganizationId}/forvaltningar/{input.DepartmentId}/verksamheter/{UnitId}",
            L["Verksamheten är sparad."], L["Det finns redan en verksamhet med det namnet i förvaltningen."]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var sites = await Db.PilotSites.CountAsync(p => p.UnitId == UnitId, HttpContext.RequestAborted);
        var inUse = sites > 0 ? L["Verksamheten är pilotverksamhet i {0} projekt och kan inte tas bort.", sites].Value : null;
        return await DeleteAsync(await ThisUnit.SingleOrDefaultAsync(HttpContext.RequestAborted), version, inUse, $"/organisation/{OrganizationId}/forvaltningar/{DepartmentId}", L["Verksamheten är borttagen."]);
    }

    /// <summary>A department shows in the conflict view by its name.</summary>
    protected override string? Describe(string field, string? stored) =>
        field == nameof(Unit.DepartmentId) && int.TryParse(stored, out var id)
            ? Departments.FirstOrDefault(d => d.Id == id)?.Name ?? stored
            : base.Describe(field, stored);

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var unit = await LoadRecordAsync(
            ThisUnit.AsNoTracking().Select(u => new { u.Name, u.Version, Department = u.Department.Name }),
            fillForm, u => u.Name, u => Input = new UnitInput { Name = u.Name, DepartmentId = DepartmentId, Version = u.Version });
        if (unit is null)
        {
            return false;
        }
        DepartmentName = unit.Department;
        Departments = await Db.Departments.AsNoTracking()
            .Where(d => d.OrganizationId == OrganizationId)
            .OrderBy(d => d.Name)
            .Select(d => new Option(d.Id, d.Name))
            .ToListAsync(ct);
        Projects = await Db.PilotSites.AsNoTracking()
            .Where(p => p.UnitId == UnitId)
            .OrderBy(p => p.Project.Name)
            .Select(p => p.Project.Name)
            .ToListAsync(ct);
        return true;
    }
}
