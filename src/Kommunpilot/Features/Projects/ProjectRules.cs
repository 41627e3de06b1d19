using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>A broken rule: the camelCase field, a Swedish message (a key into the texts) and its arguments.</summary>
internal sealed record RuleError(string Field, string Message, params object[] Arguments);

/// <summary>The fields of a project that the rules look at, whichever way they came in (form or API).</summary>
internal sealed record ProjectRuleInput(
    ProjectStatus Status, DateOnly? StartDate, DateOnly? EndDate, string? Code,
    int? ProgrammeId, int? ProjectModelId, int? CurrentPhaseId = null, bool ChecksPhase = false);

/// <summary>
/// The rules a project's own fields keep beyond their lengths, one set for the pages and the API:
/// a known status, the period in order, a code unique in the organisation, and a programme, project
/// model and phase that belong to the organisation leading the project.
/// </summary>
internal static class ProjectRules
{
    /// <summary>
    /// <paramref name="existing"/> is the stored project when editing: a programme, model or phase it
    /// already has stays valid even where the caller (a co-owner) cannot see the lead organisation's lists.
    /// </summary>
    public static async Task<List<RuleError>> CheckAsync(AppDbContext db, int organizationId, ProjectRuleInput input, Project? existing, CancellationToken ct)
    {
        var errors = new List<RuleError>();
        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(new("status", "Välj en status i listan."));
        }
        if (Project.CheckPeriod(input.StartDate, input.EndDate) is { } period)
        {
            errors.Add(new("endDate", period));
        }
        var code = string.IsNullOrWhiteSpace(input.Code) ? null : input.Code.Trim();
        if (code is { Length: <= 40 } && await CodeTakenAsync(db, organizationId, code, existing?.Id, ct))
        {
            errors.Add(new("code", "Projektkoden {0} används redan av ett annat projekt i organisationen.", code));
        }
        if (input.ProgrammeId is { } programme && programme != existing?.ProgrammeId
            && !await db.Programmes.AnyAsync(p => p.Id == programme && p.OrganizationId == organizationId, ct))
        {
            errors.Add(new("programmeId", "Välj ett program eller direktiv som hör till den ledande organisationen."));
        }
        var modelKnown = input.ProjectModelId is not { } model || model == existing?.ProjectModelId
            || await db.ProjectModels.AnyAsync(m => m.Id == model && m.OrganizationId == organizationId, ct);
        if (!modelKnown)
        {
            errors.Add(new("projectModelId", "Välj en projektmodell som hör till den ledande organisationen."));
        }
        else if (input.ChecksPhase && input.CurrentPhaseId is { } phase && phase != existing?.CurrentPhaseId)
        {
            if (input.ProjectModelId is null)
            {
                errors.Add(new("currentPhaseId", "Välj en projektmodell för att kunna ange fas."));
            }
            else if (!await db.ProjectPhases.AnyAsync(ph => ph.Id == phase && ph.ProjectModelId == input.ProjectModelId, ct))
            {
                errors.Add(new("currentPhaseId", "Fasen finns inte i den valda projektmodellen."));
            }
        }
        return errors;
    }

    /// <summary>The same rules for a page: each error on its <c>Input.Field</c>, in the language of the request.</summary>
    public static async Task CheckAsync(AppDbContext db, IStringLocalizer l, ModelStateDictionary modelState,
        int organizationId, ProjectBasicsInput input, Project? existing, CancellationToken ct)
    {
        var rules = new ProjectRuleInput(input.Status, input.StartDate, input.EndDate, input.Code, input.ProgrammeId, input.ProjectModelId);
        foreach (var error in await CheckAsync(db, organizationId, rules, existing, ct))
        {
            modelState.AddModelError($"Input.{char.ToUpperInvariant(error.Field[0])}{error.Field[1..]}", l[error.Message, error.Arguments]);
        }
    }

    /// <summary>
    /// The caller leads or co-owns every project of an organisation it may create or edit in, so the
    /// query filter hides none of them here; the database's unique index is the last word.
    /// </summary>
    public static Task<bool> CodeTakenAsync(AppDbContext db, int organizationId, string code, int? projectId, CancellationToken ct) =>
        db.Projects.AnyAsync(p => p.OrganizationId == organizationId && p.Code == code && p.Id != projectId, ct);
}
