using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>The form of one measurement: what was typed, kept as typed, and the versions it was loaded with.</summary>
public sealed class MeasurementInput
{
    public int? KpiId { get; set; }
    public int? PilotSiteId { get; set; }
    public string? Period { get; set; }
    public string? Value { get; set; }
    public string? Comment { get; set; }
    /// <summary>The measurement's version as loaded (the edit page).</summary>
    public Guid? Version { get; set; }
    /// <summary>The stored value for the same KPI, site and period the user chose to replace, and its version as shown.</summary>
    public int? ExistingId { get; set; }
    public Guid? ExistingVersion { get; set; }

    public MeasurementEntry Entry => new(KpiId, PilotSiteId, Period, Value, Comment);

    public static MeasurementInput From(MeasurementRow r) => new()
    {
        KpiId = r.KpiId,
        PilotSiteId = r.PilotSiteId,
        Period = r.Period.Key,
        Value = r.Value.ToString("N" + Math.Clamp(r.Decimals, 0, 4), CultureInfo.CurrentCulture),
        Comment = r.Comment,
        Version = r.Version,
    };
}

/// <summary>
/// The pages of one measurement (new and edit): the KPI's sites and periods as choices, the rules'
/// messages next to their fields with the input kept, a duplicate shown with the stored value and the
/// offer to update that one instead, and a conflict shown with both versions.
/// </summary>
public abstract class MeasurementEntryPage(AppDbContext db, IStringLocalizer<MeasurementTexts> l, TimeProvider clock) : MeasurementPageModel(db, l, clock)
{
    [BindProperty]
    public MeasurementInput Input { get; set; } = new();

    /// <summary>The KPI of the form.</summary>
    public KpiFacts? Kpi { get; protected set; }

    /// <summary>A value already stored for the KPI, site and period chosen: nothing was saved.</summary>
    public MeasurementRow? Duplicate { get; protected set; }

    /// <summary>The stored duplicate changed again while the user looked at it.</summary>
    public bool DuplicateChanged { get; protected set; }

    /// <summary>Set when someone else saved or deleted the measurement first.</summary>
    public Conflict? Conflict { get; protected set; }

    /// <summary>The adopted reports that used the stored value (the edit page).</summary>
    public IReadOnlyList<string> AdoptedReports { get; protected set; } = [];

    public IReadOnlyList<SiteFacts?> Sites => Kpi is null ? [] : Project.SitesFor(Kpi);

    public IReadOnlyList<KpiPeriod> PeriodChoices(KpiPeriod? stored) => Kpi is null ? [] : Kpi.Periods(Today, stored);

    public string? DuplicateMessage => Duplicate is null ? null : MeasurementStore.Duplicate(Duplicate).In(L);

    /// <summary>The rules' messages next to their fields.</summary>
    protected void AddErrors(MeasurementCheck check)
    {
        foreach (var (key, message) in check.Errors)
        {
            var field = key switch
            {
                "kpiId" => nameof(MeasurementInput.KpiId),
                "pilotSiteId" => nameof(MeasurementInput.PilotSiteId),
                "period" => nameof(MeasurementInput.Period),
                "value" => nameof(MeasurementInput.Value),
                _ => nameof(MeasurementInput.Comment),
            };
            ModelState.AddModelError($"{nameof(Input)}.{field}", message.In(L));
        }
    }

    /// <summary>The sentence about adopted reports that used a value; null when none did.</summary>
    public string? AdoptedNotice(IReadOnlyList<string> reports) => reports.Count switch
    {
        0 => null,
        1 => L["Värdet användes i den fastställda rapporten {0}; rapporten ändras inte.", reports[0]].Value,
        _ => L["Värdet användes i de fastställda rapporterna {0}; rapporterna ändras inte.", string.Join(", ", reports)].Value,
    };

    /// <summary>A conflict's fields in the user's words: what the form holds against what is stored.</summary>
    protected Conflict Describe(MeasurementRow stored)
    {
        var value = L["Värde"].Value;
        return new(false,
    [
        .. new[]
        {
            new ConflictField(value, Input.Value, stored.Shown()),
            new ConflictField(L["Kommentar"], Input.Comment, stored.Comment),
            new ConflictField(L["Period"], PeriodLabel(Input.Period), stored.Period.Label()),
            new ConflictField(L["Pilotverksamhet"], Project.Site(Input.PilotSiteId)?.Name, stored.PilotSite),
            new ConflictField(L["Inmatad av"], null, $"{stored.EnteredBy} {stored.EnteredAt.ToLocalTime():yyyy-MM-dd HH:mm}"),
        }.Where(f => f.Mine != f.Theirs && !(f.Name == value && Same(Input.Value, stored))),
    ], stored.Version);
    }

    private string? PeriodLabel(string? key) =>
        Kpi is not null && KpiPeriod.TryParse(Kpi.Frequency, key, out var p) ? p.Label() : key;

    private bool Same(string? typed, MeasurementRow stored) =>
        MeasurementRules.TryParseNumber(typed ?? "", out var v) && v == stored.Value;
}
