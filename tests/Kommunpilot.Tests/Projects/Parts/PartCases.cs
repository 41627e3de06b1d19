using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

/// <summary>
/// What the rules every part page keeps (see <see cref="PartRulesTests"/>) need to know of one part:
/// its address, an item to start from (whose main text is <see cref="OriginalText"/>), a valid add
/// form, the edit form of that item with its main text set to a given value, and how to count the
/// project's items and read an item's main text back.
/// </summary>
public sealed record PartCase(
    string Slug,
    Func<PartContext, object> NewItem,
    string OriginalText,
    Func<PartContext, Dictionary<string, string>> AddForm,
    Func<PartContext, string, Dictionary<string, string>> EditForm,
    Func<AppDbContext, int, Task<int>> CountAsync,
    Func<AppDbContext, int, Task<string?>> TextAsync);

public static class PartCases
{
    public static readonly IReadOnlyDictionary<string, PartCase> All = new[]
    {
        new PartCase("leveranser",
            ctx => new Deliverable { ProjectId = ctx.ProjectId, Code = "L1", Description = "Uppföljningsrapport", Status = WorkStatus.InProgress },
            "Uppföljningsrapport",
            _ => new() { ["Input.Code"] = "L2", ["Input.Description"] = "Tjänstekatalog version 1.0", ["Input.Comment"] = "", ["Input.DueDate"] = "2023-06-30", ["Input.Status"] = "NotStarted" },
            (_, text) => new() { ["Input.Code"] = "L1", ["Input.Description"] = text, ["Input.Comment"] = "", ["Input.DueDate"] = "", ["Input.Status"] = "InProgress" },
            (db, project) => db.Deliverables.IgnoreQueryFilters().CountAsync(x => x.ProjectId == project),
            (db, id) => db.Deliverables.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Description).SingleOrDefaultAsync()),
    }.ToDictionary(c => c.Slug);

    public static TheoryData<string> Slugs => [.. All.Keys];
}
