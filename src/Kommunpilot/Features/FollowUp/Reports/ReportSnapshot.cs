using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Kommunpilot.Features.FollowUp.Reports;

/// <summary>
/// An adopted report as stored in <see cref="ProjectReport.Snapshot"/>: the JSON of its
/// <see cref="ReportContent"/> (camelCase, enums by name, å/ä/ö as they are). The API's <c>content</c> is the same JSON.
/// </summary>
public static class ReportSnapshot
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ReportContent content) => JsonSerializer.Serialize(content, Options);

    public static ReportContent? Read(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ReportContent>(json, Options);

    public static JsonElement ToJson(ReportContent content) => JsonSerializer.SerializeToElement(content, Options);
}
