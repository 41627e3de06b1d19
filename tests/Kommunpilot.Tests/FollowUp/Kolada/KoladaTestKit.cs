using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Kolada;

/// <summary>A fresh organisation whose user (of the given role) is signed in, and its Kolada page.</summary>
public sealed record KoladaContext(AppFactory App, TestTenant Tenant, HttpClient Client)
{
    public string Url => $"/organisation/{Tenant.OrganizationId}/kolada";

    public string ApiUrl => $"/api/organizations/{Tenant.OrganizationId}/kolada";
}

/// <summary>Kolada files shaped as Kolada's API answers them, and the steps of the import page.</summary>
public static partial class KoladaTestKit
{
    /// <summary>One element of an answer's values: a KPI's figures for a place and year (total, women, men).</summary>
    public static string Element(string kpi, string municipality, int period, decimal? total, decimal? women = null, decimal? men = null, string status = "")
    {
        static string Number(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "null";
        var genders = new List<string> { $$"""{"count":1,"gender":"T","status":"{{status}}","value":{{Number(total)}}}""" };
        if (women is not null || men is not null)
        {
            genders.Add($$"""{"count":1,"gender":"K","status":"","value":{{Number(women)}}}""");
            genders.Add($$"""{"count":1,"gender":"M","status":"","value":{{Number(men)}}}""");
        }
        return $$"""{"kpi":"{{kpi}}","municipality":"{{municipality}}","period":{{period}},"values":[{{string.Join(",", genders)}}]}""";
    }

    /// <summary>A whole answer, as <c>/v2/data/kpi/…/municipality/…/year/…</c> gives it.</summary>
    public static string Answer(params string[] elements) =>
        $$"""{"count":{{elements.Length}},"values":[{{string.Join(",", elements)}}]}""";

    /// <summary>N00945 for Lund and Riket, 2021–2022, divided by gender: 8 figures (the real API's shape).</summary>
    public static string LundAndRiket(decimal lund2022 = 12.3m) => Answer(
        Element("N00945", "1281", 2021, 11.8m, 12.0m, 11.6m),
        Element("N00945", "1281", 2022, lund2022),
        Element("N00945", "0000", 2021, 10.1m),
        Element("N00945", "0000", 2022, 10.4m, 10.9m, 9.9m));

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    public static async Task<KoladaContext> NewKoladaAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        return new KoladaContext(app, tenant, await app.SignedInAsync(tenant));
    }

    /// <summary>Posts the file from the upload form, as a browser does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this KoladaContext ctx, byte[] file, string name = "kolada.json")
    {
        var token = Http.AntiforgeryToken(await ctx.Client.HtmlAsync(ctx.Url));
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(part, "file", name);
        return await ctx.Client.PostAsync(ctx.Url + "?handler=Upload", content);
    }

    [GeneratedRegex("name=\"fil\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadField();

    /// <summary>Uploads, opens the preview and presses "Importera"; gives the preview's and the result's text.</summary>
    public static async Task<(string Preview, string Result)> ImportAsync(this KoladaContext ctx, byte[] file, string name = "kolada.json")
    {
        var upload = await ctx.UploadAsync(file, name);
        var body = await upload.Content.ReadAsStringAsync();
        Assert.True(upload.StatusCode == HttpStatusCode.Redirect, $"Expected the preview, got {(int)upload.StatusCode}: {Projects.Parts.PartsTestKit.MainOf(WebUtility.HtmlDecode(body))}");
        var previewHtml = await ctx.Client.HtmlAsync(upload.Headers.Location!.OriginalString);
        var id = UploadField().Match(previewHtml).Groups[1].Value;
        var imported = await ctx.Client.PostAsync(ctx.Url + "?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Http.AntiforgeryToken(previewHtml),
            ["fil"] = id,
        }));
        imported.AssertRedirectTo(ctx.Url);
        return (WebUtility.HtmlDecode(previewHtml), WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(ctx.Url)));
    }

    /// <summary>The organisation's stored figures, read as the system.</summary>
    public static Task<List<KoladaValue>> ValuesAsync(this AppFactory app, int organizationId) => app.WithDbAsync(db =>
        db.KoladaValues.IgnoreQueryFilters().AsNoTracking().Where(v => v.OrganizationId == organizationId)
            .OrderBy(v => v.KpiId).ThenBy(v => v.MunicipalityId).ThenBy(v => v.Period).ThenBy(v => v.Gender).ToListAsync());

    public static Task SetMunicipalityAsync(this AppFactory app, int organizationId, string? id) => app.WithDbAsync(async db =>
    {
        var org = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Id == organizationId);
        org.KoladaMunicipalityId = id;
        return await db.SaveChangesAsync();
    });

    public static async Task AssertRefusedAsync(this HttpResponseMessage response, params string[] messages)
    {
        var html = WebUtility.HtmlDecode(await response.BodyAsync());
        foreach (var message in messages)
        {
            Assert.True(html.Contains(message, StringComparison.Ordinal), $"\"{message}\" not in the page:\n{Projects.Parts.PartsTestKit.MainOf(html)}");
        }
    }
}
