using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.FollowUp.Kolada;

/// <summary>The organisation's Kolada page: importing Kolada's JSON (all or nothing, re-import replaces), refusing other files, and who may do it.</summary>
public abstract class KoladaImportTests(AppFactory app)
{
    [Fact]
    public async Task A_file_shaped_as_koladas_answer_is_previewed_then_imported_with_every_gender()
    {
        var ctx = await app.NewKoladaAsync();
        var (preview, result) = await ctx.ImportAsync(KoladaTestKit.Bytes(KoladaTestKit.LundAndRiket()), "N00945-lund.json");

        Assert.Contains("Förhandsgranskning av N00945-lund.json", preview, StringComparison.Ordinal);
        Assert.Contains("Filen innehåller 8 värden, varav 0 saknar värde i Kolada (sparas som \"saknas\"). 8 är nya och 0 ersätter värden som redan är importerade.", preview, StringComparison.Ordinal);
        Assert.Contains("<td>0000 Riket, 1281 Lund</td>", preview, StringComparison.Ordinal);
        Assert.Contains("<td>2021–2022</td>", preview, StringComparison.Ordinal);

        Assert.Contains("Importen är klar: 8 värden för N00945 (8 nya, 0 ersatte tidigare importerade).", result, StringComparison.Ordinal);
        Assert.Contains("N00945-lund.json", result, StringComparison.Ordinal);
        Assert.Contains("Källa: Kolada (RKA)", result, StringComparison.Ordinal);
        var values = await app.ValuesAsync(ctx.Tenant.OrganizationId);
        Assert.Equal(8, values.Count);
        Assert.Equal(["K", "M", "T"], values.Where(v => v.MunicipalityId == "1281" && v.Period == 2021).Select(v => v.Gender));
        var lund = values.Single(v => v is { MunicipalityId: "1281", Period: 2022, Gender: "T" });
        Assert.Equal((12.3m, "N00945-lund.json"), (lund.Value, lund.SourceFile));
        Assert.StartsWith("Testare ", lund.ImportedBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_the_same_figures_again_replaces_them_and_never_doubles()
    {
        var ctx = await app.NewKoladaAsync();
        await ctx.ImportAsync(KoladaTestKit.Bytes(KoladaTestKit.LundAndRiket(12.3m)));
        var (preview, result) = await ctx.ImportAsync(KoladaTestKit.Bytes(KoladaTestKit.LundAndRiket(13.1m)), "ny.json");

        Assert.Contains("0 är nya och 8 ersätter värden som redan är importerade", preview, StringComparison.Ordinal);
        Assert.Contains("(0 nya, 8 ersatte tidigare importerade)", result, StringComparison.Ordinal);
        var values = await app.ValuesAsync(ctx.Tenant.OrganizationId);
        Assert.Equal(8, values.Count);
        Assert.Equal(13.1m, values.Single(v => v is { MunicipalityId: "1281", Period: 2022, Gender: "T" }).Value);
        Assert.All(values, v => Assert.Equal("ny.json", v.SourceFile));
    }

    [Fact]
    public async Task A_file_that_is_not_json_is_refused_at_the_upload_and_nothing_is_saved()
    {
        var ctx = await app.NewKoladaAsync();
        await (await ctx.UploadAsync(KoladaTestKit.Bytes("kpi;kommun;år\nN00945;1281;2022\n"), "kolada.csv"))
            .AssertRefusedAsync("Filen är inte JSON: den kunde inte läsas på rad 1, tecken 1.", "Fil från Kolada (JSON)");
        await (await ctx.UploadAsync(KoladaTestKit.Bytes("{\"values\": [ {\"kpi\": \"N00945\",\n \"municipality\": \"1281\" "))).AssertRefusedAsync("Filen är inte JSON: den kunde inte läsas på rad 2");
        await (await ctx.UploadAsync([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "bild.json")).AssertRefusedAsync("Filen är inte JSON: den är inte text (UTF-8).");
        await (await ctx.UploadAsync([])).AssertRefusedAsync("Filen är tom.");
        Assert.Empty(await app.ValuesAsync(ctx.Tenant.OrganizationId));
    }

    [Theory]
    [InlineData("""{"data":[{"kpi":"N00945"}]}""", "Filen är inte Koladas format: fältet \"values\" saknas.")]
    [InlineData("""[1, 2]""", "Filen är inte Koladas format: den ska vara ett svar från Koladas API (ett objekt med fältet \"values\") eller en lista med sådana svar.")]
    [InlineData("""{"values":[{"id":"N00945","title":"Invånare totalt"}]}""", "Filen innehåller Koladas metadata (values[0] har fälten \"id\" och \"title\"), inte värden.")]
    [InlineData("""{"values":[{"kpi":"N00945","ou":"V15E144001301","period":2022,"values":[]}]}""", "Filen innehåller värden per organisatorisk enhet (values[0] har fältet \"ou\")")]
    [InlineData("""{"values":{"kpi":"N00945"}}""", "Filen är inte Koladas format: values ska vara en lista.")]
    [InlineData("""{"values":[{"kpi":"N00945","municipality":"1281","period":2022,"values":[{"gender":"T","value":1}]},{"municipality":"1281","period":2022,"values":[]}]}""", "Filen är inte Koladas format: values[1] saknar fältet \"kpi\".")]
    [InlineData("""{"values":[{"kpi":"Invånare","municipality":"1281","period":2022,"values":[]}]}""", "Filen är inte Koladas format: values[0].kpi är \"Invånare\", men ett nyckeltals id i Kolada är en bokstav och fem siffror")]
    [InlineData("""{"values":[{"kpi":"N00945","municipality":1281,"period":2022,"values":[]}]}""", "Filen är inte Koladas format: values[0].municipality ska vara en text.")]
    [InlineData("""{"values":[{"kpi":"N00945","municipality":"1281","period":"2022-01","values":[]}]}""", "Filen är inte Koladas format: values[0].period är \"2022-01\", men perioden ska vara ett årtal")]
    [InlineData("""{"values":[{"kpi":"N00945","municipality":"1281","period":2022,"values":[{"gender":"F","value":1.5}]}]}""", "Filen är inte Koladas format: values[0].values[0].gender är \"F\", men Kolada skriver kön som T (totalt), K (kvinnor) eller M (män).")]
    [InlineData("""{"values":[{"kpi":"N00945","municipality":"1281","period":2022,"values":[{"gender":"T","value":"12,3"}]}]}""", "Filen är inte Koladas format: values[0].values[0].value ska vara ett tal (högst 100 000 000 000 000) eller null.")]
    [InlineData("""[{"values":[]},{"count":0}]""", "Filen är inte Koladas format: fältet \"values\" saknas i [1].")]
    [InlineData("""{"values":[],"count":0}""", "Filen innehåller inga värden.")]
    public async Task Json_of_another_shape_is_refused_naming_what_is_wrong(string json, string message)
    {
        var ctx = await app.NewKoladaAsync();
        await (await ctx.UploadAsync(KoladaTestKit.Bytes(json))).AssertRefusedAsync(message);

        var api = await ctx.Client.PostAsync(ctx.ApiUrl + "/import", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(await app.ValuesAsync(ctx.Tenant.OrganizationId));
    }

    [Fact]
    public async Task Unknown_municipalities_are_refused_with_their_ids_while_regions_riket_and_groups_are_known()
    {
        var ctx = await app.NewKoladaAsync();
        var json = KoladaTestKit.Answer(
            KoladaTestKit.Element("N00945", "1281", 2022, 12.3m),
            KoladaTestKit.Element("N00945", "9999", 2022, 1m),
            KoladaTestKit.Element("N00945", "Lund", 2022, 1m),
            KoladaTestKit.Element("N00945", "0012", 2022, 9.9m));
        await (await ctx.UploadAsync(KoladaTestKit.Bytes(json))).AssertRefusedAsync("Filen nämner kommun-id som inte finns: 9999, Lund.");

        var api = await ctx.Client.PostAsync(ctx.ApiUrl + "/import", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await api.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(["9999", "Lund"], problem.GetProperty("unknownMunicipalities").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(await app.ValuesAsync(ctx.Tenant.OrganizationId));

        var known = KoladaTestKit.Answer(
            KoladaTestKit.Element("N00945", "0012", 2022, 9.9m),
            KoladaTestKit.Element("N00945", "0000", 2022, 10m),
            KoladaTestKit.Element("N00945", "G124006", 2022, 11m, status: "Gruppvärde"),
            KoladaTestKit.Element("N00945", "2584", 2022, null, status: "Missing"));
        var (_, result) = await ctx.ImportAsync(KoladaTestKit.Bytes(known));
        Assert.Contains("0000 Riket, 0012 Region Skåne, 2584 Kiruna, G124006 (kommungrupp)", result, StringComparison.Ordinal);
        var kiruna = (await app.ValuesAsync(ctx.Tenant.OrganizationId)).Single(v => v.MunicipalityId == "2584");
        Assert.Equal((null, "Missing"), (kiruna.Value, kiruna.Status));
    }

    [Fact]
    public async Task Files_over_5_mb_are_refused_by_the_page_and_the_api()
    {
        var ctx = await app.NewKoladaAsync();
        var big = new string(' ', (5 * 1024 * 1024) + (300 * 1024));
        var json = KoladaTestKit.LundAndRiket() + big;
        await (await ctx.UploadAsync(KoladaTestKit.Bytes(json))).AssertRefusedAsync("Filen är för stor (5,3 MB). Den får vara högst 5 MB.");

        var api = await ctx.Client.PostAsync(ctx.ApiUrl + "/import", new StringContent(json + big, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Contains("högst 5 MB", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await app.ValuesAsync(ctx.Tenant.OrganizationId));

        // Just under the limit is fine.
        var padded = KoladaTestKit.LundAndRiket() + new string(' ', (5 * 1024 * 1024) - 2000);
        await ctx.ImportAsync(KoladaTestKit.Bytes(padded));
        Assert.Equal(8, (await app.ValuesAsync(ctx.Tenant.OrganizationId)).Count);
    }

    [Fact]
    public async Task The_api_previews_with_dry_run_and_imports_a_json_body_or_a_file_with_a_bearer_token()
    {
        var ctx = await app.NewKoladaAsync();
        var pages = $"[{KoladaTestKit.LundAndRiket()},{KoladaTestKit.Answer(KoladaTestKit.Element("N00002", "1281", 2022, 55.5m))}]";

        var dry = await ctx.Client.PostAsync(ctx.ApiUrl + "/import?dryRun=true", new StringContent(pages, Encoding.UTF8, "application/json"));
        var preview = JsonDocument.Parse(await dry.BodyAsync()).RootElement;
        Assert.Equal((true, 9, 9, 0), (preview.GetProperty("dryRun").GetBoolean(), preview.GetProperty("values").GetInt32(), preview.GetProperty("new").GetInt32(), preview.GetProperty("updated").GetInt32()));
        Assert.Equal(["N00002", "N00945"], preview.GetProperty("kpis").EnumerateArray().Select(k => k.GetProperty("kpi").GetString()));
        Assert.Empty(await app.ValuesAsync(ctx.Tenant.OrganizationId));

        var bearer = app.NewClient();
        bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await bearer.BearerTokenAsync(ctx.Tenant.Email, ctx.Tenant.Password));
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(KoladaTestKit.Bytes(pages)), "file", "sidor.json");
        var imported = JsonDocument.Parse(await (await bearer.PostAsync(ctx.ApiUrl + "/import", form)).BodyAsync()).RootElement;
        Assert.Equal((false, 9), (imported.GetProperty("dryRun").GetBoolean(), imported.GetProperty("new").GetInt32()));

        var again = JsonDocument.Parse(await (await ctx.Client.PostAsync(ctx.ApiUrl + "/import", new StringContent(pages, Encoding.UTF8, "application/json"))).BodyAsync()).RootElement;
        Assert.Equal((0, 9), (again.GetProperty("new").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Equal(9, (await app.ValuesAsync(ctx.Tenant.OrganizationId)).Count);

        var list = JsonDocument.Parse(await (await ctx.Client.GetAsync(ctx.ApiUrl)).BodyAsync()).RootElement;
        var n00945 = list.GetProperty("imported").EnumerateArray().Single(k => k.GetProperty("kpi").GetString() == "N00945");
        Assert.Equal(8, n00945.GetProperty("values").GetInt32());
        Assert.Equal(["Riket", "Lund"], n00945.GetProperty("municipalities").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal([2021, 2022], n00945.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()));
        Assert.Equal("API", n00945.GetProperty("imports")[0].GetProperty("file").GetString());

        // A multipart post with the cookie but no antiforgery token is refused.
        using var noToken = new MultipartFormDataContent();
        noToken.Add(new ByteArrayContent(KoladaTestKit.Bytes(pages)), "file", "sidor.json");
        Assert.Equal(HttpStatusCode.BadRequest, (await ctx.Client.PostAsync(ctx.ApiUrl + "/import", noToken)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await ctx.Client.PostAsync(ctx.ApiUrl + "/import", new StringContent(pages, Encoding.UTF8, "text/plain"))).StatusCode);
    }

    [Fact]
    public async Task The_municipality_is_chosen_from_real_codes_and_a_concurrent_change_is_shown_not_overwritten()
    {
        var ctx = await app.NewKoladaAsync();
        var page = await ctx.Client.HtmlAsync(ctx.Url);
        var fields = ProjectTestData.FormFields(page, "Municipality");
        Assert.Contains("<option value=\"1281\">Lund (1281)</option>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"0012\">Region Skåne (0012)</option>", page, StringComparison.Ordinal);

        fields["Input.MunicipalityId"] = "9999";
        await (await ctx.Client.PostFormAsync(ctx.Url, new(fields), ctx.Url + "?handler=Municipality"))
            .AssertRefusedAsync("\"9999\" är inte en kommun eller region i Kolada.");
        fields["Input.MunicipalityId"] = "0000";
        await (await ctx.Client.PostFormAsync(ctx.Url, new(fields), ctx.Url + "?handler=Municipality"))
            .AssertRefusedAsync("\"0000\" är inte en kommun eller region i Kolada.");
        Assert.Null(await app.WithDbAsync(db => Task.FromResult(db.Organizations.IgnoreQueryFiltersSingle(ctx.Tenant.OrganizationId).KoladaMunicipalityId)));

        fields["Input.MunicipalityId"] = "1281";
        var saved = await ctx.Client.PostFormAsync(ctx.Url, new(fields), ctx.Url + "?handler=Municipality");
        saved.AssertRedirectTo(ctx.Url);
        var after = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(ctx.Url));
        Assert.Contains("Organisationen är nu 1281 Lund i Kolada.", after, StringComparison.Ordinal);
        Assert.Contains("Organisationen jämförs som 1281 Lund.", after, StringComparison.Ordinal);

        // Someone else chooses the region meanwhile; the stale form shows both and changes nothing.
        var stale = ProjectTestData.FormFields(after, "Municipality");
        await app.WithDbAsync(async db =>
        {
            var org = db.Organizations.IgnoreQueryFiltersSingle(ctx.Tenant.OrganizationId);
            org.KoladaMunicipalityId = "0012";
            return await db.SaveChangesAsync();
        });
        stale["Input.MunicipalityId"] = "0180";
        await (await ctx.Client.PostFormAsync(ctx.Url, new(stale), ctx.Url + "?handler=Municipality"))
            .AssertRefusedAsync("Ändrad av någon annan", "Kommun eller region i Kolada", "0180 Stockholm", "0012 Region Skåne");
        Assert.Equal("0012", await app.WithDbAsync(db => Task.FromResult(db.Organizations.IgnoreQueryFiltersSingle(ctx.Tenant.OrganizationId).KoladaMunicipalityId)));
    }

    [Fact]
    public async Task A_kpis_figures_are_deleted_after_confirmation_and_others_stay()
    {
        var ctx = await app.NewKoladaAsync();
        await ctx.ImportAsync(KoladaTestKit.Bytes($"[{KoladaTestKit.LundAndRiket()},{KoladaTestKit.Answer(KoladaTestKit.Element("N00002", "1281", 2022, 55.5m))}]"));
        var confirm = WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(ctx.Url + "?taBort=N00945"));
        Assert.Contains("Vill du ta bort alla 8 värden för N00945?", confirm, StringComparison.Ordinal);

        var deleted = await ctx.Client.PostFormAsync(ctx.Url + "?taBort=N00945", new() { ["kpi"] = "N00945" }, ctx.Url + "?handler=Delete");
        deleted.AssertRedirectTo(ctx.Url);
        Assert.Contains("8 värden för N00945 är borttagna.", WebUtility.HtmlDecode(await ctx.Client.HtmlAsync(ctx.Url)), StringComparison.Ordinal);
        Assert.Equal(["N00002"], (await app.ValuesAsync(ctx.Tenant.OrganizationId)).Select(v => v.KpiId));
    }

    [Fact]
    public async Task A_reader_sees_the_imports_but_cannot_import_choose_or_delete()
    {
        var editor = await app.NewKoladaAsync();
        await editor.ImportAsync(KoladaTestKit.Bytes(KoladaTestKit.LundAndRiket()));
        var reader = await app.NewKoladaAsync(OrganizationRole.Reader);
        await app.AddMembershipAsync(reader.Tenant.UserId, editor.Tenant.OrganizationId, OrganizationRole.Reader);
        var client = await app.SignedInAsync(reader.Tenant);

        var page = WebUtility.HtmlDecode(await client.HtmlAsync(editor.Url));
        Assert.Contains("N00945", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Upload", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Municipality", page, StringComparison.Ordinal);
        Assert.DoesNotContain("taBort=", page, StringComparison.Ordinal);

        var token = Http.AntiforgeryToken(page);
        foreach (var handler in new[] { "Upload", "Import", "Municipality", "Delete" })
        {
            var response = await client.PostAsync($"{editor.Url}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["kpi"] = "N00945",
                ["Input.MunicipalityId"] = "1281",
            }));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        var api = await client.PostAsync(editor.ApiUrl + "/import", new StringContent(KoladaTestKit.LundAndRiket(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(editor.ApiUrl)).StatusCode);
        Assert.Equal(8, (await app.ValuesAsync(editor.Tenant.OrganizationId)).Count);
    }

    [Fact]
    public async Task Another_tenants_organisation_is_not_found()
    {
        var owner = await app.NewKoladaAsync();
        await owner.ImportAsync(KoladaTestKit.Bytes(KoladaTestKit.LundAndRiket()));
        var stranger = await app.NewKoladaAsync(OrganizationRole.Administrator);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(owner.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(owner.ApiUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync(owner.ApiUrl + "/import", new StringContent(KoladaTestKit.LundAndRiket(), Encoding.UTF8, "application/json"))).StatusCode);
        var token = Http.AntiforgeryToken(await stranger.Client.HtmlAsync(stranger.Url));
        var delete = await stranger.Client.PostAsync($"{owner.Url}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["kpi"] = "N00945" }));
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(8, (await app.ValuesAsync(owner.Tenant.OrganizationId)).Count);
        Assert.Contains("Inga värden från Kolada är importerade ännu.", WebUtility.HtmlDecode(await stranger.Client.HtmlAsync(stranger.Url)), StringComparison.Ordinal);
    }
}

internal static class OrganizationQueries
{
    public static Organization IgnoreQueryFiltersSingle(this Microsoft.EntityFrameworkCore.DbSet<Organization> organizations, int id) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(organizations).Single(o => o.Id == id);
}

[Collection(SqliteCollection.Name)]
public sealed class KoladaImportSqliteTests(SqliteApp app) : KoladaImportTests(app);

[Collection(PostgresCollection.Name)]
public sealed class KoladaImportPostgresTests(PostgresApp app) : KoladaImportTests(app);
