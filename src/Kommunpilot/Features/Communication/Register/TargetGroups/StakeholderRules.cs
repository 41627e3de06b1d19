using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register.TargetGroups;

/// <summary>
/// The rules of a target group, one set for the pages and the API: the input's own checks (lengths,
/// known choices), a condition exactly when it is prioritised only if a decision is taken, someone to
/// pass messages on to only when it passes them on, and a name not already used in the plan.
/// </summary>
public static class StakeholderRules
{
    /// <param name="itemId">The target group being changed; null when adding one.</param>
    public static async Task<List<RegisterError>> CheckAsync(AppDbContext db, int planId, int? itemId, StakeholderInput input, CancellationToken ct)
    {
        var errors = RegisterValidation.Check(input);
        var condition = RegisterValidation.Clean(input.Condition);
        if (input.PrioritisedIfDecided && condition is null)
        {
            errors.Add(new(nameof(input.Condition), "Skriv vilket beslut prioriteringen hänger på, till exempel \"vid beslut om ny avdelning\"."));
        }
        else if (!input.PrioritisedIfDecided && condition is not null)
        {
            errors.Add(new(nameof(input.Condition), "Ett villkor gäller bara en målgrupp som är prioriterad vid beslut. Kryssa i rutan eller töm villkoret."));
        }
        if (!input.PassesOn && RegisterValidation.Clean(input.PassesOnTo) is not null)
        {
            errors.Add(new(nameof(input.PassesOnTo), "Kryssa i att målgruppen för budskapen vidare, eller töm fältet Till vem."));
        }
        if (!errors.Any(e => e.Field == nameof(input.Name)))
        {
            var others = await db.Stakeholders.AsNoTracking()
                .Where(s => s.PlanId == planId && s.Id != itemId)
                .Select(s => s.Name)
                .ToListAsync(ct);
            if (UniqueNames.Taken(input.Name, others))
            {
                errors.Add(new(nameof(input.Name), "Det finns redan en målgrupp som heter {0} i planen.", RegisterValidation.Clean(input.Name)!));
            }
        }
        return errors;
    }

    /// <summary>
    /// Marks for deletion what goes with a target group: the links from activities and messages (they
    /// stay) and the group's own know/feel/do goals, so that one save removes all and the history shows it.
    /// </summary>
    public static async Task RemoveWithAsync(AppDbContext db, Stakeholder stakeholder, CancellationToken ct)
    {
        db.ActivityStakeholders.RemoveRange(await db.ActivityStakeholders.Where(a => a.StakeholderId == stakeholder.Id).ToListAsync(ct));
        db.MessageStakeholders.RemoveRange(await db.MessageStakeholders.Where(m => m.StakeholderId == stakeholder.Id).ToListAsync(ct));
        db.CommunicationGoals.RemoveRange(await db.CommunicationGoals.Where(g => g.StakeholderId == stakeholder.Id).ToListAsync(ct));
    }
}
