using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects;

public sealed record Choice(int Id, string Name);

/// <summary>The choices one organisation offers.</summary>
public sealed record ChoiceGroup(int OrganizationId, string OrganizationName, IReadOnlyList<Choice> Items);

/// <summary>The programmes and project models a project may use: those of the organisation that leads it.</summary>
public sealed record ProjectChoices(IReadOnlyList<ChoiceGroup> Programmes, IReadOnlyList<ChoiceGroup> Models)
{
    public static async Task<ProjectChoices> LoadAsync(AppDbContext db, IReadOnlyCollection<int> organizationIds, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => organizationIds.Contains(o.Id))
            .OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name })
            .ToListAsync(ct);
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => organizationIds.Contains(p.OrganizationId))
            .OrderBy(p => p.Name)
            .Select(p => new { p.OrganizationId, Choice = new Choice(p.Id, p.Name) })
            .ToListAsync(ct);
        var models = await db.ProjectModels.AsNoTracking()
            .Where(m => organizationIds.Contains(m.OrganizationId))
            .OrderBy(m => m.Name)
            .Select(m => new { m.OrganizationId, Choice = new Choice(m.Id, m.Name) })
            .ToListAsync(ct);
        List<ChoiceGroup> Group(IEnumerable<(int Org, Choice Choice)> items) =>
            [.. organizations
                .Select(o => new ChoiceGroup(o.Id, o.Name, [.. items.Where(i => i.Org == o.Id).Select(i => i.Choice)]))
                .Where(g => g.Items.Count > 0)];
        return new ProjectChoices(
            Group(programmes.Select(p => (p.OrganizationId, p.Choice))),
            Group(models.Select(m => (m.OrganizationId, m.Choice))));
    }

    /// <summary>
    /// The choices with the project's current programme and model in them even when the caller cannot
    /// see them (a co-owner outside the lead organisation), so that saving the form keeps them.
    /// </summary>
    public ProjectChoices Keeping(int? programmeId, int? modelId, string label)
    {
        static IReadOnlyList<ChoiceGroup> Keep(IReadOnlyList<ChoiceGroup> groups, int? id, string label) =>
            id is { } known && !groups.Any(g => g.Items.Any(c => c.Id == known))
                ? [.. groups, new ChoiceGroup(0, label, [new Choice(known, label)])]
                : groups;
        return new ProjectChoices(Keep(Programmes, programmeId, label), Keep(Models, modelId, label));
    }

    /// <summary>Id to name, for showing stored ids (in a conflict) as users know them.</summary>
    public IReadOnlyDictionary<int, string> ProgrammeNames => Programmes.SelectMany(g => g.Items).ToDictionary(c => c.Id, c => c.Name);

    public IReadOnlyDictionary<int, string> ModelNames => Models.SelectMany(g => g.Items).ToDictionary(c => c.Id, c => c.Name);
}
