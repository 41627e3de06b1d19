using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
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

    private Task<Programme?> FindAsync() =>
        Db.Programmes.SingleOrDefaultAsync(p => p.Id == ProgrammeId && p.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] ProgrammeInput input)
    {
        Input = input;
        var programme = await FindAsync();
        if (programme is null)
        {
            return await Gone();
        }
        if (ModelState.IsValid && await TakenAsync(Db.Programmes.Where(p => p.OrganizationId == OrganizationId), input.Name, ProgrammeId))
        {
            ModelState.AddModelError("Input.Name", L["Det finns redan ett program eller direktiv med det namnet."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(programme, input.Version);
        programme.Name = input.Name.Trim();
        programme.Kind = input.Kind;
        return await SaveAsync(ListUrl, L["Programmet är sparat."], L["Det finns redan ett program eller direktiv med det namnet."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version)
    {
        var programme = await FindAsync();
        var projects = await Db.Projects.CountAsync(p => p.ProgrammeId == ProgrammeId, HttpContext.RequestAborted);
        var inUse = projects > 0 ? L["{0} projekt hör till programmet, så det kan inte tas bort.", projects].Value : null;
        return await DeleteAsync(programme, version, inUse, ListUrl, L["Programmet är borttaget."]);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var programme = await Db.Programmes.AsNoTracking()
            .Where(p => p.Id == ProgrammeId && p.OrganizationId == OrganizationId)
            .Select(p => new ProgrammeInput { Name = p.Name, Kind = p.Kind, Version = p.Version })
            .SingleOrDefaultAsync(ct);
        if (programme is null)
        {
            return false;
        }
        RecordName = programme.Name;
        if (fillForm)
        {
            Input = programme;
        }
        Projects = await Db.Projects.AsNoTracking()
            .Where(p => p.ProgrammeId == ProgrammeId)
            .OrderBy(p => p.Name)
            .Select(p => p.Name)
            .ToListAsync(ct);
        return true;
    }
}
