using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// The rules a project's basic fields keep beyond their attributes, checked on create and on edit:
/// a known status, the period in order, a code unique in the organisation, and a programme and
/// project model that belong to the organisation leading the project.
/// </summary>
internal static class ProjectRules
{
    /// <summary>
    /// <paramref name="existing"/> is the stored project when editing: a programme or model it already
    /// has stays valid even where the caller (a co-owner) cannot see the lead organisation's lists.
    /// </summary>
    public static async Task CheckAsync(AppDbContext db, IStringLocalizer l, ModelStateDictionary modelState,
        int organizationId, ProjectBasicsInput input, Project? existing, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Status))
        {
            modelState.AddModelError("Input.Status", l["Välj en status i listan."]);
        }
        if (Project.CheckPeriod(input.StartDate, input.EndDate) is { } period)
        {
            modelState.AddModelError("Input.EndDate", l[period]);
        }
        var code = ProjectBasicsInput.Clean(input.Code);
        if (code is not null && await CodeTakenAsync(db, organizationId, code, existing?.Id, ct))
        {
            modelState.AddModelError("Input.Code", l["Projektkoden {0} används redan av ett annat projekt i organisationen.", code]);
        }
        if (input.ProgrammeId is { } programme && programme != existing?.ProgrammeId
            && !await db.Programmes.AnyAsync(p => p.Id == programme && p.OrganizationId == organizationId, ct))
        {
            modelState.AddModelError("Input.ProgrammeId", l["Välj ett program eller direktiv som hör till den ledande organisationen."]);
        }
        if (input.ProjectModelId is { } model && model != existing?.ProjectModelId
            && !await db.ProjectModels.AnyAsync(m => m.Id == model && m.OrganizationId == organizationId, ct))
        {
            modelState.AddModelError("Input.ProjectModelId", l["Välj en projektmodell som hör till den ledande organisationen."]);
        }
    }

    /// <summary>
    /// The caller leads or co-owns every project of an organisation it may create or edit in, so the
    /// query filter hides none of them here.
    /// </summary>
    public static Task<bool> CodeTakenAsync(AppDbContext db, int organizationId, string code, int? projectId, CancellationToken ct) =>
        db.Projects.AnyAsync(p => p.OrganizationId == organizationId && p.Code == code && p.Id != projectId, ct);
}
