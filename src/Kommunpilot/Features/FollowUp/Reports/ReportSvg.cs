using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.FollowUp.Charts;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// A trend chart as inline SVG for a page: without its XML declaration, scaled to the page's width,
/// with <c>role="img"</c> and a text alternative, and its ids (clip paths) made unique on the page, so
/// that several charts on one page do not borrow each other's.
/// </summary>
public static partial class ReportSvg
{
    public static string Inline(TrendChart chart, string prefix, string label)
    {
        var svg = KpiChart.Svg(chart);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        svg = IdPattern().Replace(svg, m => $"{m.Groups[1].Value}{prefix}-{m.Groups[2].Value}");
        var attributes = $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" class=\"img-fluid d-block\" focusable=\"false\"";
        return attributes + svg[4..];
    }

    /// <summary>An id and every reference to it: <c>id="x"</c>, <c>url(#x)</c>, <c>href="#x"</c>.</summary>
    [GeneratedRegex("""(\bid="|url\(#|href="#)([^"\)]+)""")]
    private static partial Regex IdPattern();
}
