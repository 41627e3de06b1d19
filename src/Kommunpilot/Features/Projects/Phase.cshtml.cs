using System.ComponentModel.DataAnnotations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Kommunpilot.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// Where the project stands in its organisation's project model: the current phase, and the decisions
/// taken at the model's decision points. A decision point that may not repeat is recorded once; the
/// same point on the same day is never recorded twice (a double click).
/// </summary>
public class PhaseModel(AppDbContext db, IStringLocalizer<ProjectTexts> l, IStringLocalizer<SharedTexts> t) : PageModel
{
    public sealed record PointOption(int Id, string Code, string Name, bool MayRepeat, bool Taken);

    public sealed class PhaseInput
    {
        [Display(Name = "Aktuell fas")]
        public int? PhaseId { get; set; }

        public Guid Version { get; set; }
    }

    public sealed class DecisionInput
    {
        [Required(ErrorMessage = "Välj en beslutspunkt.")]
        [Display(Name = "Beslutspunkt")]
        public int? DecisionPointId { get; set; }

        [Required(ErrorMessage = "Ange vem som fattade beslutet.")]
        [StringLength(ProjectsModel.ShortText, ErrorMessage = ProjectBasicsInput.TooLong)]
        [Display(Name = "Beslutat av")]
        public string? DecidedBy { get; set; }

        [Required(ErrorMessage = "Ange beslutsdatum.")]
        [Display(Name = "Beslutsdatum")]
        public DateOnly? DecidedOn { get; set; }

        [StringLength(ProjectsModel.MediumText, ErrorMessage = ProjectBasicsInput.TooLong)]
        [Display(Name = "Beslutsunderlag")]
        public string? Documents { get; set; }

        [StringLength(ProjectsModel.MediumText, ErrorMessage = ProjectBasicsInput.TooLong)]
        [Display(Name = "Anteckning")]
        public string? Note { get; set; }
    }

    public int Id { get; private set; }
    public string ProjectName { get; private set; } = "";
    public string? ModelName { get; private set; }
    public bool CanEdit { get; private set; }
    public List<Choice> Phases { get; private set; } = [];
    public List<PointOption> Points { get; private set; } = [];
    public List<DetailsModel.DecisionRow> Decisions { get; private set; } = [];
    public string? CurrentPhase { get; private set; }
    public Conflict? Conflict { get; private set; }

    public PhaseInput Phase { get; private set; } = new();
    public DecisionInput Decision { get; private set; } = new();

    [TempData(Key = DetailsModel.SavedKey)]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostPhaseAsync(int id, [Bind(Prefix = "Phase")] PhaseInput phase, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, forEdit: true) is { } refused)
        {
            return refused;
        }
        Phase = phase;
        if (phase.PhaseId is { } chosen && Phases.All(p => p.Id != chosen))
        {
            ModelState.AddModelError("Phase.PhaseId", l["Välj en fas i projektets projektmodell."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var project = await db.Projects.SingleAsync(p => p.Id == id, ct);
        db.ExpectVersion(project, phase.Version);
        project.CurrentPhaseId = phase.PhaseId;
        db.Entry(project).Property(p => p.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var conflict = await Concurrency.DescribeAsync(ex, ct);
            string Localize(string text) => ProjectConflict.Localize(l, t, text);
            Conflict = ProjectConflict.Readable(conflict, nameof(Project), Localize, new Dictionary<string, IReadOnlyDictionary<int, string>>
            {
                [nameof(Project.CurrentPhaseId)] = Phases.ToDictionary(p => p.Id, p => p.Name),
            });
            ViewData["ConflictLabels"] = ProjectConflict.Labels(Localize);
            // The next save is a deliberate overwrite of what is stored now.
            ModelState.Remove("Phase.Version");
            Phase.Version = conflict.CurrentVersion ?? phase.Version;
            return Page();
        }
        Saved = l["Fasen är sparad."];
        return Redirect($"/projekt/{id}/fas");
    }

    public async Task<IActionResult> OnPostDecisionAsync(int id, [Bind(Prefix = "Decision")] DecisionInput decision, CancellationToken ct)
    {
        if (await LoadAsync(id, ct, forEdit: true) is { } refused)
        {
            return refused;
        }
        Decision = decision;
        var point = Points.FirstOrDefault(p => p.Id == decision.DecisionPointId);
        if (decision.DecisionPointId is not null && point is null)
        {
            ModelState.AddModelError("Decision.DecisionPointId", l["Välj en beslutspunkt i projektets projektmodell."]);
        }
        if (!ModelState.IsValid || point is null)
        {
            return Page();
        }
        var on = decision.DecidedOn!.Value;
        var error = await Serialized.RunAsync<string?>(db, async token =>
        {
            var taken = await db.ProjectDecisions
                .Where(d => d.ProjectId == id && d.DecisionPointId == point.Id)
                .Select(d => d.DecidedOn)
                .ToListAsync(token);
            if (taken.Count > 0 && !point.MayRepeat)
            {
                return l["Beslutspunkten {0} är redan registrerad för projektet och kan bara tas en gång.", point.Code];
            }
            if (taken.Contains(on))
            {
                return l["Ett beslut vid {0} den {1} är redan registrerat.", point.Code, ProjectFormat.Date(on)];
            }
            db.ProjectDecisions.Add(new ProjectDecision
            {
                ProjectId = id,
                DecisionPointId = point.Id,
                DecidedBy = decision.DecidedBy!.Trim(),
                DecidedOn = on,
                Documents = ProjectBasicsInput.Clean(decision.Documents)?.ReplaceLineEndings("\n"),
                Note = ProjectBasicsInput.Clean(decision.Note)?.ReplaceLineEndings("\n"),
            });
            await db.SaveChangesAsync(token);
            return null;
        }, ct);
        if (error is not null)
        {
            ModelState.AddModelError("Decision.DecisionPointId", error);
            return Page();
        }
        Saved = l["Beslutet är registrerat."];
        return Redirect($"/projekt/{id}/fas");
    }

    /// <summary>Loads the page; a result when it must not be shown (404, or 403 when editing without the right).</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct, bool forEdit = false)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.ProjectModelId,
                Model = p.ProjectModel == null ? null : p.ProjectModel.Name,
                p.CurrentPhaseId,
                Phase = p.CurrentPhase == null ? null : p.CurrentPhase.Name,
                p.Version,
            })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return NotFound();
        }
        CanEdit = await ProjectAccess.CanEditAsync(db, id, ct);
        if (forEdit && !CanEdit)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Id = project.Id;
        ProjectName = project.Name;
        ModelName = project.Model;
        CurrentPhase = project.Phase;
        Phase = new PhaseInput { PhaseId = project.CurrentPhaseId, Version = project.Version };
        if (project.ProjectModelId is { } model)
        {
            Phases = await db.ProjectPhases.AsNoTracking()
                .Where(p => p.ProjectModelId == model)
                .OrderBy(p => p.Order)
                .Select(p => new Choice(p.Id, p.Name))
                .ToListAsync(ct);
            Points = await db.DecisionPoints.AsNoTracking()
                .Where(p => p.ProjectModelId == model)
                .OrderBy(p => p.Order)
                .Select(p => new PointOption(p.Id, p.Code, p.Name, p.MayRepeat, db.ProjectDecisions.Any(d => d.ProjectId == id && d.DecisionPointId == p.Id)))
                .ToListAsync(ct);
        }
        Decisions = await db.ProjectDecisions.AsNoTracking()
            .Where(d => d.ProjectId == id)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.Id)
            .Select(d => new DetailsModel.DecisionRow(d.DecisionPoint.Code, d.DecisionPoint.Name, d.DecidedBy, d.DecidedOn, d.Documents, d.Note))
            .ToListAsync(ct);
        return null;
    }
}
