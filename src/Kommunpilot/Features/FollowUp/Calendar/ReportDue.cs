namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// When a report is late or due soon, as of today in Sweden. An adopted report is neither. Late: its
/// due date has passed. Due soon: due today or within <see cref="SoonDays"/> days.
/// </summary>
public static class ReportDue
{
    public const int SoonDays = 30;

    public static bool IsLate(ReportStatus status, DateOnly due, DateOnly today) =>
        status != ReportStatus.Adopted && due < today;

    public static bool IsDueSoon(ReportStatus status, DateOnly due, DateOnly today, int days = SoonDays) =>
        status != ReportStatus.Adopted && due >= today && due <= today.AddDays(days);

    /// <summary>Today in Sweden, whatever the server's clock zone (the same "today" as communication's views).</summary>
    public static DateOnly Today(TimeProvider clock) => Communication.Views.PlanFacts.SwedishToday(clock);

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
