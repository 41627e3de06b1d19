namespace Kommunpilot.Features.FollowUp;

public enum KpiTrackStatus
{
    /// <summary>No value yet, or no target to compare with.</summary>
    Unknown,
    OnTrack,
    AtRisk,
    OffTrack,
}

/// <summary>
/// Status against target, by one rule that every page states in words (<see cref="RuleText"/>):
/// the expected value on a day runs in a straight line from the baseline (value and date) to the target
/// (value and date); after the target date it is the target. The latest value is
/// <list type="bullet">
/// <item>on track when it is at least as good as expected;</item>
/// <item>at risk when it falls short by at most <see cref="Tolerance"/> of the distance from baseline to
///   target (without a baseline: of the target itself);</item>
/// <item>off track when it falls short by more.</item>
/// </list>
/// "Good" follows the KPI's direction: higher or lower is better.
/// </summary>
public static class KpiStatus
{
    /// <summary>How far short of expected still counts as at risk: 10 percent of the distance baseline → target.</summary>
    public const decimal Tolerance = 0.10m;

    public const string RuleText =
        "Förväntat värde går i en rak linje från utgångsvärdet (vid dess datum) till målvärdet (vid måldatum) och är målvärdet efter måldatum. "
        + "Senaste mätvärdet är i fas om det är minst lika bra som det förväntade, i riskzonen om det är sämre med högst 10 % av avståndet mellan utgångsvärde och målvärde "
        + "(utan utgångsvärde: 10 % av målvärdet) och ur fas om det är sämre än så. Vad som är bättre avgörs av om ett högre eller lägre värde är bättre.";

    /// <summary>The value expected on a day, or null when the KPI has no target.</summary>
    public static decimal? Expected(decimal? baseline, DateOnly? baselineDate, decimal? target, DateOnly? targetDate, DateOnly on)
    {
        if (target is not { } t)
        {
            return null;
        }
        if (baseline is not { } b || baselineDate is not { } bd || targetDate is not { } td || td <= bd || on >= td)
        {
            return t;
        }
        if (on <= bd)
        {
            return b;
        }
        var share = (decimal)(on.DayNumber - bd.DayNumber) / (td.DayNumber - bd.DayNumber);
        return b + (t - b) * share;
    }

    /// <summary>The status of a value measured for the period ending on <paramref name="on"/>.</summary>
    public static KpiTrackStatus Of(KpiDirection direction, decimal? baseline, DateOnly? baselineDate, decimal? target, DateOnly? targetDate, decimal? value, DateOnly on)
    {
        if (value is not { } v || Expected(baseline, baselineDate, target, targetDate, on) is not { } expected)
        {
            return KpiTrackStatus.Unknown;
        }
        var shortfall = direction == KpiDirection.HigherIsBetter ? expected - v : v - expected;
        if (shortfall <= 0)
        {
            return KpiTrackStatus.OnTrack;
        }
        var scale = baseline is { } b && baselineDate is not null ? Math.Abs(target!.Value - b) : Math.Abs(target!.Value);
        return shortfall <= scale * Tolerance ? KpiTrackStatus.AtRisk : KpiTrackStatus.OffTrack;
    }

    public static KpiTrackStatus Of(Kpi kpi, decimal? value, DateOnly on) =>
        Of(kpi.Direction, kpi.BaselineValue, kpi.BaselineDate, kpi.TargetValue, kpi.TargetDate, value, on);
}
