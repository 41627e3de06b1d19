using System.ComponentModel.DataAnnotations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
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

    private Task<Unit?> FindAsync() =>
        Db.Units.SingleOrDefaultAsync(u => u.Id == UnitId && u.DepartmentId == DepartmentId && u.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] UnitInput input)
    {
        Input = input;
        var unit = await FindAsync();
        if (unit is null)
        {
            return await Gone();
        }
        if (ModelState.IsValid && !await Db.Departments.AnyAsync(d => d.Id == input.DepartmentId && d.OrganizationId == OrganizationId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Input.DepartmentId", L["Välj en av organisationens förvaltningar."]);
        }
        if (ModelState.IsValid && await TakenAsync(Db.Units.Where(u => u.DepartmentId == input.DepartmentId), input.Name, UnitId))
        {
            ModelState.AddModelError("Input.Name", L["Det finns redan en verksamhet med det namnet i förvaltningen."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(unit, input.Version);
        unit.Name = input.Name.Trim();
        unit.DepartmentId = input.DepartmentId;
        return await SaveAsync(
            $"/organisation/{OrganizationId}/forvaltningar/{input.DepartmentId}/verksamheter/{UnitId}",
            L["Verksamheten är sparad."], L["Det finns redan en verksamhet med det namnet i förvaltningen."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var unit = await FindAsync();
        var sites = await Db.PilotSites.CountAsync(p => p.UnitId == UnitId, HttpContext.RequestAborted);
        var inUse = sites > 0 ? L["Verksamheten är pilotverksamhet i {0} projekt och kan inte tas bort.", sites].Value : null;
        return await DeleteAsync(unit, version, inUse, $"/organisation/{OrganizationId}/forvaltningar/{DepartmentId}", L["Verksamheten är borttagen."]);
    }

    /// <summary>A department shows in the conflict view by its name.</summary>
    protected override string? Describe(string field, string? stored) =>
        field == nameof(Unit.DepartmentId) && int.TryParse(stored, out var id)
            ? Departments.FirstOrDefault(d => d.Id == id)?.Name ?? stored
            : base.Describe(field, stored);

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var unit = await Db.Units.AsNoTracking()
            .Where(u => u.Id == UnitId && u.DepartmentId == DepartmentId && u.OrganizationId == OrganizationId)
            .Select(u => new { u.Name, u.Version, Department = u.Department.Name })
            .SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return false;
        }
        (RecordName, DepartmentName) = (unit.Name, unit.Department);
        if (fillForm)
        {
            Input = new UnitInput { Name = unit.Name, DepartmentId = DepartmentId, Version = unit.Version };
        }
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

public class UnitInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange ett namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [Display(Name = "Förvaltning")]
    public int DepartmentId { get; set; }

    public Guid Version { get; set; }
}
