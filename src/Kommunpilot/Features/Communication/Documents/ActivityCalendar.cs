using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Kommunpilot.Features.Communication.Documents;

/// <summary>An activity as a calendar event needs it.</summary>
public sealed record CalendarActivity(
    int Id,
    string What,
    string? Message,
    string? Timing,
    DateOnly? Start,
    DateOnly? End,
    ActivityStatus Status,
    IReadOnlyList<string> TargetGroups,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Responsible,
    string PlanTitle);

/// <summary>
/// Activities as an iCalendar feed (RFC 5545) that Outlook, Google and Apple calendars subscribe to.
/// One all-day event per activity with dates, from its first to its last day (DTEND is the day after,
/// as the standard says); shown as free time, since "hösten 2023" must not make anyone look busy for
/// five months. An activity without dates is left out; a cancelled one stays, marked cancelled, so
/// that subscribers see it disappear from their plans. UIDs are stable, so that a calendar updates an
/// event instead of adding a copy.
/// </summary>
internal static class ActivityCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Uid(int activityId) => $"kommunpilot-activity-{activityId}";

    /// <param name="name">The calendar's name in the subscriber's list (X-WR-CALNAME).</param>
    /// <param name="withPlan">Whether each event says which plan it belongs to (a person's feed spans plans).</param>
    public static string Create(string name, IEnumerable<CalendarActivity> activities, bool withPlan, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Kommunpilot//Kommunikationsplan//SV", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-CALDESC", "Aktiviteter ur kommunikationsplaner i Kommunpilot");
        // Ask subscribers to look for changes every hour (Outlook reads the first, Apple the second).
        calendar.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var refresh = new CalendarProperty("REFRESH-INTERVAL", "PT1H");
        refresh.Parameters.Add("VALUE", "DURATION");
        calendar.Properties.Add(refresh);
        var stamp = new CalDateTime(now.UtcDateTime);
        foreach (var a in activities)
        {
            if ((a.Start ?? a.End) is not { } first || (a.End ?? a.Start) is not { } last)
            {
                continue;
            }
            var calendarEvent = new CalendarEvent
            {
                Uid = Uid(a.Id),
                Summary = a.What.Trim(),
                Description = Description(a, withPlan),
                DtStamp = stamp,
                DtStart = new CalDateTime(first.Year, first.Month, first.Day),
                DtEnd = new CalDateTime(EndExclusive(first, last).Year, EndExclusive(first, last).Month, EndExclusive(first, last).Day),
                Transparency = TransparencyType.Transparent,
            };
            if (a.Status == ActivityStatus.Cancelled)
            {
                calendarEvent.Status = EventStatus.Cancelled;
            }
            calendar.Events.Add(calendarEvent);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>All-day events end the day after their last day; an end before the start (never stored) gives one day.</summary>
    private static DateOnly EndExclusive(DateOnly first, DateOnly last) => (last < first ? first : last).AddDays(1);

    private static string Description(CalendarActivity a, bool withPlan)
    {
        var lines = new List<string>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Add($"{label}: {value.Trim()}");
            }
        }
        if (withPlan)
        {
            Add("Kommunikationsplan", a.PlanTitle);
        }
        Add("Budskap", a.Message);
        Add("Målgrupp", string.Join(", ", a.TargetGroups));
        Add("Kanal", string.Join(", ", a.Channels));
        Add("Ansvarig", string.Join(", ", a.Responsible));
        Add("Tidpunkt", a.Timing);
        if (a.Status != ActivityStatus.Planned)
        {
            Add("Status", CommunicationLabels.Of(a.Status));
        }
        return string.Join("\n", lines);
    }
}
