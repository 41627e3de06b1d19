using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Import;

/// <summary>The plan an import writes into: its organisation and the names that exist there.</summary>
public sealed record ImportTarget(int PlanId, int OrganizationId, PlanNames Names);

/// <summary>What an import saved: how many activities, and which names it created.</summary>
public sealed record ImportSaved(int Imported, MissingNames Created);

/// <summary>
/// The import against the database, for the page and the API alike: reads the file, builds the
/// preview against the plan as it is now, and saves all or nothing. The caller checks the right to
/// edit the plan first.
/// </summary>
public sealed class ActivityImporter(AppDbContext db)
{
    /// <summary>The plan, or null when it does not exist or belongs to another tenant (the query filters).</summary>
    public async Task<ImportTarget?> TargetAsync(int planId, CancellationToken ct)
    {
        var plan = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new { p.OrganizationId, p.PeriodStart })
            .FirstOrDefaultAsync(ct);
        if (plan is null)
        {
            return null;
        }
        var groups = await db.Stakeholders.AsNoTracking().Where(s => s.PlanId == planId).Select(s => s.Name).ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().Where(c => c.PlanId == planId).Select(c => c.Name).ToListAsync(ct);
        var people = await db.CommunicationPeople.AsNoTracking().Where(p => p.OrganizationId == plan.OrganizationId).Select(p => p.Name).ToListAsync(ct);
        return new ImportTarget(planId, plan.OrganizationId, new PlanNames(plan.PeriodStart, groups, channels, people));
    }

    /// <summary>Reads the file and previews it against the plan; <paramref name="choices"/> change the usual column mapping.</summary>
    public static async Task<(ImportPreview? Preview, ImportMessage? Problem)> PreviewAsync(
        ImportTarget target, byte[] file, IReadOnlyDictionary<int, ImportField>? choices, CancellationToken ct)
    {
        var (table, problem) = await ActivityPlanReader.ReadAsync(file, ct);
        if (table is null)
        {
            return (null, problem);
        }
        var mapping = ImportColumns.DefaultMapping(table.Columns);
        foreach (var (column, field) in choices ?? new Dictionary<int, ImportField>())
        {
            if (mapping.ContainsKey(column) && Enum.IsDefined(field))
            {
                mapping[column] = field;
            }
        }
        return (ActivityImport.Preview(table, mapping, target.Names), null);
    }

    /// <summary>Whether the preview may be saved: no errors, and missing names only when they are to be created.</summary>
    public static IReadOnlyList<ImportMessage> Refusals(ImportPreview preview, bool createMissing)
    {
        var refusals = new List<ImportMessage>();
        if (preview.HasErrors)
        {
            refusals.Add(new(ImportMessages.HasErrors));
        }
        if (preview.Missing.Any && !createMissing)
        {
            refusals.Add(new(ImportMessages.MissingRefused));
            refusals.AddRange(preview.Missing.Messages());
        }
        if (preview.Rows.Count == 0)
        {
            refusals.Add(new(ImportMessages.NoRows, preview.SheetName));
        }
        return refusals;
    }

    /// <summary>
    /// Saves the preview's rows after the plan's activities, creating the missing names, in one
    /// transaction. Null when someone else changed the plan meanwhile (e.g. added a target group of
    /// the same name): then nothing is saved.
    /// </summary>
    public async Task<ImportSaved?> SaveAsync(ImportTarget target, ImportPreview preview, CancellationToken ct)
    {
        var planId = target.PlanId;
        var groups = await db.Stakeholders.Where(s => s.PlanId == planId).Select(s => new { s.Id, s.Name, s.Order }).ToListAsync(ct);
        var channels = await db.Channels.Where(c => c.PlanId == planId).Select(c => new { c.Id, c.Name, c.Order }).ToListAsync(ct);
        var people = await db.CommunicationPeople.Where(p => p.OrganizationId == target.OrganizationId).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var lastActivity = await db.PlanActivities.Where(a => a.PlanId == planId).Select(a => (int?)a.Order).MaxAsync(ct) ?? 0;

        // Each name by its key: an existing record's id, or the new record the import adds.
        var groupOf = groups.GroupBy(g => ActivityImport.NameKey(g.Name)).ToDictionary(g => g.Key, g => (g.First().Id, (Stakeholder?)null));
        var channelOf = channels.GroupBy(c => ActivityImport.NameKey(c.Name)).ToDictionary(c => c.Key, c => (c.First().Id, (Channel?)null));
        var personOf = people.GroupBy(p => ActivityImport.NameKey(p.Name)).ToDictionary(p => p.Key, p => (p.First().Id, (CommunicationPerson?)null));

        var order = groups.Select(g => g.Order).DefaultIfEmpty(0).Max();
        foreach (var name in preview.Missing.TargetGroups)
        {
            var group = new Stakeholder { PlanId = planId, Name = name, Order = ++order };
            db.Stakeholders.Add(group);
            groupOf[ActivityImport.NameKey(name)] = (0, group);
        }
        order = channels.Select(c => c.Order).DefaultIfEmpty(0).Max();
        foreach (var name in preview.Missing.Channels)
        {
            var channel = new Channel { PlanId = planId, Name = name, Order = ++order };
            db.Channels.Add(channel);
            channelOf[ActivityImport.NameKey(name)] = (0, channel);
        }
        foreach (var name in preview.Missing.People)
        {
            var person = new CommunicationPerson { OrganizationId = target.OrganizationId, Name = name, CalendarToken = CommunicationAccess.NewCalendarToken() };
            db.CommunicationPeople.Add(person);
            personOf[ActivityImport.NameKey(name)] = (0, person);
        }

        foreach (var row in preview.Rows)
        {
            var activity = new PlanActivity
            {
                PlanId = planId,
                What = row.What,
                MessageText = row.MessageText,
                PlannedHours = row.PlannedHours,
                Status = row.Status,
                Why = row.Why,
                How = row.How,
                Order = ++lastActivity,
            };
            activity.SetTiming(row.Timing.Text, target.Names.PeriodStart);
            foreach (var use in row.TargetGroups)
            {
                if (!groupOf.TryGetValue(ActivityImport.NameKey(use.Name), out var found))
                {
                    return Meanwhile();
                }
                var (id, added) = found;
                activity.Stakeholders.Add(added is null ? new ActivityStakeholder { StakeholderId = id } : new ActivityStakeholder { Stakeholder = added });
            }
            foreach (var use in row.Channels)
            {
                if (!channelOf.TryGetValue(ActivityImport.NameKey(use.Name), out var found))
                {
                    return Meanwhile();
                }
                var (id, added) = found;
                activity.Channels.Add(added is null ? new ActivityChannel { ChannelId = id } : new ActivityChannel { Channel = added });
            }
            foreach (var use in row.Responsible)
            {
                if (!personOf.TryGetValue(ActivityImport.NameKey(use.Name), out var found))
                {
                    return Meanwhile();
                }
                var (id, added) = found;
                activity.Responsibles.Add(added is null ? new ActivityResponsible { PersonId = id } : new ActivityResponsible { Person = added });
            }
            db.PlanActivities.Add(activity);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // A unique name taken between the preview and the save: the transaction rolled back.
            return Meanwhile();
        }
        return new ImportSaved(preview.Rows.Count, preview.Missing);

        // A name removed or added by someone else since the preview: nothing is saved.
        ImportSaved? Meanwhile()
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }
}
