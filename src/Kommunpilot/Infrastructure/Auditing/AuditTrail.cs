using System.Globalization;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Kommunpilot.Infrastructure.Auditing;

/// <summary>Turns the change tracker's pending changes into audit entries, and bumps concurrency tokens.</summary>
internal static class AuditTrail
{
    /// <summary>Not audited: tokens, secrets' hashes, and an adopted report's frozen copy (derived from what is audited).</summary>
    private static readonly HashSet<string> Skipped = ["Version", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "UpdatedAt", "Snapshot"];

    /// <summary>Secrets (calendar links) are audited as changed, never with their values.</summary>
    private static readonly HashSet<string> Secret = ["CalendarToken"];

    internal const string Hidden = "(hemlig)";

    internal sealed record Pending(EntityEntry Entry, string Action, List<Change> Changes);

    internal sealed record Change(string P, string? O, string? N);

    public static List<Pending> Capture(AppDbContext db)
    {
        var now = DateTime.UtcNow;
        var result = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry || entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }
            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version = Guid.NewGuid();
            }
            if (entry.Entity is Project project)
            {
                if (entry.State == EntityState.Added)
                {
                    project.CreatedAt = now;
                }
                project.UpdatedAt = now;
            }
            if (entry.Entity is CommunicationPlan plan)
            {
                if (entry.State == EntityState.Added)
                {
                    plan.CreatedAt = now;
                }
                plan.UpdatedAt = now;
            }
            var changes = new List<Change>();
            foreach (var (name, property) in AllProperties(entry))
            {
                if (Skipped.Contains(name) || property.Metadata.IsPrimaryKey())
                {
                    continue;
                }
                var original = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
                var current = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
                if (entry.State == EntityState.Modified && (!property.IsModified || original == current))
                {
                    continue;
                }
                if (original is null && current is null)
                {
                    continue;
                }
                changes.Add(Secret.Contains(name)
                    ? new Change(name, original is null ? null : Hidden, current is null ? null : Hidden)
                    : new Change(name, original, current));
            }
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            result.Add(new Pending(entry, entry.State.ToString(), changes));
        }
        return result;
    }

    public static async Task<List<AuditEntry>> CompleteAsync(AppDbContext db, List<Pending> pending, ICurrentUser user, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var partProjects = pending.Select(p => p.Entry.Entity).OfType<IProjectPart>().Select(p => p.ProjectId).Distinct().ToList();
        var projectOrgs = partProjects.Count == 0
            ? []
            : await db.Projects.IgnoreQueryFilters().AsNoTracking()
                .Where(p => partProjects.Contains(p.Id))
                .ToDictionaryAsync(p => p.Id, p => p.OrganizationId, ct);
        var plans = await PlansOfAsync(db, pending, ct);
        var result = new List<AuditEntry>(pending.Count);
        foreach (var p in pending)
        {
            var entity = p.Entry.Entity;
            var planId = PlanIdOf(entity, plans.ActivityPlans, plans.MessagePlans);
            (int? ProjectId, int OrganizationId)? plan = planId is { } id && plans.Plans.TryGetValue(id, out var found) ? found : null;
            var key = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(k => Format(p.Entry.Property(k.Name).CurrentValue)));
            result.Add(new AuditEntry
            {
                At = now,
                UserId = user.UserId,
                UserName = user.UserName,
                EntityType = p.Entry.Metadata.ClrType.Name,
                EntityId = key,
                Action = p.Action,
                ProjectId = entity switch
                {
                    Project project => project.Id,
                    IProjectPart part => part.ProjectId,
                    ProjectOwner owner => owner.ProjectId,
                    CommunicationPlan communicationPlan => communicationPlan.ProjectId,
                    _ => plan?.ProjectId,
                },
                OrganizationId = entity switch
                {
                    Project project => project.OrganizationId,
                    IOrganizationOwned owned => owned.OrganizationId,
                    IProjectPart part => projectOrgs.TryGetValue(part.ProjectId, out var org) ? org : null,
                    Features.Organizations.Organization org => org.Id,
                    _ => plan?.OrganizationId,
                },
                PlanId = entity is CommunicationPlan self ? self.Id : planId,
                // An added row's keys (its own and those pointing at rows added with it) are temporary until
                // saved, so its values are read again now that they are real.
                Changes = JsonSerializer.Serialize(p.Action == nameof(EntityState.Added) ? AddedValues(p.Entry) : p.Changes),
            });
        }
        return result;
    }

    private static List<Change> AddedValues(EntityEntry entry) =>
        [.. AllProperties(entry)
            .Where(x => !Skipped.Contains(x.Name) && !x.Property.Metadata.IsPrimaryKey())
            .Select(x => new Change(x.Name, null, Secret.Contains(x.Name) ? Hidden : Format(x.Property.CurrentValue)))
            .Where(c => c.N is not null)];

    private sealed record PlanLookup(
        Dictionary<int, (int? ProjectId, int OrganizationId)> Plans,
        Dictionary<int, int> ActivityPlans,
        Dictionary<int, int> MessagePlans);

    /// <summary>The plans (with project and organisation) that the pending communication changes belong to, in three queries at most.</summary>
    private static async Task<PlanLookup> PlansOfAsync(AppDbContext db, List<Pending> pending, CancellationToken ct)
    {
        var entities = pending.Select(p => p.Entry.Entity).ToList();
        var activityIds = entities.Select(e => e switch
        {
            ActivityStakeholder a => a.ActivityId,
            ActivityChannel a => a.ActivityId,
            ActivityResponsible a => a.ActivityId,
            _ => 0,
        }).Where(id => id != 0).Distinct().ToList();
        var messageIds = entities.OfType<MessageStakeholder>().Select(m => m.MessageId).Distinct().ToList();
        var activityPlans = activityIds.Count == 0 ? [] : await db.PlanActivities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => activityIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.PlanId, ct);
        var messagePlans = messageIds.Count == 0 ? [] : await db.PlanMessages.IgnoreQueryFilters().AsNoTracking()
            .Where(m => messageIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.PlanId, ct);
        var planIds = entities.OfType<IPlanPart>().Select(p => p.PlanId)
            .Concat(activityPlans.Values).Concat(messagePlans.Values).Distinct().ToList();
        var plans = planIds.Count == 0 ? [] : await db.CommunicationPlans.IgnoreQueryFilters().AsNoTracking()
            .Where(p => planIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.ProjectId, p.OrganizationId), ct);
        return new(plans, activityPlans, messagePlans);
    }

    private static int? PlanIdOf(object entity, Dictionary<int, int> activityPlans, Dictionary<int, int> messagePlans)
    {
        int? Of(Dictionary<int, int> map, int id) => map.TryGetValue(id, out var plan) ? plan : null;
        return entity switch
        {
            IPlanPart part => part.PlanId,
            ActivityStakeholder a => Of(activityPlans, a.ActivityId),
            ActivityChannel a => Of(activityPlans, a.ActivityId),
            ActivityResponsible a => Of(activityPlans, a.ActivityId),
            MessageStakeholder m => Of(messagePlans, m.MessageId),
            _ => null,
        };
    }

    private static IEnumerable<(string Name, PropertyEntry Property)> AllProperties(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            yield return (property.Metadata.Name, property);
        }
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                yield return ($"{complex.Metadata.Name}.{property.Metadata.Name}", property);
            }
        }
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
