using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>The checks a project's own fields pass before they are saved, with Swedish messages.</summary>
internal static class ProjectRules
{
    /// <param name="organizationId">The organisation that leads the project: programme and model must be its own.</param>
    /// <param name="projectId">The project being changed (null when creating), so that it does not clash with its own code.</param>
    public static async Task<ApiErrors> CheckAsync(AppDbContext db, ProjectFields input, int organizationId, int? projectId, CancellationToken ct)
    {
        var errors = new ApiErrors();
        ApiValidation.Validate(input, errors);
        if (Project.CheckPeriod(input.StartDate, input.EndDate) is { } period)
        {
            errors.Add("endDate", period);
        }
        if (ProjectFields.Clean(input.Code) is { } code && !errors.Has("code") && await CodeTakenAsync(db, organizationId, code, projectId, ct))
        {
            errors.Add("code", $"Projektkoden {code} används redan av ett annat projekt i organisationen.");
        }
        if (input.ProgrammeId is { } programmeId
            && !await db.Programmes.AnyAsync(p => p.Id == programmeId && p.OrganizationId == organizationId, ct))
        {
            errors.Add("programmeId", "Okänt program eller direktiv: det finns inte i projektets organisation.");
        }
        if (input.ProjectModelId is { } modelId
            && !await db.ProjectModels.AnyAsync(m => m.Id == modelId && m.OrganizationId == organizationId, ct))
        {
            errors.Add("projectModelId", "Okänd projektmodell: den finns inte i projektets organisation.");
        }
        else if (input.CurrentPhaseId is { } phaseId)
        {
            if (input.ProjectModelId is null)
            {
                errors.Add("currentPhaseId", "Välj en projektmodell för att kunna ange fas.");
            }
            else if (!await db.ProjectPhases.AnyAsync(ph => ph.Id == phaseId && ph.ProjectModelId == input.ProjectModelId, ct))
            {
                errors.Add("currentPhaseId", "Fasen finns inte i den valda projektmodellen.");
            }
        }
        return errors;
    }

    /// <summary>Whether another project of the organisation already has the code (the database also enforces it).</summary>
    public static Task<bool> CodeTakenAsync(AppDbContext db, int organizationId, string code, int? projectId, CancellationToken ct) =>
        db.Projects.AnyAsync(p => p.OrganizationId == organizationId && p.Code == code && (projectId == null || p.Id != projectId), ct);
}
