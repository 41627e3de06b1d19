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
        new PartCase("mal",
            ctx => new Goal { ProjectId = ctx.ProjectId, Kind = GoalKind.Effect, Text = "Bättre arbetsmiljö", Order = 1 },
            "Bättre arbetsmiljö",
            _ => new() { ["Input.Kind"] = "Project", ["Input.Text"] = "Sju pilotverksamheter under 2022-2023", ["Input.Order"] = "" },
            (_, text) => new() { ["Input.Kind"] = "Effect", ["Input.Text"] = text, ["Input.Order"] = "1" },
            (db, project) => db.Goals.IgnoreQueryFilters().CountAsync(x => x.ProjectId == project),
            (db, id) => db.Goals.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Text).SingleOrDefaultAsync()),
        new PartCase("avgransningar",
            ctx => new ScopeLimit { ProjectId = ctx.ProjectId, Description = "Måltidsservice avgränsas initialt", Order = 1 },
            "Måltidsservice avgränsas initialt",
            _ => new() { ["Input.Description"] = "Mobilitetsservice omfattas inte", ["Input.Reason"] = "", ["Input.Order"] = "" },
            (_, text) => new() { ["Input.Description"] = text, ["Input.Reason"] = "", ["Input.Order"] = "1" },
            (db, project) => db.ScopeLimits.IgnoreQueryFilters().CountAsync(x => x.ProjectId == project),
            (db, id) => db.ScopeLimits.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Description).SingleOrDefaultAsync()),
        new PartCase("pilotverksamheter",
            ctx => new PilotSite { ProjectId = ctx.ProjectId, UnitId = ctx.UnitId, AgreementStatus = AgreementStatus.Signed, Explanation = "Avtal från 1 januari" },
            "Avtal från 1 januari",
            ctx => new() { ["Input.UnitId"] = $"{ctx.OtherUnitId}", ["Input.PlannedStart"] = "2022-02-01", ["Input.StartIsPreliminary"] = "true", ["Input.AgreementStatus"] = "QuoteInPreparation", ["Input.Explanation"] = "Offert under framtagande" },
            (ctx, text) => new() { ["Input.UnitId"] = $"{ctx.UnitId}", ["Input.PlannedStart"] = "", ["Input.StartIsPreliminary"] = "false", ["Input.AgreementStatus"] = "Signed", ["Input.Explanation"] = text },
            (db, project) => db.PilotSites.IgnoreQueryFilters().CountAsync(x => x.ProjectId == project),
            (db, id) => db.PilotSites.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Explanation).SingleOrDefaultAsync()),
        new PartCase("milstolpar",
            ctx => new Milestone { ProjectId = ctx.ProjectId, Decision = "Fastställda nyckeltal", DecisionBody = "Styrgrupp", Order = 1 },
            "Fastställda nyckeltal",
            _ => new() { ["Input.Decision"] = "Beslut om digital tjänstekatalog", ["Input.DecisionBody"] = "Kommunledningen", ["Input.Date"] = "2023-10-01", ["Input.Status"] = "NotStarted", ["Input.Order"] = "" },
            (_, text) => new() { ["Input.Decision"] = text, ["Input.DecisionBody"] = "Styrgrupp", ["Input.Date"] = "", ["Input.Status"] = "NotStarted", ["Input.Order"] = "1" },
            (db, project) => db.Milestones.IgnoreQueryFilters().CountAsync(x => x.ProjectId == project),
            (db, id) => db.Milestones.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Decision).SingleOrDefaultAsync()),
        new PartCase("organisation",
            ctx => new ProjectMember { ProjectId = ctx.ProjectId, Group = ProjectGroup.SteeringGroup, Name = "Pål Svensson", Role = "Servicedirektör" },
            "Servicedirektör",
            _ => new() { ["Input.Group"] = "ContactPerson", ["Input.Name"] = "Kontaktperson, utbildningsförvaltningen", ["Input.Role"] = "", ["Input.Affiliation"] = "Utbildningsförvaltningen", ["Input.Email"] = "kontakt@lund.example" },
            (_, text) => new() { ["Input.Group"] = "SteeringGroup", ["Input.Name"] = "Pål Svensson", ["Input.Role"] = text, ["Input.Affiliation"] = "", ["Input.Email"] = "" },
            (db, project) => db.ProjectMembers.IgnoreQueryFilters().CountAsync(x => x.ProjectId == project),
            (db, id) => db.ProjectMembers.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Role).SingleOrDefaultAsync()),
    }.ToDictionary(c => c.Slug);

    public static TheoryData<string> Slugs => [.. All.Keys];
}
