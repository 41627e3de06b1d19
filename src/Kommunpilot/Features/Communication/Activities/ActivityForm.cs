using System.ComponentModel.DataAnnotations;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// The add and edit form of an activity. The rules are <see cref="ActivityRules"/>, shared with the
/// API; numbers are text here so that "1,5" and "1.5" both work and a wrong one keeps what was typed.
/// </summary>
public sealed class ActivityForm
{
    [Display(Name = "Aktivitet")]
    public string? What { get; set; }

    [Display(Name = "Budskap")]
    public string? MessageText { get; set; }

    [Display(Name = "Budskap i planens budskapsplattform")]
    public int? MessageId { get; set; }

    [Display(Name = "Tidpunkt")]
    public string? Timing { get; set; }

    [Display(Name = "Milstolpe")]
    public int? MilestoneId { get; set; }

    public List<int> TargetGroupIds { get; set; } = [];

    public List<int> ChannelIds { get; set; } = [];

    public List<int> PersonIds { get; set; } = [];

    /// <summary>Names of people to add as responsible, created in the organisation on save ("Ny ansvarig").</summary>
    [Display(Name = "Ny ansvarig")]
    public string? NewPeople { get; set; }

    [Display(Name = "Tid i h")]
    public string? PlannedHours { get; set; }

    [Display(Name = "Status")]
    public ActivityStatus Status { get; set; }

    [Display(Name = "Varför")]
    public string? Why { get; set; }

    [Display(Name = "Hur")]
    public string? How { get; set; }

    public Guid? Version { get; set; }

    public static ActivityForm From(PlanActivity a) => new()
    {
        What = a.What,
        MessageText = a.MessageText,
        MessageId = a.MessageId,
        Timing = a.TimingText,
        MilestoneId = a.MilestoneId,
        TargetGroupIds = [.. a.Stakeholders.Select(s => s.StakeholderId)],
        ChannelIds = [.. a.Channels.Select(c => c.ChannelId)],
        PersonIds = [.. a.Responsibles.Select(r => r.PersonId)],
        PlannedHours = a.PlannedHours?.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture),
        Status = a.Status,
        Why = a.Why,
        How = a.How,
        Version = a.Version,
    };

    /// <summary>The names typed under "Ny ansvarig": several are separated by commas, semicolons or lines.</summary>
    public IReadOnlyList<string> NewPeopleNames() =>
        [.. (NewPeople ?? "").Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(ActivityRules.NormalizeName).Where(n => n.Length > 0)];

    /// <summary>
    /// The form as values for the rules: ticked boxes that are not the plan's become errors (a target
    /// group deleted meanwhile), new names that match a person already there tick that person.
    /// </summary>
    public (ActivityValues Values, List<RuleError> Errors) ToValues(ActivityChoices choices, decimal? plannedHours)
    {
        var errors = new List<RuleError>();
        var groups = ActivityRules.Resolve(RefKind.TargetGroup, TargetGroupIds, [], choices);
        if (groups.UnknownIds.Count > 0)
        {
            errors.Add(new(nameof(TargetGroupIds), "En vald målgrupp finns inte längre i planen."));
        }
        var channels = ActivityRules.Resolve(RefKind.Channel, ChannelIds, [], choices);
        if (channels.UnknownIds.Count > 0)
        {
            errors.Add(new(nameof(ChannelIds), "En vald kanal finns inte längre i planen."));
        }
        var people = ActivityRules.Resolve(RefKind.Person, PersonIds, NewPeopleNames(), choices);
        if (people.UnknownIds.Count > 0)
        {
            errors.Add(new(nameof(PersonIds), "En vald ansvarig finns inte längre i organisationen."));
        }
        var values = new ActivityValues
        {
            What = What,
            MessageText = MessageText,
            MessageId = MessageId,
            Timing = Timing,
            MilestoneId = MilestoneId,
            PlannedHours = plannedHours,
            Status = Status,
            Why = Why,
            How = How,
            TargetGroupIds = groups.Ids,
            ChannelIds = channels.Ids,
            PersonIds = people.Ids,
            NewPeople = people.UnknownNames,
        };
        return (values, errors);
    }
}
