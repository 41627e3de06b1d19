using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// An activity's editable values, links by name, for telling two versions apart when two people edit
/// the same activity: the one the user sent (<see cref="Of"/>, before saving) and the one now stored
/// (<see cref="LoadAsync"/>). Links are compared by their names, since the link rows have no version of
/// their own: every save of an activity gives the activity a new version, so a change of its links
/// alone is a conflict too.
/// </summary>
public sealed record ActivitySnapshot(Guid Version, IReadOnlyList<(string Field, object? Value)> Fields)
{
    public const string TargetGroups = "TargetGroups";
    public const string Channels = "Channels";
    public const string Responsible = "Responsible";

    /// <summary>The activity as it would be saved, its links named from the plan's choices and the new names.</summary>
    public static ActivitySnapshot Of(PlanActivity a, ActivityChoices choices) => new(a.Version,
    [
        .. Scalars(a),
        (TargetGroups, Names(a.Stakeholders.Select(l => l.Stakeholder?.Name ?? choices.NameOf(choices.TargetGroups, l.StakeholderId)))),
        (Channels, Names(a.Channels.Select(l => l.Channel?.Name ?? choices.NameOf(choices.Channels, l.ChannelId)))),
        (Responsible, Names(a.Responsibles.Select(l => l.Person?.Name ?? choices.NameOf(choices.People, l.PersonId)))),
    ]);

    /// <summary>The activity as stored now, or null when it has been deleted.</summary>
    public static async Task<ActivitySnapshot?> LoadAsync(AppDbContext db, int planId, int activityId, CancellationToken ct)
    {
        var stored = await db.PlanActivities.AsNoTracking()
            .Where(a => a.PlanId == planId && a.Id == activityId)
            .Select(a => new
            {
                Activity = a,
                Groups = a.Stakeholders.Select(s => s.Stakeholder.Name).ToList(),
                Channels = a.Channels.Select(c => c.Channel.Name).ToList(),
                People = a.Responsibles.Select(r => r.Person.Name).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        return stored is null
            ? null
            : new ActivitySnapshot(stored.Activity.Version,
            [
                .. Scalars(stored.Activity),
                (TargetGroups, Names(stored.Groups)),
                (Channels, Names(stored.Channels)),
                (Responsible, Names(stored.People)),
            ]);
    }

    /// <summary>The fields where the two differ, formatted for people (<paramref name="culture"/>) or programs (invariant).</summary>
    public IReadOnlyList<ConflictField> Differences(ActivitySnapshot? stored, IFormatProvider culture) =>
        [.. Fields.Select((f, i) => new ConflictField(f.Field, Format(f.Value, culture), stored is null ? null : Format(stored.Fields[i].Value, culture)))
            .Where(f => f.Mine != f.Theirs)];

    private static IEnumerable<(string, object?)> Scalars(PlanActivity a) =>
    [
        (nameof(a.What), a.What),
        (nameof(a.MessageText), a.MessageText),
        (nameof(a.MessageId), a.MessageId),
        (nameof(a.TimingText), a.TimingText),
        (nameof(a.StartDate), a.StartDate),
        (nameof(a.EndDate), a.EndDate),
        (nameof(a.MilestoneId), a.MilestoneId),
        (nameof(a.PlannedHours), a.PlannedHours),
        (nameof(a.Status), a.Status),
        (nameof(a.Why), a.Why),
        (nameof(a.How), a.How),
        (nameof(a.DoneOn), a.DoneOn),
        (nameof(a.Outcome), a.Outcome),
        (nameof(a.Reach), a.Reach),
        (nameof(a.ActualHours), a.ActualHours),
        (nameof(a.Cost), a.Cost),
        (nameof(a.MeasurableGoalId), a.MeasurableGoalId),
        (nameof(a.GoalContribution), a.GoalContribution),
    ];

    private static string Names(IEnumerable<string?> names) =>
        string.Join(", ", names.OfType<string>().Order(ActivityRules.SwedishOrder));

    private static string? Format(object? value, IFormatProvider culture) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##", culture),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString(),
    };
}
