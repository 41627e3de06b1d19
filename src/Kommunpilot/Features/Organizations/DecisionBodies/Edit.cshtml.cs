using Kommunpilot.Infrastructure.Data;
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

    private IQueryable<DecisionBody> Bodies => Db.DecisionBodies.Where(d => d.OrganizationId == OrganizationId);

    public Task<IActionResult> OnGetAsync() => ShowAsync();

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = "Input")] NameInput input)
    {
        Input = input;
        var taken = L["Det finns redan ett beslutsorgan med det namnet."];
        return await UpdateAsync(
            await Bodies.SingleOrDefaultAsync(d => d.Id == BodyId, HttpContext.RequestAborted), input,
            () => UniqueAsync(Bodies, input.Name, BodyId, "Input.Name", taken),
            body => body.Name = input.Name.Trim(),
            ListUrl, L["Beslutsorganet är sparat."], taken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid version) =>
        await DeleteAsync(await Bodies.SingleOrDefaultAsync(d => d.Id == BodyId, HttpContext.RequestAborted), version, null, ListUrl, L["Beslutsorganet är borttaget."]);

    protected override async Task<bool> LoadAsync(bool fillForm) =>
        await LoadRecordAsync(
            Bodies.AsNoTracking().Where(d => d.Id == BodyId).Select(d => new NameInput { Name = d.Name, Version = d.Version }),
            fillForm, b => b.Name, b => Input = b) is not null;
}
