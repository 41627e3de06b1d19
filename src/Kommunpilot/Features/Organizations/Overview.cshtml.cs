using System.ComponentModel.DataAnnotations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations;

/// <summary>An organisation's overview: its name and kind, and how much each section holds.</summary>
public class OverviewModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public sealed record Counts(int Departments, int Units, int DecisionBodies, int Programmes, int ProjectModels, int Members);

    public sealed record MemberRow(int Id, string Name, bool Administered);

    [BindProperty]
    public OrganizationInput Input { get; set; } = new();

    public Counts Sizes { get; private set; } = new(0, 0, 0, 0, 0, 0);
    public List<MemberRow> MemberMunicipalities { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var taken = L["Det finns redan en organisation med det namnet."];
        return await UpdateAsync(
            await Db.Organizations.SingleOrDefaultAsync(o => o.Id == OrganizationId, HttpContext.RequestAborted), Input,
            () => UniqueAsync(Db.Organizations, Input.Name, OrganizationId, "Input.Name", taken),
            org => (org.Name, org.Kind) = (Input.Name.Trim(), Input.Kind),
            Request.Path, L["Organisationens uppgifter är sparade."], taken);
    }

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var ct = HttpContext.RequestAborted;
        var id = OrganizationId;
        if (fillForm)
        {
            Input = await Db.Organizations.AsNoTracking()
                .Where(o => o.Id == id)
                .Select(o => new OrganizationInput { Name = o.Name, Kind = o.Kind, Version = o.Version })
                .SingleAsync(ct);
        }
        Sizes = await Db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new Counts(
                Db.Departments.Count(d => d.OrganizationId == id),
                Db.Units.Count(u => u.OrganizationId == id),
                Db.DecisionBodies.Count(d => d.OrganizationId == id),
                Db.Programmes.Count(p => p.OrganizationId == id),
                Db.ProjectModels.Count(m => m.OrganizationId == id),
                Db.Memberships.Count(m => m.OrganizationId == id)))
            .SingleAsync(ct);
        var members = await Db.Organizations.AsNoTracking()
            .Where(o => o.ParentOrganizationId == id)
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        MemberMunicipalities = [.. members.Select(m => new MemberRow(m.Id, m.Name, Db.CurrentUser.HasRole(m.Id, OrganizationRole.Administrator)))];
        return true;
    }
}

public class OrganizationInput : IVersionedInput
{
    [Required(ErrorMessage = "Ange organisationens namn.")]
    [StringLength(200, ErrorMessage = "Namnet får vara högst 200 tecken.")]
    [Display(Name = "Namn")]
    public string Name { get; set; } = "";

    [Display(Name = "Typ av organisation")]
    public OrganizationKind Kind { get; set; }

    public Guid Version { get; set; }
}
