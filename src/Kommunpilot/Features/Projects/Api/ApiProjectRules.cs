using System.Globalization;
using Kommunpilot.Infrastructure.Data;

namespace Kommunpilot.Features.Projects.Api;

/// <summary>The API's checks of a project's own fields: their lengths, then the shared <see cref="Projects.ProjectRules"/>.</summary>
internal static class ApiProjectRules
{
    /// <param name="organizationId">The organisation that leads the project: programme and model must be its own.</param>
    /// <param name="existing">The project being changed (null when creating).</param>
    public static async Task<ApiErrors> CheckAsync(AppDbContext db, ProjectFields input, int organizationId, Project? existing, CancellationToken ct)
    {
        var errors = new ApiErrors();
        ApiValidation.Validate(input, errors);
        var rules = new ProjectRuleInput(input.Status ?? existing?.Status ?? ProjectStatus.Idea, input.StartDate, input.EndDate,
            input.Code, input.ProgrammeId, input.ProjectModelId, input.CurrentPhaseId, ChecksPhase: true);
        foreach (var error in await Projects.ProjectRules.CheckAsync(db, organizationId, rules, existing, ct))
        {
            if (!errors.Has(error.Field))
            {
                errors.Add(error.Field, string.Format(CultureInfo.GetCultureInfo("sv-SE"), error.Message, error.Arguments));
            }
        }
        return errors;
    }
}
