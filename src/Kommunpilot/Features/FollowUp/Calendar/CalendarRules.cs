using System.Globalization;
using Kommunpilot.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Features.FollowUp.Calendar;

/// <summary>
/// A rule that does not hold: the field it concerns (the input's property name) and a Swedish message
/// with its arguments. The message is a key into <see cref="CalendarTexts"/>, so pages show it in the
/// request's language; the API says it in Swedish (<see cref="Swedish"/>).
/// </summary>
public sealed record CalendarError(string Field, string Message, params object[] Arguments)
{
    public string Swedish() => string.Format(CultureInfo.GetCultureInfo("sv-SE"), Message, Arguments);
}

/// <summary>A day of the year, as the reporting calendar writes it: "30 april".</summary>
public readonly record struct DayOfYear(int Month, int Day)
{
    /// <summary>The reference year for checking a day: not a leap year, so a day valid here is valid every year.</summary>
    private const int CommonYear = 2023;

    /// <summary>"30 april" in the request's language.</summary>
    public override string ToString() =>
        IsValid(Month, Day)
            ? string.Create(CultureInfo.CurrentCulture, $"{Day} {CultureInfo.CurrentCulture.DateTimeFormat.GetMonthName(Month)}")
            : string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}");

    /// <summary>True for a day that exists every year (so 29 februari is not one).</summary>
    public static bool IsValid(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(CommonYear, month);

    public DateOnly In(int year) => new(year, Month, Day);
}

/// <summary>
/// The rules of an organisation's reporting calendar (<see cref="ReportingOccasion"/>): a name unique in
/// the organisation, a known kind, and a "per" day and a due day that exist every year. Shared by the
/// pages and the API.
/// </summary>
public static class OccasionRules
{
    public static IEnumerable<CalendarError> Check(string? name, ReportingOccasionKind kind, int perMonth, int perDay, int dueMonth, int dueDay)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new("Name", "Ange tillfällets namn, till exempel Delårsrapport 1.");
        }
        else if (name.Trim().Length > FollowUpModel.ShortText)
        {
            yield return new("Name", "Namnet får vara högst {0} tecken.", FollowUpModel.ShortText);
        }
        else if (name.Any(c => char.IsControl(c)))
        {
            yield return new("Name", "Namnet innehåller ett otillåtet styrtecken.");
        }
        if (!Enum.IsDefined(kind))
        {
            yield return new("Kind", "Välj en typ av tillfälle.");
        }
        if (DayError("Per", perMonth, perDay) is { } per)
        {
            yield return per;
        }
        if (DayError("Due", dueMonth, dueDay) is { } due)
        {
            yield return due;
        }
    }

    /// <summary>Whether another occasion of the organisation already has the name (ignoring case).</summary>
    public static async Task<bool> NameTakenAsync(AppDbContext db, int organizationId, string name, int exceptId, CancellationToken ct)
    {
        // Compared in memory: SQLite lowers only ASCII letters, and "Årsanalys" should clash with "årsanalys".
        var names = await db.ReportingOccasions.Where(o => o.OrganizationId == organizationId && o.Id != exceptId).Select(o => o.Name).ToListAsync(ct);
        return names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public static CalendarError NameTaken(string name) =>
        new("Name", "Det finns redan ett rapporttillfälle som heter {0}.", name.Trim());

    /// <summary>A day of the month that is not there: "30 februari" or "31 april"; 29 februari is refused so that every year has the date.</summary>
    private static CalendarError? DayError(string prefix, int month, int day)
    {
        if (month is < 1 or > 12)
        {
            return new(prefix + "Month", "Välj en månad.");
        }
        if (DayOfYear.IsValid(month, day))
        {
            return null;
        }
        var monthName = CultureInfo.GetCultureInfo("sv-SE").DateTimeFormat.GetMonthName(month);
        return month == 2 && day == 29
            ? new(prefix + "Day", "29 februari finns inte varje år. Välj 28 februari så att datumet gäller alla år.")
            : new(prefix + "Day", "{0} {1} finns inte. Ange en dag mellan 1 och {2}.", day, monthName, DateTime.DaysInMonth(2023, month));
    }

    /// <summary>
    /// The due date of a report per <paramref name="per"/> on this occasion: the due day in the same year,
    /// or in the next when it comes earlier in the year than the per day (årsanalys per 31 december, due in February).
    /// </summary>
    public static DateOnly DueDateFor(DateOnly per, int dueMonth, int dueDay)
    {
        var due = new DateOnly(per.Year, dueMonth, dueDay);
        return due < per ? due.AddYears(1) : due;
    }
}

/// <summary>The usual municipal reporting calendar: typical dates, which each organisation adjusts.</summary>
public static class StandardCalendar
{
    public sealed record Occasion(string Name, ReportingOccasionKind Kind, int PerMonth, int PerDay, int DueMonth, int DueDay);

    public static readonly IReadOnlyList<Occasion> Occasions =
    [
        new("Delårsrapport 1", ReportingOccasionKind.InterimReport, 4, 30, 5, 31),
        new("Delårsrapport 2", ReportingOccasionKind.InterimReport, 8, 31, 9, 30),
        new("Novemberprognos", ReportingOccasionKind.NovemberForecast, 10, 31, 11, 30),
        new("Årsanalys", ReportingOccasionKind.AnnualAnalysis, 12, 31, 2, 28),
    ];

    /// <summary>
    /// Adds to the organisation the standard occasions it lacks (by name, ignoring case), after its own
    /// in order. Returns how many were added; the caller saves.
    /// </summary>
    public static async Task<int> AddMissingAsync(AppDbContext db, int organizationId, CancellationToken ct)
    {
        var existing = await db.ReportingOccasions
            .Where(o => o.OrganizationId == organizationId)
            .Select(o => new { o.Name, o.Order })
            .ToListAsync(ct);
        var names = existing.Select(o => o.Name.ToLowerInvariant()).ToHashSet();
        var order = existing.Count == 0 ? 0 : existing.Max(o => o.Order);
        var added = 0;
        foreach (var o in Occasions.Where(o => !names.Contains(o.Name.ToLowerInvariant())))
        {
            db.ReportingOccasions.Add(new ReportingOccasion
            {
                OrganizationId = organizationId,
                Name = o.Name,
                Kind = o.Kind,
                PerMonth = o.PerMonth,
                PerDay = o.PerDay,
                DueMonth = o.DueMonth,
                DueDay = o.DueDay,
                Order = ++order,
            });
            added++;
        }
        return added;
    }
}

/// <summary>The rules of an organisation's own KPI areas: a name, unique in the organisation.</summary>
public static class AreaRules
{
    public static IEnumerable<CalendarError> Check(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return new("Name", "Ange områdets namn.");
        }
        else if (name.Trim().Length > FollowUpModel.ShortText)
        {
            yield return new("Name", "Namnet får vara högst {0} tecken.", FollowUpModel.ShortText);
        }
        else if (name.Any(c => char.IsControl(c)))
        {
            yield return new("Name", "Namnet innehåller ett otillåtet styrtecken.");
        }
    }

    public static async Task<bool> NameTakenAsync(AppDbContext db, int organizationId, string name, int exceptId, CancellationToken ct)
    {
        var names = await db.KpiAreas.Where(a => a.OrganizationId == organizationId && a.Id != exceptId).Select(a => a.Name).ToListAsync(ct);
        return names.Contains(name.Trim(), StringComparer.OrdinalIgnoreCase);
    }

    public static CalendarError NameTaken(string name) =>
        new("Name", "Det finns redan ett nyckeltalsområde som heter {0}.", name.Trim());

    /// <summary>The message when a KPI uses the area.</summary>
    public static CalendarError InUse(int kpis) =>
        new("", "Området används av {0} nyckeltal och kan inte tas bort. Flytta nyckeltalen till ett annat område först.", kpis);
}
