using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Views;

/// <summary>What the views need to know about an activity: when, to whom, through what, by whom, how many hours.</summary>
public sealed record ActivityFact(
    int Id,
    string What,
    string? TimingText,
    TimingKind TimingKind,
    DateOnly? Start,
    DateOnly? End,
    string? TimingProblem,
    ActivityStatus Status,
    decimal? PlannedHours,
    decimal? ActualHours,
    int? MessageId,
    int Order,
    IReadOnlyList<int> StakeholderIds,
    IReadOnlyList<int> ChannelIds,
    IReadOnlyList<PersonRef> Responsible)
{
    /// <summary>Neither done nor cancelled.</summary>
    public bool IsOpen => Status is not (ActivityStatus.Done or ActivityStatus.Cancelled);

    /// <summary>The activity's own rule (<see cref="PlanActivity.IsLate"/>), applied to what was read.</summary>
    public bool IsLate(DateOnly today) => new PlanActivity { What = What, Status = Status, EndDate = End }.IsLate(today);

    /// <summary>Where the activity sorts by time: its start, else its end; undated last.</summary>
    public DateOnly SortDate => Start ?? End ?? DateOnly.MaxValue;
}

/// <summary>A target group as the views show it.</summary>
public sealed record GroupFact(int Id, string Name, StakeholderPriority? Priority, Level? Influence, Level? Interest, int Order);

public sealed record ChannelFact(int Id, string Name, int Order);

/// <summary>A message of the framework; <see cref="StakeholderIds"/> are the groups it names.</summary>
public sealed record MessageFact(int Id, int? Number, StakeholderPriority? Priority, string? Text, string? What, string? Why, string? Feeling, string? How,
    int Order, IReadOnlyList<int> StakeholderIds)
{
    /// <summary>The message in a line: its text, else its "what", "why", feeling or "how", shortened to 90 characters.</summary>
    public string Summary
    {
        get
        {
            var text = new[] { Text, What, Why, Feeling, How }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim() ?? "";
            return text.Length > 90 ? text[..90].TrimEnd() + "…" : text;
        }
    }
}

/// <summary>
/// The reads behind the views: one projection per kind of row, never a query per activity. Decimals
/// are read as they are and summed in memory (SQLite cannot sum decimal columns).
/// </summary>
public static class PlanFacts
{
    public static Task<List<ActivityFact>> ActivitiesAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.PlanActivities.AsNoTracking()
            .Where(a => a.PlanId == planId)
            .OrderBy(a => a.Order).ThenBy(a => a.Id)
            .Select(a => new ActivityFact(a.Id, a.What, a.TimingText, a.TimingKind, a.StartDate, a.EndDate, a.TimingProblem, a.Status,
                a.PlannedHours, a.ActualHours, a.MessageId, a.Order,
                a.Stakeholders.Select(s => s.StakeholderId).ToList(),
                a.Channels.Select(c => c.ChannelId).ToList(),
                a.Responsibles.OrderBy(r => r.Person.Name).Select(r => new PersonRef(r.PersonId, r.Person.Name)).ToList()))
            .AsSplitQuery()
            .ToListAsync(ct);

    public static Task<List<GroupFact>> GroupsAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.Stakeholders.AsNoTracking()
            .Where(s => s.PlanId == planId)
            .OrderBy(s => s.Order).ThenBy(s => s.Id)
            .Select(s => new GroupFact(s.Id, s.Name, s.Priority, s.Influence, s.Interest, s.Order))
            .ToListAsync(ct);

    public static Task<List<ChannelFact>> ChannelsAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.Channels.AsNoTracking()
            .Where(c => c.PlanId == planId)
            .OrderBy(c => c.Order).ThenBy(c => c.Id)
            .Select(c => new ChannelFact(c.Id, c.Name, c.Order))
            .ToListAsync(ct);

    public static Task<List<MessageFact>> MessagesAsync(AppDbContext db, int planId, CancellationToken ct) =>
        db.PlanMessages.AsNoTracking()
            .Where(m => m.PlanId == planId)
            .OrderBy(m => m.Order).ThenBy(m => m.Id)
            .Select(m => new MessageFact(m.Id, m.Number, m.Priority, m.Text, m.What, m.Why, m.Feeling, m.How, m.Order,
                m.Stakeholders.Select(s => s.StakeholderId).ToList()))
            .ToListAsync(ct);

    /// <summary>The plan's period as dates (either end may be missing).</summary>
    public static async Task<(DateOnly? Start, DateOnly? End)> PeriodAsync(AppDbContext db, int planId, CancellationToken ct)
    {
        var period = await db.CommunicationPlans.AsNoTracking()
            .Where(p => p.Id == planId)
            .Select(p => new { p.PeriodStart, p.PeriodEnd })
            .FirstAsync(ct);
        return (period.PeriodStart, period.PeriodEnd);
    }

    /// <summary>Today in Sweden, whatever the server's clock zone.</summary>
    public static DateOnly SwedishToday(TimeProvider clock)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }

    /// <summary>The address of an activity's own page.</summary>
    public static string ActivityUrl(int planId, int activityId) => $"{PlanNav.UrlOf(planId, PlanSection.Activities)}/{activityId}";
}
