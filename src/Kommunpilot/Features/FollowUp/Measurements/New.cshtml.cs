using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Measurements;

/// <summary>
/// A new measurement (<c>/projekt/{id}/matvarden/ny?kpi=</c>), for editors. The KPI is chosen first (its
/// scope and frequency decide the sites and periods offered). When the KPI, site and period already
/// have a value, nothing is saved: the page shows the stored value and offers to replace it with the
/// one typed (checked against the version shown) or to open it – never a second value.
/// </summary>
public class NewModel(AppDbContext db, IStringLocalizer<MeasurementTexts> l, TimeProvider clock) : MeasurementEntryPage(db, l, clock)
{
    protected override string? Heading => L["Nytt mätvärde"];

    public async Task<IActionResult> OnGetAsync(int projectId, int? kpi)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        Kpi = Project.Kpi(kpi) ?? Project.Kpis.FirstOrDefault();
        if (Kpi is not null)
        {
            Input = new MeasurementInput
            {
                KpiId = Kpi.Id,
                PilotSiteId = Sites.FirstOrDefault()?.Id,
                Period = DefaultPeriod(Kpi.Frequency) is var p && Kpi.InLife(p) ? p.Key : PeriodChoices(null).LastOrDefault().Key,
            };
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int projectId) => SaveAsync(projectId, replace: false);

    /// <summary>"Ersätt det sparade värdet": the stored value for the same KPI, site and period gets the one typed.</summary>
    public Task<IActionResult> OnPostReplaceAsync(int projectId) => SaveAsync(projectId, replace: true);

    private async Task<IActionResult> SaveAsync(int projectId, bool replace)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        Kpi = Project.Kpi(Input.KpiId);
        var check = MeasurementRules.Check(Project, Input.Entry);
        if (!check.IsValid)
        {
            AddErrors(check);
            return Page();
        }
        if (replace && Input.ExistingVersion is null)
        {
            replace = false;
        }
        var result = await new MeasurementWrites(Db, Clock).CreateAsync(projectId, check.Measurement!, replace, Input.ExistingVersion, Aborted);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                Message = result.Created ? L["Mätvärdet är sparat."] : L["Det sparade värdet är ersatt med ditt."];
                return Redirect(ListUrl);
            case WriteOutcome.Gone:
                // The stored value was deleted meanwhile: saving again adds the typed one.
                Input.ExistingId = null;
                Input.ExistingVersion = null;
                ModelState.AddModelError(string.Empty, L["Det sparade värdet har tagits bort av någon annan. Spara igen för att lägga till ditt."]);
                return Page();
            default:
                Duplicate = result.Existing;
                DuplicateChanged = result.Outcome == WriteOutcome.Stale;
                Input.ExistingId = Duplicate!.Id;
                Input.ExistingVersion = Duplicate.Version;
                ModelState.Remove($"{nameof(Input)}.{nameof(MeasurementInput.ExistingVersion)}");
                ModelState.Remove($"{nameof(Input)}.{nameof(MeasurementInput.ExistingId)}");
                return Page();
        }
    }
}
