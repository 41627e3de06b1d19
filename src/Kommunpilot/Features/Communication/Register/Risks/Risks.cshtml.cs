using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Register.Risks;

/// <summary>The plan's risks: what can go wrong, how likely and how bad (with the level they give), and what is done about it.</summary>
public class RisksModel(AppDbContext db, IStringLocalizer<RegisterTexts> l) : RegisterListPageModel<PlanRisk, RiskInput>(db, l)
{
    public sealed record Row(int Id, string Description, Level? Likelihood, Level? Consequence, string? Mitigation)
    {
        public RiskLevel? Assessed => RiskLevel.Of(Likelihood, Consequence);
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override PlanSection Section => PlanSection.Risks;

    protected override string Fields => "_RiskFields";

    protected override string AddHeading => L["Lägg till risk"];

    protected override string AddButton => L["Lägg till risken"];

    protected override async Task LoadRowsAsync() =>
        Rows = await Db.PlanRisks.AsNoTracking()
            .Where(r => r.PlanId == Nav.PlanId)
            .OrderBy(r => r.Order).ThenBy(r => r.Id)
            .Select(r => new Row(r.Id, r.Description, r.Likelihood, r.Consequence, r.Mitigation))
            .ToListAsync(Aborted);

    /// <summary>The risk's name in buttons and messages: its description, shortened.</summary>
    public static string Short(string description) => description.Length <= 60 ? description : description[..57].TrimEnd() + "…";

    protected override PlanRisk NewItem(int planId) => new() { PlanId = planId, Description = "" };

    protected override Expression<Func<PlanRisk, bool>> IdenticalTo(PlanRisk item) =>
        r => r.PlanId == item.PlanId && r.Description == item.Description && r.Likelihood == item.Likelihood
             && r.Consequence == item.Consequence && r.Mitigation == item.Mitigation;

    protected override Task<List<RegisterError>> RulesAsync(int planId, int? itemId) => RiskRules.CheckAsync(Input);

    protected override string Added(PlanRisk item) => L["Risken är tillagd."];

    protected override string Moved(PlanRisk item) => L["Risken ”{0}” är flyttad.", Short(item.Description)];
}
