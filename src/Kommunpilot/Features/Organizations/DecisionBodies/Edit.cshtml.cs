using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Organizations.DecisionBodies;

/// <summary>One decision body: rename or delete (milestones name their body as text, so nothing refers to it).</summary>
public class DecisionBodyModel(AppDbContext db, IStringLocalizer<OrganizationTexts> l) : OrganizationAdminPage(db, l)
{
    public int BodyId => RouteId("bodyId");
        public NameInput Input { get; set; } = new();

    private string ListUrl => $"/organisation/{OrganizationId}/beslutsorgan";

    private Task<DecisionBody?> FindAsync() =>
        Db.DecisionBodies.SingleOrDefaultAsync(d => d.Id == BodyId && d.OrganizationId == OrganizationId, HttpContext.RequestAborted);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] NameInput input)
    {
        Input = input;
        var body = await FindAsync();
        if (body is null)
        {
            return await Gone();
        }
        if (ModelState.IsValid && await TakenAsync(Db.DecisionBodies.Where(d => d.OrganizationId == OrganizationId), input.Name, BodyId))
        {
            ModelState.AddModelError("Input.Name", L["Det finns redan ett beslutsorgan med det namnet."]);
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        Db.ExpectVersion(body, input.Version);
        body.Name = input.Name.Trim();
        return await SaveAsync(ListUrl, L["Beslutsorganet är sparat."], L["Det finns redan ett beslutsorgan med det namnet."], Input, "Input");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version) =>
        await DeleteAsync(await FindAsync(), version, null, ListUrl, L["Beslutsorganet är borttaget."]);

    protected override async Task<bool> LoadAsync(bool fillForm)
    {
        var body = await Db.DecisionBodies.AsNoTracking()
            .Where(d => d.Id == BodyId && d.OrganizationId == OrganizationId)
            .Select(d => new NameInput { Name = d.Name, Version = d.Version })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (body is null)
        {
            return false;
        }
        RecordName = body.Name;
        if (fillForm)
        {
            Input = body;
        }
        return true;
    }
}
