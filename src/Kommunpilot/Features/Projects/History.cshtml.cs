using System.Text.Json;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// Every change to the project and its parts, newest first: when, who, what, and each field's old
/// and new value, in users' words. Paged.
/// </summary>
public class HistoryModel(AppDbContext db, IStringLocalizer<ProjectTexts> l, IStringLocalizer<SharedTexts> t) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record StoredChange(string P, string? O, string? N);

    public sealed record FieldChange(string Field, string? Old, string? New);

    public sealed record Entry(string At, string Who, string Action, string What, string? Subject, IReadOnlyList<FieldChange> Changes);

    public int Id { get; private set; }
    public string ProjectName { get; private set; } = "";
    public List<Entry> Entries { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public bool BadPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "sida")] string? page, CancellationToken ct)
    {
        // The query filter on projects decides whether the caller may see this project at all.
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return NotFound();
        }
        Id = project.Id;
        ProjectName = project.Name;

        // Audit entries carry the lead organisation's id, and a co-owner need not belong to it; owner
        // rows carry none. The project was found visible above, so its own entries, and only those, are
        // read past the audit filter here.
        // Changes inside the project's communication plans have a history of their own on each plan.
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking().Where(a => a.ProjectId == id && a.PlanId == null);
        var requested = Paging.Requested(page, out var valid);
        BadPage = !valid;
        Paging = Paging.For(requested, await entries.CountAsync(ct), n => n > 1 ? $"/projekt/{id}/historik?sida={n}" : $"/projekt/{id}/historik");
        var rows = await entries
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Paging.Skip)
            .Take(Paging.Size)
            .Select(a => new { a.At, a.UserId, a.UserName, a.EntityType, a.Action, a.Changes })
            .ToListAsync(ct);

        var parsed = rows.Select(r => (Row: r, Changes: JsonSerializer.Deserialize<List<StoredChange>>(r.Changes, Json) ?? [])).ToList();
        var userIds = rows.Where(r => r.UserId is not null).Select(r => r.UserId!).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName ?? u.Id, ct);
        var names = await NamesAsync(parsed.SelectMany(p => p.Changes).ToList(), ct);

        Entries = [.. parsed.Select(p => new Entry(
            ProjectFormat.Time(p.Row.At),
            p.Row.UserId is { } uid && users.TryGetValue(uid, out var who) ? who : p.Row.UserName ?? l["systemet"],
            Localize(p.Row.Action switch { "Added" => "Skapad", "Deleted" => "Borttagen", _ => "Ändrad" }),
            Localize(ProjectFields.EntityName(p.Row.EntityType)),
            Subject(p.Row.EntityType, p.Changes, names),
            [.. p.Changes.Where(c => c.P != nameof(Goal.ProjectId)).Select(c => new FieldChange(
                Localize(ProjectFields.Label(p.Row.EntityType, c.P)),
                ProjectFields.Value(p.Row.EntityType, c.P, c.O, Localize, names),
                ProjectFields.Value(p.Row.EntityType, c.P, c.N, Localize, names)))]))];
        return Page();
    }

    private string Localize(string text) => ProjectConflict.Localize(l, t, text);

    /// <summary>Which part an entry is about, when the entry itself says (a new or removed part names all its fields).</summary>
    private string? Subject(string entityType, List<StoredChange> changes, IReadOnlyDictionary<string, IReadOnlyDictionary<int, string>> names)
    {
        string? Field(string name) => changes.FirstOrDefault(c => c.P == name) is { } c ? c.N ?? c.O : null;
        var subject = entityType switch
        {
            nameof(Deliverable) => Field(nameof(Deliverable.Code)),
            nameof(Milestone) => Field(nameof(Milestone.Decision)),
            nameof(ProjectMember) => Field(nameof(ProjectMember.Name)),
            nameof(PilotSite) => ProjectFields.Value(entityType, nameof(PilotSite.UnitId), Field(nameof(PilotSite.UnitId)), Localize, names),
            nameof(ProjectOwner) => ProjectFields.Value(entityType, nameof(ProjectOwner.OrganizationId), Field(nameof(ProjectOwner.OrganizationId)), Localize, names),
            nameof(ProjectDecision) => ProjectFields.Value(entityType, nameof(ProjectDecision.DecisionPointId), Field(nameof(ProjectDecision.DecisionPointId)), Localize, names),
            nameof(Goal) => ProjectFields.Value(entityType, nameof(Goal.Kind), Field(nameof(Goal.Kind)), Localize, names),
            _ => null,
        };
        return subject is { Length: > 80 } ? subject[..80] + "…" : subject;
    }

    /// <summary>Names for the ids in the changes on this page: one query per kind of id, never per entry.</summary>
    private async Task<Dictionary<string, IReadOnlyDictionary<int, string>>> NamesAsync(List<StoredChange> changes, CancellationToken ct)
    {
        List<int> Ids(string property) =>
            [.. changes.Where(c => c.P == property).SelectMany(c => new[] { c.O, c.N })
                .Select(v => int.TryParse(v, out var n) ? n : 0).Where(n => n > 0).Distinct()];
        var result = new Dictionary<string, IReadOnlyDictionary<int, string>>();
        async Task Add(string property, Func<List<int>, Task<Dictionary<int, string>>> load)
        {
            var ids = Ids(property);
            if (ids.Count > 0)
            {
                result[property] = await load(ids);
            }
        }
        await Add(nameof(Project.CurrentPhaseId), ids => db.ProjectPhases.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(Project.ProgrammeId), ids => db.Programmes.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(Project.ProjectModelId), ids => db.ProjectModels.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(Project.OrganizationId), ids => db.Organizations.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(PilotSite.UnitId), ids => db.Units.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name, ct));
        await Add(nameof(ProjectDecision.DecisionPointId), ids => db.DecisionPoints.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Code + " " + x.Name, ct));
        return result;
    }
}
