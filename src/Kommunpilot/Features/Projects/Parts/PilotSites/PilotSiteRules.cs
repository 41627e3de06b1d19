using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.PilotSites;

/// <summary>A unit the form can offer: grouped by department (and organisation, when the project has several owners).</summary>
public sealed record UnitOption(int Id, string Name, string Department, string Organization);

internal static class PilotSiteRules
{
    /// <summary>
    /// The units a pilot site can be: those of the project's owning organisations (that the caller can
    /// see), except those already pilot sites of the project, other than the one being edited.
    /// </summary>
    public static async Task<IReadOnlyList<UnitOption>> UnitsAsync(AppDbContext db, int projectId, int? exceptSiteId, CancellationToken ct)
    {
        var owners = db.ProjectOwners.Where(o => o.ProjectId == projectId).Select(o => o.OrganizationId);
        var taken = db.PilotSites.Where(s => s.ProjectId == projectId && s.Id != exceptSiteId).Select(s => s.UnitId);
        return await db.Units.AsNoTracking()
            .Where(u => owners.Contains(u.OrganizationId) && !taken.Contains(u.Id))
            .OrderBy(u => u.Organization.Name).ThenBy(u => u.Department.Name).ThenBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Name, u.Department.Name, u.Organization.Name))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The site's unit belongs to one of the project's owning organisations (never another tenant's), and
    /// is not already a pilot site of the project. Adds the model error when not.
    /// </summary>
    public static async Task<bool> UnitIsOpenAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<PartsTexts> l, PilotSite site, CancellationToken ct)
    {
        var owners = db.ProjectOwners.Where(o => o.ProjectId == site.ProjectId).Select(o => o.OrganizationId);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == site.UnitId && owners.Contains(u.OrganizationId)).Select(u => u.Name).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            modelState.AddModelError("Input.UnitId", l["Välj en verksamhet i projektets organisation."]);
            return false;
        }
        if (await db.PilotSites.AnyAsync(s => s.ProjectId == site.ProjectId && s.Id != site.Id && s.UnitId == site.UnitId, ct))
        {
            modelState.AddModelError("Input.UnitId", l["{0} är redan pilotverksamhet i projektet.", unit]);
            return false;
        }
        return true;
    }
}
