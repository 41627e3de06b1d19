using System.Xml.Linq;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Measurements;

namespace Kommunpilot.Tests.FollowUp.Measurements;

/// <summary>The rules on their own: units written after a value, decimals, ranges, the KPI's life; and every message has its English.</summary>
public sealed class MeasurementRulesTests
{
    private static KpiFacts Kpi(KpiUnit unit, int decimals = 0, decimal? min = null, decimal? max = null, string? label = null) =>
        new(1, "Testtal", unit, label, decimals, min, max, KpiFrequency.Tertial, KpiScope.Project, null,
            new DateOnly(2022, 3, 15), new DateOnly(2023, 6, 30), KpiAreaKind.Economy, null, 1);

    [Theory]
    [InlineData(KpiUnit.Percent, "85 %", 85)]
    [InlineData(KpiUnit.Percent, "85%", 85)]
    [InlineData(KpiUnit.Percent, "85 procent", 85)]
    [InlineData(KpiUnit.Kronor, "1 200 kr", 1200)]
    [InlineData(KpiUnit.Kronor, "1\u00a0200 SEK", 1200)]
    [InlineData(KpiUnit.Count, "12 st", 12)]
    [InlineData(KpiUnit.Other, "12 besök", 12)]
    [InlineData(KpiUnit.Days, "\u22123", -3)]
    public void The_kpis_own_unit_may_follow_the_value(KpiUnit unit, string typed, int expected)
    {
        var (value, error) = MeasurementRules.ParseValue(Kpi(unit, label: "besök"), typed);
        Assert.Null(error);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Another_unit_is_refused_naming_both()
    {
        var (_, error) = MeasurementRules.ParseValue(Kpi(KpiUnit.Kronor), "85 %");
        Assert.Equal("Värdet \"85 %\" är angivet i procent (%), men Testtal mäts i kronor (kr).", error!.Swedish);
    }

    [Fact]
    public void Decimals_and_range_follow_the_kpi_and_a_percentage_is_0_to_100_unless_said_otherwise()
    {
        Assert.Null(MeasurementRules.ParseValue(Kpi(KpiUnit.Percent, 1), "99,5").Error);
        Assert.Contains("högst 1 decimaler", MeasurementRules.ParseValue(Kpi(KpiUnit.Percent, 1), "99,55").Error!.Swedish);
        Assert.Contains("kan inte vara högre än 100 %", MeasurementRules.ParseValue(Kpi(KpiUnit.Percent), "101").Error!.Swedish);
        Assert.Null(MeasurementRules.ParseValue(Kpi(KpiUnit.Percent, max: 150), "120").Error);
        Assert.Contains("lägre än 10", MeasurementRules.ParseValue(Kpi(KpiUnit.Hours, min: 10), "9").Error!.Swedish);
        Assert.Null(MeasurementRules.ParseValue(Kpi(KpiUnit.Kronor), "-5").Error);
    }

    [Theory]
    [InlineData("2022-T1", true)]   // overlaps the start (15 March)
    [InlineData("T2 2023", true)]   // overlaps the end (30 June)
    [InlineData("tertial 3 2023", false)]
    [InlineData("2021-T3", false)]
    [InlineData("2022-05-17", true)]
    public void A_period_must_overlap_the_kpis_life(string typed, bool ok)
    {
        var (_, error) = MeasurementRules.ParsePeriod(Kpi(KpiUnit.Count), typed);
        Assert.Equal(ok, error is null);
    }

    [Fact]
    public void Every_message_has_its_english()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Kommunpilot", "Features", "FollowUp", "Measurements");
        var english = XDocument.Load(Path.Combine(folder, "MeasurementTexts.en.resx")).Root!.Elements("data")
            .Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var missing = MeasurementMessages.All.Concat(GridMessages.All).Where(m => !english.Contains(m)).ToList();
        Assert.True(missing.Count == 0, "Without English: " + string.Join("\n", missing));
    }
}
