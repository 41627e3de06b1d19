using System.Globalization;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>How the Kolada pages write places, years and figures.</summary>
public static class KoladaFormat
{
    /// <summary>"1281 Lund, 0000 Riket"; past <paramref name="shown"/> places, the rest as a count ("… och 280 till" is added by the page).</summary>
    public static (string Text, int More) Places(IReadOnlyList<string> ids, int shown = 8) =>
        (string.Join(", ", ids.Take(shown).Select(KoladaPlaces.Describe)), Math.Max(0, ids.Count - shown));

    /// <summary>Years as ranges: "2019–2022", "2015, 2018–2020".</summary>
    public static string Years(IReadOnlyList<int> years)
    {
        var parts = new List<string>();
        var sorted = years.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }
            parts.Add(j == i
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}–{sorted[j]}"));
            i = j + 1;
        }
        return string.Join(", ", parts);
    }

    /// <summary>A stored time in UTC as the Swedish date ("2026-03-01").</summary>
    public static string Date(DateTime utc) => Projects.ProjectFormat.Time(utc)[..10];

    /// <summary>A figure with the KPI's decimals (at least one for Kolada's, which are published with one).</summary>
    public static string Number(decimal value, int decimals) => Charts.KpiChart.Format(value, decimals);
}
