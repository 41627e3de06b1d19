using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Communication.Views;

namespace Kommunpilot.Tests.Communication.Views;

/// <summary>Builders of the rows the view computations read, for testing them without a database.</summary>
internal static class Facts
{
    private static int _next = 1000;

    public static ActivityFact Activity(
        string what = "Aktivitet",
        DateOnly? start = null,
        DateOnly? end = null,
        ActivityStatus status = ActivityStatus.Planned,
        decimal? hours = null,
        decimal? actual = null,
        TimingKind kind = TimingKind.Range,
        string? problem = null,
        int? message = null,
        int[]? groups = null,
        int[]? channels = null,
        PersonRef[]? people = null)
    {
        var id = Interlocked.Increment(ref _next);
        var timingKind = start is null && end is null && kind == TimingKind.Range ? TimingKind.None : kind;
        return new ActivityFact(id, what, null, problem is null ? timingKind : TimingKind.Unparsed, start, end, problem, status, hours, actual, message, id,
            groups ?? [], channels ?? [], people ?? []);
    }

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
