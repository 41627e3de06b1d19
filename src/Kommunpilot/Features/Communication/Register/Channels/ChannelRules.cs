using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Register.Channels;

/// <summary>The rules of a channel, one set for the pages and the API: the input's own checks, and a name not already used in the plan.</summary>
public static class ChannelRules
{
    /// <param name="itemId">The channel being changed; null when adding one.</param>
    public static async Task<List<RegisterError>> CheckAsync(AppDbContext db, int planId, int? itemId, ChannelInput input, CancellationToken ct)
    {
        var errors = RegisterValidation.Check(input);
        if (!errors.Any(e => e.Field == nameof(input.Name)))
        {
            var others = await db.Channels.AsNoTracking()
                .Where(c => c.PlanId == planId && c.Id != itemId)
                .Select(c => c.Name)
                .ToListAsync(ct);
            if (UniqueNames.Taken(input.Name, others))
            {
                errors.Add(new(nameof(input.Name), "Det finns redan en kanal som heter {0} i planen.", RegisterValidation.Clean(input.Name)!));
            }
        }
        return errors;
    }

    /// <summary>Marks for deletion the links from activities (they stay), so that one save removes the channel and them.</summary>
    public static async Task RemoveWithAsync(AppDbContext db, Channel channel, CancellationToken ct) =>
        db.ActivityChannels.RemoveRange(await db.ActivityChannels.Where(a => a.ChannelId == channel.Id).ToListAsync(ct));
}
