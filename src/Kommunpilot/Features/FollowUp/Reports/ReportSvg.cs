using System.Text.RegularExpressions;
using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// A trend chart as inline SVG for a page: without its XML declaration, scaled to the page's width,
/// with <c>role="img"</c> and a text alternative, and its ids (clip paths) renamed <c>{prefix}-1</c>,
/// <c>{prefix}-2</c>…: unique on the page, so that charts do not borrow each other's clip paths, and the
/// same every time (the drawing library numbers them from a process-wide counter).
/// </summary>
public static partial class ReportSvg
{
    public static string Inline(TrendChart chart, string prefix, string label)
    {
        var svg = KpiChart.Svg(chart);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in IdPattern().Matches(svg))
        {
            ids.TryAdd(m.Groups[1].Value, $"{prefix}-{ids.Count + 1}");
        }
        svg = ReferencePattern().Replace(svg, m => ids.TryGetValue(m.Groups[2].Value, out var id) ? m.Groups[1].Value + id : m.Value);
        // Without a viewBox a narrower column would crop the drawing instead of scaling it.
        var tag = svg[..svg.IndexOf('>', StringComparison.Ordinal)];
        var viewBox = tag.Contains("viewBox", StringComparison.Ordinal) ? "" : $" viewBox=\"0 0 {KpiChart.DefaultWidth} {KpiChart.DefaultHeight}\"";
        return $"<svg role=\"img\" aria-label=\"{Attribute(label)}\" class=\"img-fluid d-block\" focusable=\"false\"{viewBox}" + svg[4..];
    }

    private static string Attribute(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdPattern();

    /// <summary>An id and every reference to it: <c>id="x"</c>, <c>url(#x)</c>, <c>href="#x"</c>.</summary>
    [GeneratedRegex("""(\bid="|url\(#|href="#)([^"\)]+)""")]
    private static partial Regex ReferencePattern();
}
