using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects.Parts.PilotSites;

/// <summary>Edits or deletes one pilot site (see <see cref="PartEditPageModel{TItem, TInput}"/> for the rules).</summary>
public class EditPilotSiteModel(AppDbContext db, IStringLocalizer<PartsTexts> l) : PartEditPageModel<PilotSite, PilotSiteInput>(db, l)
{
    private IReadOnlyList<UnitOption> _units = [];

    protected override string ListPage => "PilotSites";

    protected override string PartTitle => L["Pilotverksamheter"];

    protected override string Fields => "_PilotSiteFields";

    protected override async Task LoadChoicesAsync()
    {
        _units = await PilotSiteRules.UnitsAsync(Db, Project.Id, exceptSiteId: ItemId, Aborted);
        if (Stored.UnitId is { } current && _units.All(u => u.Id != current))
        {
            // The site's unit belongs to an owning organisation the editor is not a member of: it can stay.
            _units = [.. _units, new UnitOption(current, L["Verksamhet i en annan ägarorganisation"], L["Nuvarande verksamhet"], "")];
        }
        ViewData["Units"] = _units;
    }

    protected override PilotSiteInput ToInput(PilotSite item) => PilotSiteInput.From(item);

    protected override string NameOf(PilotSiteInput input) => UnitName(input.UnitId) ?? L["pilotverksamheten"];

    protected override string Saved(PilotSiteInput saved) => L["Pilotverksamheten är sparad."];

    protected override string Deleted(PilotSiteInput deleted) => L["Pilotverksamheten är borttagen."];

    /// <summary>A unit that stays as it was needs no check: it may belong to an owner the editor is not a member of.</summary>
    protected override Task<bool> RulesHoldAsync(PilotSite item) =>
        Db.Entry(item).Property(s => s.UnitId).OriginalValue == item.UnitId
            ? Task.FromResult(true)
            : PilotSiteRules.UnitIsOpenAsync(Db, ModelState, L, item, Aborted);

    protected override ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(PilotSite.UnitId) => f.Named(L["Verksamhet"], v => UnitName(int.TryParse(v, CultureInfo.CurrentCulture, out var id) ? id : null) ?? v),
        nameof(PilotSite.PlannedStart) => f.Named(L["Planerad start"]),
        nameof(PilotSite.StartIsPreliminary) => f.Named(L["Preliminärt startdatum"], v => v switch { "True" => T["Ja"], "False" => T["Nej"], _ => v }),
        nameof(PilotSite.AgreementStatus) => f.Named(L["Avtalsstatus"], v => T.Choice<AgreementStatus>(v, Labels.Of)),
        nameof(PilotSite.Explanation) => f.Named(L["Förklaring"]),
        _ => f,
    };

    private string? UnitName(int? id) => _units.FirstOrDefault(u => u.Id == id)?.Name;
}
