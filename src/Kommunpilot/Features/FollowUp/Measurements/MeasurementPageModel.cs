using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// What the measurement pages have in common: the follow-up navigation, the project's KPIs and sites
/// (<see cref="MeasurementProject"/>), 404 for a project the caller cannot see, 403 when a reader tries to
/// change something, and the message carried over a redirect.
/// </summary>
public abstract class MeasurementPageModel(AppDbContext db, IStringLocalizer<MeasurementTexts> texts, TimeProvider clock) : PageModel
{
    protected AppDbContext Db => db;

    protected TimeProvider Clock => clock;

    public IStringLocalizer<MeasurementTexts> L => texts;

    protected IStringLocalizer T => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedTexts>>();

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    public FollowUpNav Nav { get; private set; } = null!;

    public MeasurementProject Project { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>The success message after Post/Redirect/Get.</summary>
    [TempData]
    public string? Message { get; set; }

    public string ListUrl => FollowUpNav.UrlOf(Project.ProjectId, FollowUpSection.Measurements);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The heading under the navigation; null for the overview.</summary>
    protected virtual string? Heading => null;

    /// <summary>Loads the navigation and the project: 404 when it is not visible, 403 when <paramref name="edit"/> is asked of a reader.</summary>
    protected async Task<IActionResult?> OpenAsync(int projectId, bool edit)
    {
        var project = await MeasurementProject.LoadAsync(db, projectId, Aborted);
        var nav = project is null ? null : await FollowUpNav.LoadAsync(db, projectId, FollowUpSection.Measurements, Heading, Aborted);
        if (project is null || nav is null)
        {
            return NotFound();
        }
        Project = project;
        Nav = nav;
        CanEdit = await FollowUpAccess.CanEditProjectAsync(db, projectId, Aborted);
        return edit && !CanEdit ? StatusCode(StatusCodes.Status403Forbidden) : null;
    }

    /// <summary>Gives the page its heading once what it is about has been loaded.</summary>
    protected void Retitle(string heading) => Nav = Nav with { Heading = heading };

    public string EntryUrl(int measurementId) => $"{ListUrl}/{measurementId}";

    public string NewUrl(int? kpiId = null) => kpiId is null ? $"{ListUrl}/ny" : $"{ListUrl}/ny?kpi={kpiId}";

    public string GridUrl(KpiPeriod period) => $"{ListUrl}/tabell?frekvens={period.Frequency}&period={period.Key}";

    public string ImportUrl => $"{ListUrl}/import";

    /// <summary>A KPI's name in a list: with its unit, "Nöjda verksamheter (%)".</summary>
    public static string KpiOption(KpiFacts k) => k.Symbol.Length == 0 ? k.Name : $"{k.Name} ({k.Symbol})";

    /// <summary>The period that a grid of the frequency opens on: the one holding today, kept inside the KPIs' lives.</summary>
    public KpiPeriod DefaultPeriod(KpiFrequency frequency)
    {
        var kpis = Project.Kpis.Where(k => k.Frequency == frequency).ToList();
        var today = KpiPeriod.Containing(frequency, Today);
        if (kpis.Count == 0 || kpis.Any(k => k.InLife(today)))
        {
            return today;
        }
        var last = kpis.Where(k => k.To is not null).Select(k => k.To!.Value).DefaultIfEmpty(Today).Max();
        var first = kpis.Where(k => k.From is not null).Select(k => k.From!.Value).DefaultIfEmpty(Today).Min();
        return KpiPeriod.Containing(frequency, Today > last ? last : first);
    }
}
