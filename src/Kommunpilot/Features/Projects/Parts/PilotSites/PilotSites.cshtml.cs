using System.Linq.Expressions;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.PilotSites;

/// <summary>The project's pilot sites (pilotverksamheter) with their planned start and agreement: the list, and a form to add one.</summary>
public class PilotSitesModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartListPageModel<PilotSite, PilotSiteInput>(db, l)
{
    /// <summary>A pilot site; its unit is null when it belongs to an owning organisation the caller is not a member of.</summary>
    public sealed record Row(int Id, string? Unit, string? Department, DateOnly? PlannedStart, bool Preliminary, AgreementStatus Agreement, string? Explanation);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    protected override string ListPage => "PilotSites";

    protected override string PartTitle => L["Pilotverksamheter"];

    protected override string Fields => "_PilotSiteFields";

    protected override string AddHeading => L["Lägg till pilotverksamhet"];

    protected override string AddButton => L["Lägg till pilotverksamheten"];

    protected override async Task LoadRowsAsync() =>
        // A left join: a unit the caller cannot see (another owner's) must not hide the site.
        Rows = await (
                from s in Db.PilotSites.AsNoTracking()
                where s.ProjectId == Project.Id
                join u in Db.Units on s.UnitId equals u.Id into units
                from u in units.DefaultIfEmpty()
                orderby s.PlannedStart == null, s.PlannedStart, u!.Name
                select new Row(s.Id, u == null ? null : u.Name, u == null ? null : u.Department.Name,
                    s.PlannedStart, s.StartIsPreliminary, s.AgreementStatus, s.Explanation))
            .ToListAsync(Aborted);

    protected override async Task LoadChoicesAsync() =>
        ViewData["Units"] = await PilotSiteRules.UnitsAsync(Db, Project.Id, exceptSiteId: null, Aborted);

    protected override PilotSite NewItem(int projectId) => new() { ProjectId = projectId };

    protected override Expression<Func<PilotSite, bool>> IdenticalTo(PilotSite item) =>
        s => s.ProjectId == item.ProjectId && s.UnitId == item.UnitId && s.PlannedStart == item.PlannedStart
             && s.StartIsPreliminary == item.StartIsPreliminary && s.AgreementStatus == item.AgreementStatus && s.Explanation == item.Explanation;

    protected override Task<bool> RulesHoldAsync(PilotSite item) => PilotSiteRules.UnitIsOpenAsync(Db, ModelState, L, item, Aborted);

    protected override string Added(PilotSite item) => L["Pilotverksamheten är tillagd."];
}
