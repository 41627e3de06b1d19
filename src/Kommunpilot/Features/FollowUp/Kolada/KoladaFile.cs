using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kommunpilot.Features.FollowUp.Kolada;

/// <summary>One figure of a Kolada file: a KPI's value for a municipality (or region, Riket, group), a year and a gender.</summary>
public sealed record KoladaFigure(string KpiId, string MunicipalityId, int Period, string Gender, decimal? Value, string? Status);

/// <summary>
/// Reads Kolada's published JSON: the answer of <c>/v2/data/kpi/{kpi}/municipality/{id}/year/{years}</c>
/// (also <c>/v3/data/…</c>, which has the same shape), or a list of such answers (one per page):
/// <code>
/// {"values":[{"kpi":"N00945","municipality":"1281","period":2022,
///             "values":[{"count":1,"gender":"T","status":"","value":12.3}, …]}, …],
///  "count":1, "next_page":"…"}
/// </code>
/// Each inner <c>values</c> holds at most three figures, one per gender: T (totalt), K (kvinnor), M (män).
/// A value may be null (Kolada has no figure; <c>status</c> may say why). <c>count</c> is the number of
/// members behind a group's value. Fields Kolada may add (<c>count</c>, <c>next_page</c>, <c>next_url</c>…)
/// are ignored; anything else about the shape is refused with a message naming the element
/// (<c>values[3].period</c>) and what is wrong. Nothing is half-read: a file is read whole or refused.
/// </summary>
/// <remarks>
/// Sources: Kolada's API description (github.com/Hypergene/kolada, README.rst, "Query data" and its
/// object structure; it writes "period" as a string and gender as "T|K|F", while the API answers with a
/// number and T/K/M, so both a number and a string of digits are read as the year, and M is män) and
/// Kolada's own page kolada.se/om-oss/api (v3 from 2025-04-04; the data answers keep the same fields).
/// </remarks>
public static partial class KoladaFile
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const int MaxStatusLength = 60;
    private const decimal MaxValue = 100_000_000_000_000m;

    /// <summary>The figures of a file (the last one wins where a file repeats one), or why it cannot be read.</summary>
    public static (IReadOnlyList<KoladaFigure>? Figures, KoladaMessage? Problem) Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return (null, new(KoladaMessages.EmptyFile));
        }
        if (bytes.Length > MaxFileBytes)
        {
            return (null, KoladaMessages.TooBigFor(bytes.Length));
        }
        if (!IsUtf8(bytes))
        {
            return (null, new(KoladaMessages.NotText));
        }
        var json = bytes.AsMemory();
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return (null, new(KoladaMessages.NotJson, (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1));
        }
        using (document)
        {
            var figures = new Dictionary<(string, string, int, string), KoladaFigure>();
            var root = document.RootElement;
            KoladaMessage? problem;
            if (root.ValueKind == JsonValueKind.Object)
            {
                problem = ReadAnswer(root, "", figures);
            }
            else if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0)
            {
                problem = null;
                var page = 0;
                foreach (var answer in root.EnumerateArray())
                {
                    problem = answer.ValueKind == JsonValueKind.Object
                        ? ReadAnswer(answer, $"[{page}].", figures)
                        : new(KoladaMessages.NotAnswer);
                    if (problem is not null)
                    {
                        break;
                    }
                    page++;
                }
            }
            else
            {
                problem = new(KoladaMessages.NotAnswer);
            }
            if (problem is not null)
            {
                return (null, problem);
            }
            if (figures.Count == 0)
            {
                return (null, new(KoladaMessages.NoValues));
            }
            return ([.. figures.Values], null);
        }
    }

    /// <summary>The ids a file names that are not a municipality, region, Riket or group, sorted.</summary>
    public static IReadOnlyList<string> UnknownMunicipalities(IEnumerable<KoladaFigure> figures) =>
        [.. figures.Select(f => f.MunicipalityId).Distinct(StringComparer.Ordinal).Where(id => !KoladaPlaces.IsKnown(id)).Order(StringComparer.Ordinal)];

    /// <summary>The problem of the unknown ids, or null when all are known.</summary>
    public static KoladaMessage? UnknownProblem(IReadOnlyList<string> unknown) =>
        unknown.Count == 0 ? null : new(KoladaMessages.UnknownMunicipalities, string.Join(", ", unknown.Take(50)) + (unknown.Count > 50 ? " …" : ""));

    private static KoladaMessage? ReadAnswer(JsonElement answer, string at, Dictionary<(string, string, int, string), KoladaFigure> figures)
    {
        if (!answer.TryGetProperty("values", out var values))
        {
            return at.Length == 0 ? new(KoladaMessages.MissingValues) : new(KoladaMessages.MissingValuesIn, at.TrimEnd('.'));
        }
        if (values.ValueKind != JsonValueKind.Array)
        {
            return new(KoladaMessages.NotList, at + "values");
        }
        var i = 0;
        foreach (var element in values.EnumerateArray())
        {
            if (ReadElement(element, $"{at}values[{i}]", figures) is { } problem)
            {
                return problem;
            }
            i++;
        }
        return null;
    }

    private static KoladaMessage? ReadElement(JsonElement element, string at, Dictionary<(string, string, int, string), KoladaFigure> figures)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new(KoladaMessages.NotElement, at);
        }
        if (element.TryGetProperty("ou", out _) && !element.TryGetProperty("municipality", out _))
        {
            return new(KoladaMessages.OuData, at);
        }
        if (element.TryGetProperty("id", out _) && element.TryGetProperty("title", out _) && !element.TryGetProperty("kpi", out _))
        {
            return new(KoladaMessages.Metadata, at);
        }
        if (Text(element, at, "kpi", out var kpi) is { } kpiProblem)
        {
            return kpiProblem;
        }
        if (!KpiId().IsMatch(kpi))
        {
            return new(KoladaMessages.BadKpi, at + ".kpi", Shorten(kpi));
        }
        if (Text(element, at, "municipality", out var municipality) is { } municipalityProblem)
        {
            return municipalityProblem;
        }
        if (municipality.Length > 20)
        {
            return new(KoladaMessages.WrongType, at + ".municipality", KoladaMessages.AShortText);
        }
        if (Period(element, at, out var period) is { } periodProblem)
        {
            return periodProblem;
        }
        if (!element.TryGetProperty("values", out var inner))
        {
            return new(KoladaMessages.MissingField, at, "values");
        }
        if (inner.ValueKind != JsonValueKind.Array)
        {
            return new(KoladaMessages.NotList, at + ".values");
        }
        var i = 0;
        foreach (var figure in inner.EnumerateArray())
        {
            var here = $"{at}.values[{i}]";
            if (figure.ValueKind != JsonValueKind.Object)
            {
                return new(KoladaMessages.NotFigure, here);
            }
            if (Text(figure, here, "gender", out var gender) is { } genderProblem)
            {
                return genderProblem;
            }
            if (gender is not ("T" or "K" or "M"))
            {
                return new(KoladaMessages.BadGender, here + ".gender", Shorten(gender));
            }
            if (!figure.TryGetProperty("value", out var valueElement))
            {
                return new(KoladaMessages.MissingField, here, "value");
            }
            decimal? value = null;
            if (valueElement.ValueKind == JsonValueKind.Number && valueElement.TryGetDecimal(out var number) && Math.Abs(number) < MaxValue)
            {
                value = Math.Round(number, 4, MidpointRounding.AwayFromZero);
            }
            else if (valueElement.ValueKind != JsonValueKind.Null)
            {
                return new(KoladaMessages.WrongType, here + ".value", KoladaMessages.ANumber);
            }
            string? status = null;
            if (figure.TryGetProperty("status", out var statusElement) && statusElement.ValueKind != JsonValueKind.Null)
            {
                if (statusElement.ValueKind != JsonValueKind.String || statusElement.GetString()!.Length > MaxStatusLength)
                {
                    return new(KoladaMessages.WrongType, here + ".status", KoladaMessages.AShortText);
                }
                status = statusElement.GetString()!.Trim() is { Length: > 0 } s ? s : null;
            }
            if (figure.TryGetProperty("count", out var count) && count.ValueKind is not (JsonValueKind.Number or JsonValueKind.Null))
            {
                return new(KoladaMessages.WrongType, here + ".count", KoladaMessages.AWholeNumber);
            }
            figures[(kpi, municipality, period, gender)] = new KoladaFigure(kpi, municipality, period, gender, value, status);
            i++;
        }
        return null;
    }

    private static KoladaMessage? Text(JsonElement element, string at, string field, out string text)
    {
        text = "";
        if (!element.TryGetProperty(field, out var value))
        {
            return new(KoladaMessages.MissingField, at, field);
        }
        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Trim() is not { Length: > 0 } trimmed)
        {
            return new(KoladaMessages.WrongType, $"{at}.{field}", KoladaMessages.AText);
        }
        text = trimmed;
        return null;
    }

    private static KoladaMessage? Period(JsonElement element, string at, out int period)
    {
        period = 0;
        if (!element.TryGetProperty("period", out var value))
        {
            return new(KoladaMessages.MissingField, at, "period");
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.Number or JsonValueKind.String => value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.GetRawText(),
            _ => null,
        };
        if (text is null || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out period) || period is < 1900 or > 2200)
        {
            return new(KoladaMessages.BadPeriod, at + ".period", Shorten(text ?? value.GetRawText()));
        }
        return null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(bytes);
            return !bytes.AsSpan().Contains((byte)0);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Z][0-9]{5}$")]
    private static partial Regex KpiId();
}
