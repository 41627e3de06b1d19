using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Kommunpilot.Features.Projects;

/// <summary>Dates and periods as municipal documents write them (2022-01-01), in every language.</summary>
public static class ProjectFormat
{
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Period(DateOnly? start, DateOnly? end, IStringLocalizer l) => (start, end) switch
    {
        ({ } s, { } e) => $"{Date(s)} – {Date(e)}",
        ({ } s, null) => l["från {0}", Date(s)],
        (null, { } e) => l["till {0}", Date(e)],
        _ => "",
    };

    /// <summary>A time stored in UTC, shown in Swedish time.</summary>
    public static string Time(DateTime utc)
    {
        var local = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Stockholm", out var zone)
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone)
            : utc;
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
