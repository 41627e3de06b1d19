using Kommunpilot.Features.Projects.Parts;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>The recipients every planned report gets, and the plan the preview showed.</summary>
public sealed class PlanInput
{
    public List<int> DecisionBodyIds { get; set; } = [];

    public string? Names { get; set; }

    /// <summary>What the preview listed (<see cref="ReportPlanner.Plan.Fingerprint"/>).</summary>
    public string? Fingerprint { get; set; }
}

/// <summary>
/// "Planera uppföljningsrapporter efter rapportkalendern" (<c>/projekt/{projectId}/rapporter/planera</c>):
/// shows the reports <see cref="ReportPlanner"/> would add, and adds them all in one save with the
/// recipients chosen. When the plan changed since the preview (someone added a report), nothing is
/// added and the new preview shows.
/// </summary>
public class PlanReportsModel(AppDbContext db, IStringLocalizer<CalendarTexts> l, TimeProvider clock) : ReportPageModel(db, l, clock)
{
    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public ReportPlanner.Plan Plan { get; private set; } = null!;

    protected override string? Heading => L["Planera uppföljningsrapporter"];

    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostAsync(int projectId)
    {
        if (await OpenAsync(projectId, edit: true) is { } denied)
        {
            return denied;
        }
        using (await AddLock.ForProjectAsync(projectId, Aborted))
        {
            var names = ScheduleRules.NamesFrom(Input.Names);
            var errors = new List<CalendarError>();
            ScheduleRules.CheckNames(names, errors);
            if (Input.DecisionBodyIds.Count + names.Count > ScheduleRules.MaxRecipients)
            {
                errors.Add(new("Names", "En rapport kan ha högst {0} mottagare.", ScheduleRules.MaxRecipients));
            }
            if (Input.DecisionBodyIds.Count > 0)
            {
                var ids = Input.DecisionBodyIds.Distinct().ToList();
                var org = Project.OrganizationId;
                if (await Db.DecisionBodies.CountAsync(d => ids.Contains(d.Id) && d.OrganizationId == org, Aborted) != ids.Count)
                {
                    errors.Add(new("DecisionBodyIds", "Ett valt beslutsorgan finns inte i den ledande organisationen."));
                }
            }
            AddErrors(errors, nameof(Input));
            var plan = await ReportPlanner.PlanAsync(Db, Project, Aborted);
            if (plan.Problem is not null || plan.Reports.Count == 0)
            {
                return await ShowAsync();
            }
            if (plan.Fingerprint != Input.Fingerprint)
            {
                ModelState.AddModelError("", L["Rapporterna har ändrats sedan förhandsgranskningen. Kontrollera den nya förhandsgranskningen och skapa igen."]);
            }
            if (!ModelState.IsValid)
            {
                return await ShowAsync();
            }
            ReportPlanner.Add(Db, projectId, plan, Input.DecisionBodyIds, names);
            try
            {
                await Db.SaveChangesAsync(Aborted);
            }
            catch (DbUpdateException) when (!Aborted.IsCancellationRequested)
            {
                Db.ChangeTracker.Clear();
                ModelState.AddModelError("", L["Rapporterna har ändrats sedan förhandsgranskningen. Kontrollera den nya förhandsgranskningen och skapa igen."]);
                return await ShowAsync();
            }
            return Done(plan.Reports.Count == 1
                ? L["1 uppföljningsrapport är planerad."]
                : L["{0} uppföljningsrapporter är planerade.", plan.Reports.Count]);
        }
    }

    private async Task<IActionResult> ShowAsync()
    {
        await LoadChoicesAsync();
        Plan = await ReportPlanner.PlanAsync(Db, Project, Aborted);
        Input.Fingerprint = Plan.Fingerprint;
        ModelState.Remove("Input.Fingerprint");
        return Page();
    }
}
