using System.Globalization;
using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Kpis;

/// <summary>
/// Edits or deletes one KPI (<c>/projekt/{projectId}/nyckeltal/{kpiId}/redigera</c>), for editors.
/// Saving and deleting are checked against the version the form was loaded with: when someone else
/// saved or deleted the KPI meanwhile, nothing is written and the page shows both versions, keeping
/// what the user typed; the form then carries the stored version, so saving again is a deliberate
/// overwrite. Deleting asks first (<c>?ta-bort=true</c>) and says how many measurements go with it.
/// A KPI of another project or tenant is 404.
/// </summary>
public class EditModel(AppDbContext db, IStringLocalizer<KpiTexts> l) : KpiFormPage(db, l)
{
    /// <summary>The KPI's name as stored, for the heading and the delete question.</summary>
    public string StoredName { get; private set; } = "";

    /// <summary>How many measurements the KPI has: they are deleted with it.</summary>
    public int MeasurementCount { get; private set; }

    public bool ConfirmDelete { get; private set; }

    /// <summary>Set when someone else saved or deleted the KPI first.</summary>
    public Conflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int projectId, int kpiId, [FromQuery(Name = "ta-bort")] bool confirmDelete)
    {
        var kpi = await OpenKpiAsync(projectId, kpiId, track: false);
        if (kpi.Result is { } denied)
        {
            return denied;
        }
        Input = KpiForm.From(kpi.Kpi!);
        ConfirmDelete = confirmDelete;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int projectId, int kpiId)
    {
        var (kpi, denied) = await OpenKpiAsync(projectId, kpiId, track: true);
        if (denied is not null)
        {
            return denied;
        }
        if (kpi is null)
        {
            return await GoneAsync(kpiId);
        }
        var measured = await KpiMeasured.LoadAsync(Db, kpiId, kpi.Frequency, Aborted);
        var values = ReadForm(measured);
        if (values is null || !HasVersion())
        {
            return Page();
        }
        var stale = kpi.Version != Input.Version;
        Db.ExpectVersion(kpi, Input.Version!.Value);
        KpiRules.Apply(kpi, values);
        if (stale)
        {
            // Someone else saved after the form was loaded: show both versions, write nothing.
            ShowStale(kpi);
            return Page();
        }
        if (!await TrySaveAsync())
        {
            return Page();
        }
        Message = L["Nyckeltalet \"{0}\" är sparat.", kpi.Name];
        return Redirect(KpiUrl(kpi.Id) + "#main");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int projectId, int kpiId)
    {
        var (kpi, denied) = await OpenKpiAsync(projectId, kpiId, track: true);
        if (denied is not null)
        {
            return denied;
        }
        ConfirmDelete = true;
        if (kpi is null)
        {
            return await GoneAsync(kpiId);
        }
        // What the form holds is not saved, only compared if someone else changed the KPI.
        var (values, _) = Input.ToValues();
        ModelState.Clear();
        if (!HasVersion())
        {
            return Page();
        }
        if (kpi.Version != Input.Version)
        {
            KpiRules.Apply(kpi, values);
            ShowStale(kpi);
            return Page();
        }
        Db.ExpectVersion(kpi, Input.Version!.Value);
        // The measurements go in the same save, so that the history records each of them.
        var measurements = await Db.Measurements.Where(m => m.KpiId == kpiId).ToListAsync(Aborted);
        Db.Measurements.RemoveRange(measurements);
        Db.Kpis.Remove(kpi);
        if (!await TrySaveAsync())
        {
            return Page();
        }
        Message = measurements.Count == 0
            ? L["Nyckeltalet \"{0}\" är borttaget.", StoredName]
            : L["Nyckeltalet \"{0}\" och dess {1} mätvärden är borttagna.", StoredName, measurements.Count];
        return Redirect(ListUrl + "#main");
    }

    /// <summary>The navigation, the choices and the KPI (null when it is not there); or the answer instead of the page.</summary>
    private async Task<(Kpi? Kpi, IActionResult? Result)> OpenKpiAsync(int projectId, int kpiId, bool track)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return (null, denied);
        }
        KpiId = kpiId;
        await LoadChoicesAsync(projectId);
        var query = Db.Kpis.Where(k => k.ProjectId == projectId && k.Id == kpiId);
        var kpi = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(Aborted);
        if (kpi is null)
        {
            // The POST handlers tell a KPI deleted meanwhile from one that never was; a GET is 404.
            SetHeading(Input.Name ?? "");
            return (null, track ? null : NotFound());
        }
        StoredName = kpi.Name;
        MeasurementCount = await Db.Measurements.CountAsync(m => m.KpiId == kpiId, Aborted);
        SetHeading(kpi.Name);
        return (kpi, null);
    }

    private void SetHeading(string name) =>
        Nav = (Nav with { Heading = L["Redigera {0}", name], Trail = KpiId is { } id && name.Length > 0 ? [(name, KpiUrl(id))] : null });

    /// <summary>An edit or a delete must say which version it was loaded with.</summary>
    private bool HasVersion()
    {
        if (Input.Version is null)
        {
            ModelState.AddModelError("Input.Version", L["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        return Input.Version is not null;
    }

    /// <summary>Saves; when someone else got there first nothing is written, <see cref="Conflict"/> holds both versions and the form takes the stored version.</summary>
    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await Db.SaveChangesAsync(Aborted);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, Aborted);
            Conflict = conflict with { Fields = [.. conflict.Fields.Where(f => f.Name != nameof(Kpi.ProjectId)).Select(Describe)] };
            Input.Version = conflict.CurrentVersion ?? Input.Version;
            ModelState.Remove("Input.Version");
            Db.ChangeTracker.Clear();
            return false;
        }
        catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
        {
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Name", L["Det gick inte att spara eftersom någon annan ändrade samtidigt. Försök igen."]);
            return false;
        }
    }

    /// <summary>
    /// The form was loaded before someone else saved: the differences between the form (applied to the
    /// tracked KPI) and what is stored, and the stored version in the form. Nothing is written.
    /// </summary>
    private void ShowStale(Kpi kpi)
    {
        var entry = Db.Entry(kpi);
        var fields = entry.Properties
            .Where(p => p.Metadata.Name is not (nameof(Kpi.Version) or nameof(Kpi.Id) or nameof(Kpi.ProjectId)))
            .Select(p => new ConflictField(p.Metadata.Name, Format(p.CurrentValue), Format(p.OriginalValue)))
            .Where(f => f.Mine != f.Theirs)
            .Select(Describe)
            .ToList();
        var stored = (Guid)entry.Property(nameof(Kpi.Version)).CurrentValue!;
        Conflict = new Conflict(false, fields, stored);
        Input.Version = stored;
        Db.ChangeTracker.Clear();
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal n => KpiRules.Number(n),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// The KPI is not there. When the history shows that it belonged to this project and has been
    /// deleted, the user sees that someone else deleted it, with their input kept; otherwise (an unknown
    /// id, or one of another project or tenant) the answer is 404.
    /// </summary>
    private async Task<IActionResult> GoneAsync(int kpiId)
    {
        var key = kpiId.ToString(CultureInfo.InvariantCulture);
        var deleted = await Db.AuditEntries.AsNoTracking()
            .AnyAsync(a => a.ProjectId == Nav.ProjectId && a.EntityType == nameof(Kpi) && a.EntityId == key && a.Action == "Deleted", Aborted);
        if (!deleted)
        {
            return NotFound();
        }
        ModelState.Clear();
        StoredName = Input.Name ?? "";
        Conflict = new Conflict(Deleted: true, [], CurrentVersion: null);
        return Page();
    }

    /// <summary>A field of a conflict in the user's words.</summary>
    private ConflictField Describe(ConflictField f) => f.Name switch
    {
        nameof(Kpi.Name) => f.Named(L["Namn"]),
        nameof(Kpi.Definition) => f.Named(L["Definition"]),
        nameof(Kpi.Area) => f.Named(L["Område"], v => F.Choice<KpiAreaKind>(v, FollowUpLabels.Of)),
        nameof(Kpi.OwnAreaId) => f.Named(L["Eget område"], v => int.TryParse(v, out var id) ? Choices.AreaName(id) ?? v : v),
        nameof(Kpi.Kind) => f.Named(L["Typ"], v => F.Choice<KpiKind>(v, FollowUpLabels.Of)),
        nameof(Kpi.Unit) => f.Named(L["Enhet"], v => F.Choice<KpiUnit>(v, FollowUpLabels.Of)),
        nameof(Kpi.UnitLabel) => f.Named(L["Enhetens namn"]),
        nameof(Kpi.Decimals) => f.Named(L["Antal decimaler"]),
        nameof(Kpi.MinValue) => f.Named(L["Lägsta värde"], Trimmed),
        nameof(Kpi.MaxValue) => f.Named(L["Högsta värde"], Trimmed),
        nameof(Kpi.Direction) => f.Named(L["Riktning"], v => F.Choice<KpiDirection>(v, FollowUpLabels.Of)),
        nameof(Kpi.BaselineValue) => f.Named(L["Utgångsvärde"], Trimmed),
        nameof(Kpi.BaselineDate) => f.Named(L["Utgångsvärdets datum"]),
        nameof(Kpi.TargetValue) => f.Named(L["Målvärde"], Trimmed),
        nameof(Kpi.TargetDate) => f.Named(L["Måldatum"]),
        nameof(Kpi.Source) => f.Named(L["Verifikationskälla"]),
        nameof(Kpi.Method) => f.Named(L["Metod"]),
        nameof(Kpi.Frequency) => f.Named(L["Frekvens"], v => F.Choice<KpiFrequency>(v, FollowUpLabels.Of)),
        nameof(Kpi.StartDate) => f.Named(L["Mäts från"]),
        nameof(Kpi.EndDate) => f.Named(L["Mäts till"]),
        nameof(Kpi.Scope) => f.Named(L["Mäts för"], v => F.Choice<KpiScope>(v, FollowUpLabels.Of)),
        nameof(Kpi.PilotSiteId) => f.Named(L["Pilotverksamhet"], v => int.TryParse(v, out var id) ? Choices.SiteName(id) : v),
        nameof(Kpi.KoladaKpiId) => f.Named(L["Kolada-id"]),
        nameof(Kpi.KoladaComparisonId) => f.Named(L["Jämförelse i Kolada"]),
        nameof(Kpi.Order) => f.Named(L["Ordning"]),
        nameof(Kpi.IsExample) => f.Named(L["Exempelvärden"], v => v == "True" ? T["Ja"] : v == "False" ? T["Nej"] : v),
        _ => f,
    };

    private IStringLocalizer T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Infrastructure.Localization.SharedTexts>>();

    /// <summary>A stored decimal without its trailing zeros ("70,0000" is "70").</summary>
    private static string? Trimmed(string? value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.CurrentCulture, out var d) ? KpiRules.Number(d) : value;
}
