using System.Globalization;

namespace Kommunpilot.Features.Projects;

/// <summary>
/// A page of a long list: which page was asked for (bad values fall back to the first page), how many
/// there are, and the links to show. <paramref name="Url"/> gives the address of a page number.
/// </summary>
public sealed record Paging(int Page, int PageCount, int Total, Func<int, string> Url)
{
    public const int Size = 25;

    public int Skip => (Page - 1) * Size;

    /// <summary>Reads a page number from the query string; anything but a positive number is page 1.</summary>
    public static int Requested(string? raw, out bool valid)
    {
        if (string.IsNullOrEmpty(raw))
        {
            valid = true;
            return 1;
        }
        valid = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1;
        return valid ? n : 1;
    }

    /// <summary>A page past the last shows the last.</summary>
    public static Paging For(int requested, int total, Func<int, string> url)
    {
        var count = Math.Max(1, (total + Size - 1) / Size);
        return new Paging(Math.Clamp(requested, 1, count), count, total, url);
    }

    /// <summary>The page numbers to link: the first, the last and two either side of the current; null marks a gap.</summary>
    public IEnumerable<int?> Links()
    {
        int? previous = null;
        for (var n = 1; n <= PageCount; n++)
        {
            if (n == 1 || n == PageCount || Math.Abs(n - Page) <= 2)
            {
                if (previous is { } p && n - p > 1)
                {
                    yield return null;
                }
                yield return n;
                previous = n;
            }
        }
    }
}
