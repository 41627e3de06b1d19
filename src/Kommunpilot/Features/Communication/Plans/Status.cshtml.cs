using System.ComponentModel.DataAnnotations;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Communication.Plans;

/// <summary>The adopt form: who adopted the plan, when, and which version.</summary>
public sealed class AdoptInput
{
    [Display(Name = "Fastställd av")]
    public string? AdoptedBy { get; set; }

    [Display(Name = "Fastställd den")]
    public DateOnly? AdoptedOn { get; set; }

    [Display(Name = "Dokumentversion")]
    public string? DocumentVersion { get; set; }
}

/// <summary>The new-version form: the version and what is new in it.</summary>
public sealed class RevisionInput
{
    [Display(Name = "Ny version")]
    public string? DocumentVersion { get; set; }

    [Display(Name = "Vad är nytt?")]
    public string? Note { get; set; }
}

/// <summary>
/// The plan's status and versions: adopt it (by whom, when), return it to draft, archive it, or
/// declare a new document version with a note. Each form carries the version the page was loaded
/// with; when someone else changed the plan meanwhile, nothing is written and the page says so.
/// Editors only. Each form is validated on its own (the handlers bind only their own fields).
/// </summary>
public class PlanStatusModel(AppDbContext db, TimeProvider clock, IStringLocalizer<PlanTexts> l, IStringLocalizer<CommunicationTexts> c,
    IStringLocalizer<SharedTexts> t) : PageModel
{
    public PlanNav Nav { get; private set; } = null!;
    public CommunicationPlan Plan { get; private set; } = null!;
    public List<RevisionDto> Revisions { get; private set; } = [];
    public Conflict? Conflict { get; private set; }

    public AdoptInput Adopt { get; set; } = new();
    public RevisionInput Revision { get; set; } = new();

    /// <summary>The plan's version when the page was loaded; every form sends it back.</summary>
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int planId, CancellationToken ct)
    {
        if (await OpenAsync(planId, tracked: false, ct) is { } denied)
        {
            return denied;
        }
        Adopt = new AdoptInput
        {
            AdoptedBy = Plan.AdoptedBy,
            AdoptedOn = Plan.AdoptedOn ?? PlanRules.Today(clock),
            DocumentVersion = Plan.DocumentVersion ?? "1.0",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAdoptAsync(int planId, [Bind(Prefix = nameof(Adopt))] AdoptInput adopt, [FromForm] Guid? version, CancellationToken ct)
    {
        if (await OpenAsync(planId, tracked: true, ct) is { } denied)
        {
            return denied;
        }
        Adopt = adopt;
        Show(version);
        if (ModelState.GetFieldValidationState("Adopt.AdoptedOn") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            PlanRules.AddTo(ModelState, l, nameof(Adopt), PlanRules.CheckAdoption(adopt.AdoptedBy, adopt.AdoptedOn, adopt.DocumentVersion, PlanRules.Today(clock)));
        }
        if (!ModelState.IsValid || version is null)
        {
            return await ShowAsync(ct);
        }
        PlanStatusChanges.Adopt(Plan, adopt.AdoptedBy!, adopt.AdoptedOn!.Value, adopt.DocumentVersion!, PlanStatusChanges.UserName(User), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(version.Value, l["Planen är fastställd av {0}.", adopt.AdoptedBy!.Trim()], ct);
    }

    public async Task<IActionResult> OnPostRevisionAsync(int planId, [Bind(Prefix = nameof(Revision))] RevisionInput revision, [FromForm] Guid? version, CancellationToken ct)
    {
        if (await OpenAsync(planId, tracked: true, ct) is { } denied)
        {
            return denied;
        }
        Revision = revision;
        Show(version);
        PlanRules.AddTo(ModelState, l, nameof(Revision), PlanRules.CheckRevision(revision.DocumentVersion, revision.Note));
        if (!ModelState.IsValid || version is null)
        {
            return await ShowAsync(ct);
        }
        PlanStatusChanges.Revise(Plan, revision.DocumentVersion!, revision.Note!, PlanStatusChanges.UserName(User), clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(version.Value, l["Version {0} är registrerad.", revision.DocumentVersion!.Trim()], ct);
    }

    public Task<IActionResult> OnPostDraftAsync(int planId, [FromForm] Guid? version, CancellationToken ct) =>
        SetAsync(planId, PlanStatus.Draft, version, "Planen är ett utkast igen.", ct);

    public Task<IActionResult> OnPostArchiveAsync(int planId, [FromForm] Guid? version, CancellationToken ct) =>
        SetAsync(planId, PlanStatus.Archived, version, "Planen är arkiverad.", ct);

    private async Task<IActionResult> SetAsync(int planId, PlanStatus status, Guid? version, string done, CancellationToken ct)
    {
        if (await OpenAsync(planId, tracked: true, ct) is { } denied)
        {
            return denied;
        }
        Show(version);
        if (version is null)
        {
            return await ShowAsync(ct);
        }
        PlanStatusChanges.Set(Plan, status);
        return await SaveAsync(version.Value, l[done], ct);
    }

    /// <summary>What the forms show after a post that did not save: the plan's other forms as stored.</summary>
    private void Show(Guid? version)
    {
        if (version is null)
        {
            ModelState.AddModelError(string.Empty, l["Formuläret saknar versionsuppgift. Ladda om sidan och försök igen."]);
        }
        Version = version ?? Plan.Version;
        if (Adopt.AdoptedBy is null && Adopt.AdoptedOn is null && Adopt.DocumentVersion is null)
        {
            Adopt = new AdoptInput { AdoptedBy = Plan.AdoptedBy, AdoptedOn = Plan.AdoptedOn ?? PlanRules.Today(clock), DocumentVersion = Plan.DocumentVersion ?? "1.0" };
        }
    }

    /// <summary>Saves against the version the page was loaded with; every change here bumps the plan's version.</summary>
    private async Task<IActionResult> SaveAsync(Guid version, string message, CancellationToken ct)
    {
        db.ExpectVersion(Plan, version);
        db.Entry(Plan).Property(p => p.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, ct);
            var localize = PlanWords.Localizer(l, c, t);
            Conflict = PlanWords.Readable(conflict, localize, new Dictionary<int, string>());
            ViewData["ConflictLabels"] = PlanWords.PlanLabels.ToDictionary(kv => kv.Key, kv => localize(kv.Value));
            db.ChangeTracker.Clear();
            // Show the plan as it is stored now; the next post is a deliberate choice on top of it.
            await OpenAsync(Plan.Id, tracked: false, ct);
            Version = conflict.CurrentVersion ?? Plan.Version;
            return await ShowAsync(ct);
        }
        TempData[PlanOverviewModel.SavedKey] = message;
        return Redirect($"/kommunikation/{Plan.Id}");
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Revisions = await db.PlanRevisions.AsNoTracking().Where(r => r.PlanId == Plan.Id)
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => new RevisionDto(r.Id, r.DocumentVersion, r.At, r.By, r.Note))
            .ToListAsync(ct);
        return Page();
    }

    private async Task<IActionResult?> OpenAsync(int planId, bool tracked, CancellationToken ct)
    {
        var plans = tracked ? db.CommunicationPlans : db.CommunicationPlans.AsNoTracking();
        var plan = await plans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || await PlanNav.LoadAsync(db, planId, PlanSection.Overview, l["Status och versioner"], ct) is not { } nav)
        {
            return NotFound();
        }
        if (!await CommunicationAccess.CanEditAsync(db, plan.OrganizationId, plan.ProjectId, ct))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Nav = nav;
        Plan = plan;
        if (!tracked)
        {
            Version = plan.Version;
            await ShowAsync(ct);
        }
        return null;
    }
}
