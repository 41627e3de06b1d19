using Kommunpilot.Features.FollowUp;

namespace Kommunpilot.Tests.FollowUp;

public sealed class KpiPeriodTests
{
    [Theory]
    [InlineData(KpiFrequency.Monthly, "2022-05", "2022-05-01", "2022-05-31", "maj 2022")]
    [InlineData(KpiFrequency.Quarterly, "2022-Q2", "2022-04-01", "2022-06-30", "kvartal 2 2022")]
    [InlineData(KpiFrequency.Tertial, "2022-T1", "2022-01-01", "2022-04-30", "tertial 1 2022")]
    [InlineData(KpiFrequency.Tertial, "2022-T2", "2022-05-01", "2022-08-31", "tertial 2 2022")]
    [InlineData(KpiFrequency.HalfYearly, "2023-H2", "2023-07-01", "2023-12-31", "halvår 2 2023")]
    [InlineData(KpiFrequency.Yearly, "2023", "2023-01-01", "2023-12-31", "2023")]
    public void Keys_dates_and_labels_agree(KpiFrequency frequency, string key, string start, string end, string label)
    {
        Assert.True(KpiPeriod.TryParse(frequency, key, out var period));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(key, period.Key);
        Assert.Equal(label, period.Label(System.Globalization.CultureInfo.GetCultureInfo("sv-SE")));
        Assert.True(KpiPeriod.TryParse(frequency, label, out var again));
        Assert.Equal(period, again);
    }

    [Theory]
    [InlineData(KpiFrequency.Quarterly, "Q3 2023", "2023-Q3")]
    [InlineData(KpiFrequency.Tertial, "T3 2022", "2022-T3")]
    [InlineData(KpiFrequency.HalfYearly, "H1 2022", "2022-H1")]
    [InlineData(KpiFrequency.Monthly, "Maj 2022", "2022-05")]
    [InlineData(KpiFrequency.Tertial, "2022-06-15", "2022-T2")]
    public void Reads_what_people_type(KpiFrequency frequency, string text, string key)
    {
        Assert.True(KpiPeriod.TryParse(frequency, text, out var period));
        Assert.Equal(key, period.Key);
    }

    [Theory]
    [InlineData(KpiFrequency.Tertial, "2022-Q1")]
    [InlineData(KpiFrequency.Tertial, "2022-T4")]
    [InlineData(KpiFrequency.Monthly, "2022-13")]
    [InlineData(KpiFrequency.Yearly, "2022-05")]
    [InlineData(KpiFrequency.Quarterly, "hösten 2022")]
    [InlineData(KpiFrequency.Quarterly, "")]
    public void Refuses_a_period_of_another_frequency_or_none(KpiFrequency frequency, string text) =>
        Assert.False(KpiPeriod.TryParse(frequency, text, out _));

    [Fact]
    public void Lists_the_periods_between_two_days() =>
        Assert.Equal(["2022-T1", "2022-T2", "2022-T3", "2023-T1"],
            KpiPeriod.Between(KpiFrequency.Tertial, new DateOnly(2022, 3, 1), new DateOnly(2023, 1, 10)).Select(p => p.Key));
}

public sealed class KpiStatusTests
{
    private static KpiTrackStatus Status(decimal value, DateOnly on, KpiDirection direction = KpiDirection.HigherIsBetter) =>
        KpiStatus.Of(direction, 70, new DateOnly(2022, 1, 1), 90, new DateOnly(2024, 1, 1), value, on);

    [Fact]
    public void Compares_with_the_straight_line_from_baseline_to_target()
    {
        // Half-way (2023-01-01) the expected value is 80; 10 % of the distance is 2.
        var half = new DateOnly(2023, 1, 1);
        Assert.Equal(80m, decimal.Round(KpiStatus.Expected(70, new DateOnly(2022, 1, 1), 90, new DateOnly(2024, 1, 1), half)!.Value, 0));
        Assert.Equal(KpiTrackStatus.OnTrack, Status(81, half));
        Assert.Equal(KpiTrackStatus.AtRisk, Status(78.5m, half));
        Assert.Equal(KpiTrackStatus.OffTrack, Status(75, half));
        Assert.Equal(KpiTrackStatus.OnTrack, Status(90, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Follows_the_direction_and_needs_a_target_and_a_value()
    {
        Assert.Equal(KpiTrackStatus.OnTrack, KpiStatus.Of(KpiDirection.LowerIsBetter, 1000, new DateOnly(2022, 1, 1), 900, new DateOnly(2023, 1, 1), 899, new DateOnly(2023, 6, 1)));
        Assert.Equal(KpiTrackStatus.OffTrack, KpiStatus.Of(KpiDirection.LowerIsBetter, 1000, new DateOnly(2022, 1, 1), 900, new DateOnly(2023, 1, 1), 1000, new DateOnly(2023, 6, 1)));
        Assert.Equal(KpiTrackStatus.Unknown, KpiStatus.Of(KpiDirection.HigherIsBetter, null, null, null, null, 5, new DateOnly(2023, 1, 1)));
        Assert.Equal(KpiTrackStatus.Unknown, KpiStatus.Of(KpiDirection.HigherIsBetter, 1, new DateOnly(2022, 1, 1), 5, new DateOnly(2023, 1, 1), null, new DateOnly(2023, 1, 1)));
    }
}
