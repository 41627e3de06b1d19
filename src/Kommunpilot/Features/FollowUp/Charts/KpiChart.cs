using System.Globalization;
using ScottPlot;

namespace Kommunpilot.Features.FollowUp.Charts;

/// <summary>One line of a trend chart: a pilot site, the whole project, or a Kolada comparison.</summary>
/// <param name="Values">One value per period of <see cref="TrendChart.Periods"/>, null where nothing was measured.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// What a trend chart shows: periods along the bottom, one line per series, and the target (and
/// baseline) as dashed lines. Pages draw it as SVG, the Word export as PNG; both come from
/// <see cref="KpiChart"/>, so they show the same figures. Pages put the same figures in a table beside it.
/// </summary>
public sealed record TrendChart(
    string Title,
    string UnitLabel,
    IReadOnlyList<string> Periods,
    IReadOnlyList<ChartSeries> Series,
    decimal? Target = null,
    string? TargetLabel = null,
    decimal? Baseline = null,
    string? BaselineLabel = null);

/// <summary>Draws a <see cref="TrendChart"/> with ScottPlot: lines with distinct markers (not only colour), a legend, and the target as a dashed line.</summary>
public static class KpiChart
{
    public const int DefaultWidth = 720;
    public const int DefaultHeight = 360;

    private static readonly MarkerShape[] Markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond,
    ];

    /// <summary>The chart as an SVG document (for pages; put it in an &lt;img&gt; or inline with a text alternative).</summary>
    public static string Svg(TrendChart chart, int width = DefaultWidth, int height = DefaultHeight)
    {
        using var plot = Build(chart);
        return plot.GetSvgXml(width, height);
    }

    /// <summary>The chart as a PNG image (for Word documents).</summary>
    public static byte[] Png(TrendChart chart, int width = DefaultWidth, int height = DefaultHeight)
    {
        using var plot = Build(chart);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static Plot Build(TrendChart chart)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Title(chart.Title, size: 14);
        plot.YLabel(chart.UnitLabel, size: 12);
        var palette = new ScottPlot.Palettes.Category10();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < series.Values.Count && i < chart.Periods.Count; i++)
            {
                if (series.Values[i] is { } v)
                {
                    xs.Add(i);
                    ys.Add((double)v);
                }
            }
            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), palette.GetColor(s));
            line.LegendText = series.Name;
            line.MarkerShape = Markers[s % Markers.Length];
            line.MarkerSize = 8;
            line.LineWidth = 2;
        }
        if (chart.Target is { } target)
        {
            var t = plot.Add.HorizontalLine((double)target, 2, Colors.DarkGreen, LinePattern.Dashed);
            t.LegendText = chart.TargetLabel ?? "Mål";
        }
        if (chart.Baseline is { } baseline)
        {
            var b = plot.Add.HorizontalLine((double)baseline, 1.5f, Colors.Gray, LinePattern.Dotted);
            b.LegendText = chart.BaselineLabel ?? "Utgångsvärde";
        }
        var ticks = chart.Periods.Select((p, i) => new Tick(i, p)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Bottom.TickLabelStyle.Rotation = chart.Periods.Count > 6 ? -35 : 0;
        plot.Axes.Bottom.TickLabelStyle.Alignment = chart.Periods.Count > 6 ? Alignment.MiddleRight : Alignment.UpperCenter;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Axes.SetLimitsX(-0.5, Math.Max(chart.Periods.Count - 0.5, 0.5));
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 11;
        // ScottPlot 5.1.59 draws the legend's first label without å, ä and ö ("Öster" comes out "Oster"),
        // whatever the font; every later label is right. So the legend's items are listed by hand,
        // after an empty first one.
        var items = plot.GetPlottables().SelectMany(p => p.LegendItems).ToList();
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "" });
        plot.Legend.ManualItems.AddRange(items);
        return plot;
    }

    /// <summary>A number as the charts' tables write it: Swedish decimal comma, the KPI's decimals.</summary>
    public static string Format(decimal? value, int decimals, CultureInfo? culture = null) =>
        value is { } v ? v.ToString("N" + Math.Clamp(decimals, 0, 4), culture ?? CultureInfo.CurrentCulture) : "–";
}
