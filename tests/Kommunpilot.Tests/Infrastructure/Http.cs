using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Kommunpilot.Tests.Infrastructure;

/// <summary>Sends forms the way a browser does: GET the page, take its antiforgery token, POST.</summary>
public static partial class Http
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    public static string AntiforgeryToken(string html)
    {
        var match = TokenRegex().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token in the page.");
    }

    /// <summary>GETs <paramref name="formPage"/> for its token and posts the fields to <paramref name="action"/> (the same page by default).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetAsync(formPage);
        var html = await page.Content.ReadAsStringAsync();
        if (!page.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {formPage} gave {(int)page.StatusCode}");
        }
        fields["__RequestVerificationToken"] = AntiforgeryToken(html);
        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> HtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A bearer token from POST /api/auth/login.</summary>
    public static async Task<string> BearerTokenAsync(this HttpClient client, string email, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    private sealed record TokenBody(string AccessToken);
}
