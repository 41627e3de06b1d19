using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.Programmes;

/// <summary>One programme or directive; deleted only when no project belongs to it.</summary>
public class ProgrammeModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public int ProgrammeId => RouteId("programmeId");
    public ProgrammeInput Input { get; set; } = new();
    public List<string> Projects { get; private set; } = [];

    private string ListUrl => $"/organisation/{OrganizationId}/program";

    private IQueryable<Programme> Programmes => Db.Programmes.Where(p => p.OrganizationId == OrganizationId);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] ProgrammeInput input)
    {
        Input = input;
        var taken = L["Det finns redan ett program eller direktiv med det namnet."];
        return await UpdateAsync(
            await Programmes.SingleOrDefaultAsync(p => p.Id == ProgrammeId, HttpContext.RequestAborted), input,
            () => UniqueAsync(Programmes, input.Name, ProgrammeId, "Input.Name", taken),
            programme => (programme.Name, programme.Kind) = (input.Name.Trim(), input.Kind),
            ListUrl, L["Programmet är sparat."], taken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var projects = await Db.Projects.CountAsync(p => p.ProgrammeId == ProgrammeId, HttpContext.RequestAborted);
        var inUse = projects > 0 ? L["{0} projekt hör till programmet, så det kan inte tas bort.", projects].Value : null;
        return await DeleteAsync(await Programmes.SingleOrDefaultAsync(p => p.Id == ProgrammeId, HttpContext.RequestAborted), version, inUse, ListUrl, L["Programmet är borttaget."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var programme = await LoadRecordAsync(
            Programmes.AsNoTracking().Where(p => p.Id == ProgrammeId).Select(p => new ProgrammeInput { Name = p.Name, Kind = p.Kind, Version = p.Version }),
            fillForm, p => p.Name, p => Input = p);
        if (programme is null)
        {
            return false;
        }
        Projects = await Db.Projects.AsNoTracking()
            .Where(p => p.ProgrammeId == ProgrammeId)
            .OrderBy(p => p.Name)
            .Select(p => p.Name)
            .ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}
