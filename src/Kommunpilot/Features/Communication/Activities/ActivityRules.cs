using System.Globalization;

namespace Kommunpilot.Features.Communication.Activities;

/// <summary>
/// A rule broken by what was sent: the field (the C# property name of <see cref="ActivityValues"/> or
/// <see cref="FollowUpValues"/>), and a Swedish message with its arguments. Pages show the message
/// through their localizer, the API as it is.
/// </summary>
public sealed record RuleError(string Field, string Message, params object[] Args)
{
    public string Text(Microsoft.Extensions.Localization.IStringLocalizer? l) =>
        l is null ? string.Format(CultureInfo.CurrentCulture, Message, Args) : l[Message, Args];
}

/// <summary>What an activity is set to, from the form or the API, with its links already resolved to ids
/// and the names of target groups, channels and people to create in the same save.</summary>
public sealed class ActivityValues
{
    public string? What { get; init; }
    public string? MessageText { get; init; }
    public int? MessageId { get; init; }
    public string? Timing { get; init; }
    public int? MilestoneId { get; init; }
    public decimal? PlannedHours { get; init; }
    public ActivityStatus Status { get; init; }
    public string? Why { get; init; }
    public string? How { get; init; }
    public IReadOnlyList<int> TargetGroupIds { get; init; } = [];
    public IReadOnlyList<int> ChannelIds { get; init; } = [];
    public IReadOnlyList<int> PersonIds { get; init; } = [];
    public IReadOnlyList<string> NewTargetGroups { get; init; } = [];
    public IReadOnlyList<string> NewChannels { get; init; } = [];
    public IReadOnlyList<string> NewPeople { get; init; } = [];
}

/// <summary>The follow-up of an activity when it is done.</summary>
public sealed record FollowUpValues(DateOnly? DoneOn, string? Outcome, int? Reach, decimal? ActualHours, decimal? Cost, int? MeasurableGoalId, decimal? GoalContribution);

public enum RefKind
{
    TargetGroup,
    Channel,
    Person,
}

/// <summary>Links named by id or by name, resolved against the plan: the ids found, the ids that are not
/// the plan's, the names that exist nowhere yet (to create, or to reject).</summary>
public sealed record ResolvedRefs(IReadOnlyList<int> Ids, IReadOnlyList<int> UnknownIds, IReadOnlyList<string> UnknownNames);

/// <summary>What a save created besides the activity itself, for the message to the user.</summary>
public sealed record CreatedLinks(IReadOnlyList<string> TargetGroups, IReadOnlyList<string> Channels, IReadOnlyList<string> People)
{
    public bool Any => TargetGroups.Count + Channels.Count + People.Count > 0;
}

/// <summary>
/// The one set of rules for an activity of a plan, shared by the pages and the API: what must be
/// filled in and how long it may be, which links are the plan's own, how the "when" is understood
/// (<see cref="PlanActivity.SetTiming"/>; a milestone's date gives a relative timing its end), and the
/// follow-up (<see cref="PlanActivity.CheckAmounts"/>, a done date neither before the start nor in the
/// future, the contribution to a measurable goal).
/// </summary>
public static class ActivityRules
{
    public const int TextMax = CommunicationModel.MediumText;
    public const int NameMax = CommunicationModel.ShortText;
    public const decimal HoursMax = 99_999m;
    public const decimal CostMax = 999_999_999m;

    public static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: true);

    /// <summary>Today in Sweden, which is what "late" and "in the future" are measured against.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var local = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone) ? TimeZoneInfo.ConvertTime(now, zone) : now;
        return DateOnly.FromDateTime(local.DateTime);
    }

    /// <summary><see cref="PlanActivity.IsLate"/> for a row read as a projection.</summary>
    public static bool IsLate(ActivityStatus status, DateOnly? end, DateOnly today) =>
        new PlanActivity { What = "", Status = status, EndDate = end }.IsLate(today);

    /// <summary>The text trimmed; empty as null.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A name as it is compared and stored: trimmed, inner whitespace single.</summary>
    public static string NormalizeName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A number as people type it: "4", "1,5", "1.5", "1 200,50". Empty is null. False when it is not a
    /// number (the value is then null). Rounded to two decimals, as stored.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var s = new string([.. text.Where(c => !char.IsWhiteSpace(c))]).Replace('\u2212', '-').Replace(',', '.');
        if (s.EndsWith("h", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^1];
        }
        if (!decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }
        value = Math.Round(parsed, 2, MidpointRounding.AwayFromZero);
        return true;
    }

    /// <summary>"hösten 2023" as understood: "augusti–december 2023". Null when there is nothing more to say
    /// than the text (nothing written, not understood, or understood as what was written).</summary>
    public static string? Understood(string? text, TimingKind kind, DateOnly? start, DateOnly? end, string? problem)
    {
        if (problem is not null || kind == TimingKind.None && start is null && end is null)
        {
            return null;
        }
        var shown = new Timing(text ?? "", kind, start, end, null).ToDisplay();
        return string.Equals(shown.Trim(), text?.Trim(), StringComparison.OrdinalIgnoreCase) ? null : shown;
    }

    /// <summary>Which of the sent ids and names are the plan's (or, for people, the plan organisation's).
    /// Names are matched whatever their case and spacing.</summary>
    public static ResolvedRefs Resolve(RefKind kind, IEnumerable<int> ids, IEnumerable<string> names, ActivityChoices choices)
    {
        var list = ListOf(kind, choices);
        var found = new List<int>();
        var unknownIds = new List<int>();
        foreach (var id in ids.Distinct())
        {
            (list.Any(c => c.Id == id) ? found : unknownIds).Add(id);
        }
        var unknownNames = new List<string>();
        foreach (var raw in names)
        {
            var name = NormalizeName(raw);
            if (name.Length == 0)
            {
                continue;
            }
            var match = list.FirstOrDefault(c => string.Equals(NormalizeName(c.Name), name, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                if (!found.Contains(match.Id))
                {
                    found.Add(match.Id);
                }
            }
            else if (!unknownNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                unknownNames.Add(name);
            }
        }
        return new ResolvedRefs(found, unknownIds, unknownNames);
    }

    public static IReadOnlyList<Choice> ListOf(RefKind kind, ActivityChoices choices) => kind switch
    {
        RefKind.TargetGroup => choices.TargetGroups,
        RefKind.Channel => choices.Channels,
        _ => choices.People,
    };

    /// <summary>The rules of the activity's own fields and links. Empty when it may be saved.</summary>
    public static List<RuleError> Check(ActivityValues v, ActivityChoices choices)
    {
        var errors = new List<RuleError>();
        if (Clean(v.What) is null)
        {
            errors.Add(new(nameof(v.What), "Beskriv aktiviteten."));
        }
        Length(errors, nameof(v.What), v.What, TextMax, "Aktiviteten får vara högst 2 000 tecken.");
        Length(errors, nameof(v.MessageText), v.MessageText, TextMax, "Budskapet får vara högst 2 000 tecken.");
        Length(errors, nameof(v.Timing), v.Timing, Timing.MaxLength, "Tidpunkten får vara högst 200 tecken.");
        Length(errors, nameof(v.Why), v.Why, TextMax, "Varför får vara högst 2 000 tecken.");
        Length(errors, nameof(v.How), v.How, TextMax, "Hur får vara högst 2 000 tecken.");
        foreach (var (field, text) in new[] { (nameof(v.What), v.What), (nameof(v.MessageText), v.MessageText), (nameof(v.Timing), v.Timing), (nameof(v.Why), v.Why), (nameof(v.How), v.How) })
        {
            ControlCharacters(errors, field, text);
        }
        if (v.MessageId is { } message && choices.Messages.All(m => m.Id != message))
        {
            errors.Add(new(nameof(v.MessageId), "Budskapet finns inte i planens budskap."));
        }
        if (v.MilestoneId is { } milestone && choices.Milestones.All(m => m.Id != milestone))
        {
            errors.Add(new(nameof(v.MilestoneId), "Milstolpen finns inte i planens projekt."));
        }
        if (PlanActivity.CheckAmounts(v.PlannedHours, null, null, null) is { } amounts)
        {
            errors.Add(new(nameof(v.PlannedHours), amounts));
        }
        else if (v.PlannedHours > HoursMax)
        {
            errors.Add(new(nameof(v.PlannedHours), "Timmarna får vara högst 99 999."));
        }
        if (!Enum.IsDefined(v.Status))
        {
            errors.Add(new(nameof(v.Status), "Välj en status."));
        }
        foreach (var (field, names) in new[] { (nameof(v.TargetGroupIds), v.NewTargetGroups), (nameof(v.ChannelIds), v.NewChannels), (nameof(v.PersonIds), v.NewPeople) })
        {
            foreach (var name in names)
            {
                if (name.Length > NameMax)
                {
                    errors.Add(new(field, "Namnet '{0}' är för långt (högst 200 tecken).", name[..40] + "…"));
                }
                ControlCharacters(errors, field, name);
            }
        }
        return errors;
    }

    /// <summary>
    /// Writes the values onto the activity: its fields, the "when" as understood (a chosen milestone's
    /// date gives a relative or undated timing its end, and its start if it has none), and its links,
    /// creating the named target groups, channels and people that do not exist yet (reached through the
    /// activity's links, so they are added with it). The caller saves everything in one <c>SaveChangesAsync</c>.
    /// </summary>
    public static CreatedLinks Apply(PlanActivity activity, ActivityValues v, ActivityChoices choices)
    {
        activity.What = Clean(v.What) ?? "";
        activity.MessageText = Clean(v.MessageText);
        activity.MessageId = v.MessageId;
        activity.MilestoneId = v.MilestoneId;
        activity.PlannedHours = v.PlannedHours;
        activity.Status = v.Status;
        activity.Why = Clean(v.Why);
        activity.How = Clean(v.How);
        activity.SetTiming(v.Timing, choices.Plan.PeriodStart);
        if (choices.Milestones.FirstOrDefault(m => m.Id == v.MilestoneId)?.Date is { } date
            && activity.TimingProblem is null && activity.EndDate is null)
        {
            activity.EndDate = date;
            activity.StartDate ??= date;
        }

        var stakeholderOrder = choices.NextTargetGroupOrder;
        var newGroups = v.NewTargetGroups.Select(n => new Stakeholder { PlanId = choices.Plan.Id, Name = NormalizeName(n), Order = stakeholderOrder++ }).ToList();
        var channelOrder = choices.NextChannelOrder;
        var newChannels = v.NewChannels.Select(n => new Channel { PlanId = choices.Plan.Id, Name = NormalizeName(n), Order = channelOrder++ }).ToList();
        var newPeople = v.NewPeople.Select(n => new CommunicationPerson
        {
            OrganizationId = choices.Plan.OrganizationId,
            Name = NormalizeName(n),
            CalendarToken = CommunicationAccess.NewCalendarToken(),
        }).ToList();

        activity.Stakeholders.RemoveAll(l => !v.TargetGroupIds.Contains(l.StakeholderId));
        activity.Stakeholders.AddRange(v.TargetGroupIds.Where(id => activity.Stakeholders.All(l => l.StakeholderId != id))
            .Select(id => new ActivityStakeholder { StakeholderId = id }).ToList());
        activity.Stakeholders.AddRange(newGroups.Select(s => new ActivityStakeholder { Stakeholder = s }));
        activity.Channels.RemoveAll(l => !v.ChannelIds.Contains(l.ChannelId));
        activity.Channels.AddRange(v.ChannelIds.Where(id => activity.Channels.All(l => l.ChannelId != id))
            .Select(id => new ActivityChannel { ChannelId = id }).ToList());
        activity.Channels.AddRange(newChannels.Select(c => new ActivityChannel { Channel = c }));
        activity.Responsibles.RemoveAll(l => !v.PersonIds.Contains(l.PersonId));
        activity.Responsibles.AddRange(v.PersonIds.Where(id => activity.Responsibles.All(l => l.PersonId != id))
            .Select(id => new ActivityResponsible { PersonId = id }).ToList());
        activity.Responsibles.AddRange(newPeople.Select(p => new ActivityResponsible { Person = p }));

        return new CreatedLinks([.. newGroups.Select(s => s.Name)], [.. newChannels.Select(c => c.Name)], [.. newPeople.Select(p => p.Name)]);
    }

    /// <summary>The rules of the follow-up. Empty when it may be saved.</summary>
    public static List<RuleError> CheckFollowUp(FollowUpValues v, PlanActivity activity, ActivityChoices choices, DateOnly today)
    {
        var errors = new List<RuleError>();
        if (v.DoneOn is { } done)
        {
            if (done > today)
            {
                errors.Add(new(nameof(v.DoneOn), "Genomförandedatumet kan inte vara i framtiden."));
            }
            else if (activity.StartDate is { } start && done < start)
            {
                errors.Add(new(nameof(v.DoneOn), "Genomförandedatumet kan inte vara före aktivitetens start ({0}).", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }
        Length(errors, nameof(v.Outcome), v.Outcome, TextMax, "Resultatet får vara högst 2 000 tecken.");
        ControlCharacters(errors, nameof(v.Outcome), v.Outcome);
        if (PlanActivity.CheckAmounts(null, v.ActualHours, null, null) is { } hours)
        {
            errors.Add(new(nameof(v.ActualHours), hours));
        }
        else if (v.ActualHours > HoursMax)
        {
            errors.Add(new(nameof(v.ActualHours), "Timmarna får vara högst 99 999."));
        }
        if (PlanActivity.CheckAmounts(null, null, v.Cost, null) is { } cost)
        {
            errors.Add(new(nameof(v.Cost), cost));
        }
        else if (v.Cost > CostMax)
        {
            errors.Add(new(nameof(v.Cost), "Kostnaden får vara högst 999 999 999 kronor."));
        }
        if (PlanActivity.CheckAmounts(null, null, null, v.Reach) is { } reach)
        {
            errors.Add(new(nameof(v.Reach), reach));
        }
        if (v.MeasurableGoalId is { } goal && choices.Goals.All(g => g.Id != goal))
        {
            errors.Add(new(nameof(v.MeasurableGoalId), "Det mätbara målet finns inte i planen."));
        }
        if (v.GoalContribution is { } contribution)
        {
            if (v.MeasurableGoalId is null)
            {
                errors.Add(new(nameof(v.GoalContribution), "Välj det mätbara mål som bidraget räknas mot."));
            }
            else if (contribution < 0)
            {
                errors.Add(new(nameof(v.GoalContribution), "Bidraget kan inte vara negativt."));
            }
            else if (contribution > CostMax)
            {
                errors.Add(new(nameof(v.GoalContribution), "Bidraget är för stort."));
            }
        }
        return errors;
    }

    /// <summary>Writes the follow-up. A done date makes the activity done; a quantitative goal without a
    /// contribution counts the activity once.</summary>
    public static void ApplyFollowUp(PlanActivity activity, FollowUpValues v, ActivityChoices choices)
    {
        activity.DoneOn = v.DoneOn;
        activity.Outcome = Clean(v.Outcome);
        activity.Reach = v.Reach;
        activity.ActualHours = v.ActualHours;
        activity.Cost = v.Cost;
        activity.MeasurableGoalId = v.MeasurableGoalId;
        activity.GoalContribution = v.MeasurableGoalId is { } goal
            ? v.GoalContribution ?? (choices.Goals.FirstOrDefault(g => g.Id == goal)?.Kind == MeasureKind.Quantitative ? 1 : null)
            : null;
        if (v.DoneOn is not null)
        {
            activity.Status = ActivityStatus.Done;
        }
    }

    private static void Length(List<RuleError> errors, string field, string? text, int max, string message)
    {
        if (text is not null && text.Trim().Length > max)
        {
            errors.Add(new(field, message));
        }
    }

    private static void ControlCharacters(List<RuleError> errors, string field, string? text)
    {
        if (text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
        {
            errors.Add(new(field, "Texten innehåller ett otillåtet styrtecken."));
        }
    }
}
