using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Tests.FollowUp.Charts;

public sealed class KpiChartTests
{
    private static readonly TrendChart Chart = new("Nöjdhet", "%", ["tertial 1 2022", "tertial 2 2022"],
        [new ChartSeries("Äldreboendet Öster", [70m, 72m]), new ChartSeries("Förskolan Åkern", [null, 81m])], 85, "Mål", 70, "Utgångsvärde");

    [Fact]
    public void The_svg_has_every_series_name_with_its_swedish_letters() =>
        // The legend's labels are text in the SVG: the first one included (ScottPlot once lost its å, ä and ö).
        Assert.All(new[] { "Äldreboendet Öster", "Förskolan Åkern", "Mål", "Utgångsvärde", "tertial 1 2022" },
            name => Assert.Contains(name, KpiChart.Svg(Chart), StringComparison.Ordinal));

    [Fact]
    public void The_png_is_a_png() =>
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], KpiChart.Png(Chart)[..4]);
}
