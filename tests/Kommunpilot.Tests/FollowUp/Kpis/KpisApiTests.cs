using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Kpis;

/// <summary><c>/api/projects/{id}/kpis</c> and <c>/api/kpis/{id}</c>: the shape with measurements, every rule, conflicts and access.</summary>
public abstract class KpisApiTests(AppFactory app)
{
    private sealed record Api(TestTenant Tenant, HttpClient Client, SampleFollowUpIds Ids)
    {
        public string Kpis => $"/api/projects/{Ids.ProjectId}/kpis";
    }

    private async Task<Api> NewAsync(OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        return new Api(tenant, await app.BearerClientAsync(tenant), ids);
    }

    private static Dictionary<string, object?> Valid(string name) => new()
    {
        ["name"] = name,
        ["definition"] = "Antal besök per månad.",
        ["area"] = "Efficiency",
        ["kind"] = "Leading",
        ["unit"] = "Count",
        ["decimals"] = 0,
        ["minValue"] = 0,
        ["direction"] = "HigherIsBetter",
        ["baselineValue"] = 100,
        ["baselineDate"] = "2022-01-01",
        ["targetValue"] = 150,
        ["targetDate"] = "2023-06-30",
        ["frequency"] = "Monthly",
        ["scope"] = "AllPilotSites",
        ["koladaKpiId"] = "U00405",
        ["koladaComparisonId"] = "G12345",
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    [Fact]
    public async Task The_list_has_every_field_with_names_status_and_the_measurements()
    {
        var api = await NewAsync();
        var list = await JsonAsync(await api.Client.GetAsync(api.Kpis), HttpStatusCode.OK);
        Assert.Equal(3, list.GetArrayLength());
        var satisfaction = list.EnumerateArray().Single(k => k.GetProperty("id").GetInt32() == api.Ids.SatisfactionKpi);
        Assert.Equal("CustomerSatisfactionAndQuality", satisfaction.GetProperty("area").GetString());
        Assert.Equal("Kundnöjdhet och kvalitet", satisfaction.GetProperty("areaName").GetString());
        Assert.Equal(("Lagging", "Percent", "%", "HigherIsBetter", "Tertial", "AllPilotSites"),
            (satisfaction.GetProperty("kind").GetString(), satisfaction.GetProperty("unit").GetString(), satisfaction.GetProperty("unitSymbol").GetString(),
             satisfaction.GetProperty("direction").GetString(), satisfaction.GetProperty("frequency").GetString(), satisfaction.GetProperty("scope").GetString()));
        Assert.Equal((70m, "2022-01-01", 85m, "2023-12-31"), (satisfaction.GetProperty("baselineValue").GetDecimal(), satisfaction.GetProperty("baselineDate").GetString(),
            satisfaction.GetProperty("targetValue").GetDecimal(), satisfaction.GetProperty("targetDate").GetString()));
        Assert.Equal("Enkät till pilotverksamheterna", satisfaction.GetProperty("source").GetString());
        Assert.Equal("OffTrack", satisfaction.GetProperty("status").GetString());
        Assert.Equal(KpiStatus.RuleText, satisfaction.GetProperty("statusRule").GetString());
        var standings = satisfaction.GetProperty("standings").EnumerateArray().ToList();
        Assert.Equal(["OnTrack", "OffTrack"], standings.OrderBy(s => s.GetProperty("name").GetString() == api.Ids.SiteAName ? 0 : 1).Select(s => s.GetProperty("status").GetString()));
        var measurements = satisfaction.GetProperty("measurements").EnumerateArray().ToList();
        Assert.Equal(6, measurements.Count);
        var first = measurements[0];
        Assert.Equal(("2022-T1", "2022-01-01", "2022-04-30", "Testdata"), (first.GetProperty("periodKey").GetString(), first.GetProperty("periodStart").GetString(),
            first.GetProperty("periodEnd").GetString(), first.GetProperty("enteredBy").GetString()));
        Assert.Contains(first.GetProperty("pilotSiteName").GetString(), new[] { api.Ids.SiteAName, api.Ids.SiteBName });
        Assert.True(first.TryGetProperty("version", out _) && first.TryGetProperty("enteredAt", out _) && first.TryGetProperty("comment", out _) && first.TryGetProperty("value", out _));
        Assert.Contains(measurements, m => m.GetProperty("pilotSiteId").GetInt32() == api.Ids.SiteA && m.GetProperty("periodKey").GetString() == "2022-T3" && m.GetProperty("value").GetDecimal() == 79m);

        var cost = list.EnumerateArray().Single(k => k.GetProperty("id").GetInt32() == api.Ids.CostKpi);
        Assert.Equal(("AtRisk", "Project", JsonValueKind.Null), (cost.GetProperty("status").GetString(), cost.GetProperty("scope").GetString(), cost.GetProperty("pilotSiteId").ValueKind));
        Assert.Equal("2022", Assert.Single(cost.GetProperty("measurements").EnumerateArray()).GetProperty("periodKey").GetString());
        var oneSite = list.EnumerateArray().Single(k => k.GetProperty("id").GetInt32() == api.Ids.OneSiteKpi);
        Assert.Equal((api.Ids.SiteA, api.Ids.SiteAName, "Unknown"), (oneSite.GetProperty("pilotSiteId").GetInt32(), oneSite.GetProperty("pilotSiteName").GetString(), oneSite.GetProperty("status").GetString()));
        Assert.Equal(0, oneSite.GetProperty("measurements").GetArrayLength());

        var one = await JsonAsync(await api.Client.GetAsync($"/api/kpis/{api.Ids.SatisfactionKpi}"), HttpStatusCode.OK);
        Assert.Equal(6, one.GetProperty("measurements").GetArrayLength());
    }

    [Fact]
    public async Task Create_update_and_delete_with_versions()
    {
        var api = await NewAsync();
        var created = await JsonAsync(await api.Client.PostAsJsonAsync(api.Kpis, Valid("Besök i receptionen")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(("U00405", "G12345", "Efficiency", 4), (created.GetProperty("koladaKpiId").GetString(), created.GetProperty("koladaComparisonId").GetString(),
            created.GetProperty("area").GetString(), created.GetProperty("order").GetInt32()));
        Assert.Equal(2, created.GetProperty("standings").GetArrayLength());

        var body = Valid("Besök i receptionen");
        Assert.Equal(["Ange den version du läste (version), så att ingen annans ändring skrivs över."],
            await (await api.Client.PutAsJsonAsync($"/api/kpis/{id}", body)).FieldErrorsAsync("version"));
        body["version"] = created.GetProperty("version").GetGuid();
        body["targetValue"] = 160;
        var updated = await JsonAsync(await api.Client.PutAsJsonAsync($"/api/kpis/{id}", body), HttpStatusCode.OK);
        Assert.Equal(160m, updated.GetProperty("targetValue").GetDecimal());
        Assert.NotEqual(created.GetProperty("version").GetGuid(), updated.GetProperty("version").GetGuid());

        // The first version is stale now: 409 with the stored values, nothing written.
        body["targetValue"] = 170;
        var conflict = await JsonAsync(await api.Client.PutAsJsonAsync($"/api/kpis/{id}", body), HttpStatusCode.Conflict);
        Assert.Equal(updated.GetProperty("version").GetGuid(), conflict.GetProperty("currentVersion").GetGuid());
        Assert.Equal(160m, conflict.GetProperty("current").GetProperty("targetValue").GetDecimal());
        var change = Assert.Single(conflict.GetProperty("changes").EnumerateArray());
        Assert.Equal(("targetValue", "170", "160"), (change.GetProperty("field").GetString(), change.GetProperty("sent").GetString(), change.GetProperty("stored").GetString()));
        Assert.Equal(160m, await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == id).Select(k => k.TargetValue).SingleAsync()));

        Assert.Equal(HttpStatusCode.BadRequest, (await api.Client.DeleteAsync($"/api/kpis/{id}")).StatusCode);
        await JsonAsync(await api.Client.DeleteAsync($"/api/kpis/{id}?version={created.GetProperty("version").GetGuid()}"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"/api/kpis/{id}?version={updated.GetProperty("version").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Client.GetAsync($"/api/kpis/{id}")).StatusCode);

        // Deleting a KPI deletes its measurements.
        var satisfaction = await JsonAsync(await api.Client.GetAsync($"/api/kpis/{api.Ids.SatisfactionKpi}"), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Client.DeleteAsync($"/api/kpis/{api.Ids.SatisfactionKpi}?version={satisfaction.GetProperty("version").GetGuid()}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Measurements.IgnoreQueryFilters().CountAsync(m => m.KpiId == api.Ids.SatisfactionKpi)));
    }

    [Theory]
    [InlineData("name-empty", "name", "Ange nyckeltalets namn.")]
    [InlineData("name-taken", "name", "Projektet har redan ett nyckeltal som heter")]
    [InlineData("name-long", "name", "Namn får ha högst 200 tecken.")]
    [InlineData("baseline-after-target", "baselineDate", "Utgångsvärdets datum (2023-06-30) måste vara före måldatumet (2022-06-30).")]
    [InlineData("target-after-life", "targetDate", "Måldatumet (2024-06-30) ligger efter nyckeltalets slut (2023-12-31).")]
    [InlineData("target-before-life", "targetDate", "Måldatumet (2021-06-30) ligger före nyckeltalets start (2022-01-01).")]
    [InlineData("percent-min", "minValue", "En procentsats kan inte vara lägre än 0 eller högre än 100.")]
    [InlineData("percent-max", "maxValue", "En procentsats kan inte vara lägre än 0 eller högre än 100.")]
    [InlineData("min-above-max", "maxValue", "Högsta värdet (10) är lägre än lägsta värdet (50).")]
    [InlineData("baseline-outside", "baselineValue", "Utgångsvärdet 120 ligger utanför nyckeltalets tillåtna värden (0–100).")]
    [InlineData("target-outside", "targetValue", "Målvärdet 300 ligger utanför nyckeltalets tillåtna värden (0–200).")]
    [InlineData("one-site-without-site", "pilotSiteId", "Välj vilken pilotverksamhet nyckeltalet mäts för.")]
    [InlineData("one-site-of-another-project", "pilotSiteId", "Pilotverksamheten finns inte i projektet.")]
    [InlineData("own-without-area", "ownAreaId", "Välj vilket av organisationens egna områden nyckeltalet hör till.")]
    [InlineData("own-area-of-another-org", "ownAreaId", "Området finns inte bland projektets organisations egna områden.")]
    [InlineData("end-before-start", "endDate", "Slutdatumet (2022-05-31) är före startdatumet (2022-06-01).")]
    [InlineData("other-without-label", "unitLabel", "Skriv enhetens namn när enheten är Annan enhet, till exempel besök.")]
    [InlineData("decimals", "decimals", "Antal decimaler ska vara ett heltal från 0 till 4.")]
    [InlineData("kolada-id", "koladaKpiId", "Kolada-id ska vara en bokstav och fem siffror, till exempel N00945 eller U00405.")]
    [InlineData("kolada-comparison", "koladaComparisonId", "Jämförelsen ska vara ett kommun-id med fyra siffror (0000 är Riket) eller ett grupp-id som G12345.")]
    [InlineData("comparison-without-id", "koladaComparisonId", "Ange nyckeltalets Kolada-id för att kunna jämföra.")]
    [InlineData("area-missing", "area", "Område måste anges.")]
    [InlineData("unit-unknown", "unit", "Giltiga värden")]
    [InlineData("date-format", "targetDate", "Måldatum ska vara ett datum i formatet ÅÅÅÅ-MM-DD.")]
    public async Task Every_rule_is_a_400_with_a_swedish_message_for_its_field(string rule, string field, string message)
    {
        var api = await NewAsync();
        var body = Valid($"Regel {rule}");
        var other = rule is "one-site-of-another-project" ? await app.NewFollowUpAsync(api.Tenant.OrganizationId) : null;
        var foreignArea = rule is "own-area-of-another-org" ? await app.WithDbAsync(async db =>
        {
            var org = await app.NewTenantAsync();
            var area = new KpiArea { OrganizationId = org.OrganizationId, Name = "Främmande område" };
            db.KpiAreas.Add(area);
            await db.SaveChangesAsync();
            return area.Id;
        }) : 0;
        switch (rule)
        {
            case "name-empty": body["name"] = "  "; break;
            case "name-taken": body["name"] = await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == api.Ids.CostKpi).Select(k => k.Name).SingleAsync()); break;
            case "name-long": body["name"] = new string('x', 201); break;
            case "baseline-after-target": body["baselineDate"] = "2023-06-30"; body["targetDate"] = "2022-06-30"; break;
            case "target-after-life": body["targetDate"] = "2024-06-30"; break;
            case "target-before-life": body["baselineDate"] = null; body["targetDate"] = "2021-06-30"; break;
            case "percent-min": body["unit"] = "Percent"; body["minValue"] = -5; break;
            case "percent-max": body["unit"] = "Percent"; body["maxValue"] = 120; break;
            case "min-above-max": body["minValue"] = 50; body["maxValue"] = 10; break;
            case "baseline-outside": body["unit"] = "Percent"; body["minValue"] = null; body["baselineValue"] = 120; break;
            case "target-outside": body["maxValue"] = 200; body["targetValue"] = 300; break;
            case "one-site-without-site": body["scope"] = "OnePilotSite"; break;
            case "one-site-of-another-project": body["scope"] = "OnePilotSite"; body["pilotSiteId"] = other!.SiteA; break;
            case "own-without-area": body["area"] = "Own"; break;
            case "own-area-of-another-org": body["area"] = "Own"; body["ownAreaId"] = foreignArea; break;
            case "end-before-start": body["startDate"] = "2022-06-01"; body["endDate"] = "2022-05-31"; body["targetDate"] = null; break;
            case "other-without-label": body["unit"] = "Other"; break;
            case "decimals": body["decimals"] = 5; break;
            case "kolada-id": body["koladaKpiId"] = "N945"; break;
            case "kolada-comparison": body["koladaComparisonId"] = "12"; break;
            case "comparison-without-id": body["koladaKpiId"] = null; break;
            case "area-missing": body.Remove("area"); break;
            case "unit-unknown": body["unit"] = "Liter"; break;
            case "date-format": body["targetDate"] = "30/6 2023"; break;
            default: throw new ArgumentException(rule);
        }
        var response = await api.Client.PostAsJsonAsync(api.Kpis, body);
        var messages = await response.FieldErrorsAsync(field);
        Assert.Contains(messages, m => m.StartsWith(message, StringComparison.Ordinal) || m.Contains(message, StringComparison.Ordinal));
        Assert.Equal(3, await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().CountAsync(k => k.ProjectId == api.Ids.ProjectId)));

        // The same rule holds on PUT.
        if (rule is not ("unit-unknown" or "date-format"))
        {
            var stored = await JsonAsync(await api.Client.GetAsync($"/api/kpis/{api.Ids.OneSiteKpi}"), HttpStatusCode.OK);
            body["version"] = stored.GetProperty("version").GetGuid();
            if (rule == "name-taken")
            {
                body["name"] = await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == api.Ids.CostKpi).Select(k => k.Name).SingleAsync());
            }
            var put = await api.Client.PutAsJsonAsync($"/api/kpis/{api.Ids.OneSiteKpi}", body);
            Assert.Contains(await put.FieldErrorsAsync(field), m => m.Contains(message, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_tenant_404()
    {
        var reader = await NewAsync(OrganizationRole.Reader);
        Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync(reader.Kpis)).StatusCode);
        var stored = await JsonAsync(await reader.Client.GetAsync($"/api/kpis/{reader.Ids.CostKpi}"), HttpStatusCode.OK);
        await JsonAsync(await reader.Client.PostAsJsonAsync(reader.Kpis, Valid("Läsarens")), HttpStatusCode.Forbidden);
        var body = Valid("Läsarens");
        body["version"] = stored.GetProperty("version").GetGuid();
        await JsonAsync(await reader.Client.PutAsJsonAsync($"/api/kpis/{reader.Ids.CostKpi}", body), HttpStatusCode.Forbidden);
        await JsonAsync(await reader.Client.DeleteAsync($"/api/kpis/{reader.Ids.CostKpi}?version={body["version"]}"), HttpStatusCode.Forbidden);

        var other = await NewAsync();
        await JsonAsync(await other.Client.GetAsync(reader.Kpis), HttpStatusCode.NotFound);
        await JsonAsync(await other.Client.GetAsync($"/api/kpis/{reader.Ids.CostKpi}"), HttpStatusCode.NotFound);
        await JsonAsync(await other.Client.PostAsJsonAsync(reader.Kpis, Valid("Intrång")), HttpStatusCode.NotFound);
        await JsonAsync(await other.Client.PutAsJsonAsync($"/api/kpis/{reader.Ids.CostKpi}", body), HttpStatusCode.NotFound);
        await JsonAsync(await other.Client.DeleteAsync($"/api/kpis/{reader.Ids.CostKpi}?version={body["version"]}"), HttpStatusCode.NotFound);
        Assert.Equal(stored.GetProperty("version").GetGuid(),
            await app.WithDbAsync(db => db.Kpis.IgnoreQueryFilters().Where(k => k.Id == reader.Ids.CostKpi).Select(k => k.Version).SingleAsync()));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_kpi_endpoints()
    {
        var json = await app.NewClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/projects/{id}/kpis", "/api/kpis/{id}" })
        {
            Assert.Contains($"\"{path}\"", json, StringComparison.Ordinal);
        }
        Assert.Contains("\"Nyckeltal\"", json, StringComparison.Ordinal);
        Assert.Contains("KpiConflictProblem", json, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteKpisApiTests(SqliteApp app) : KpisApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresKpisApiTests(PostgresApp app) : KpisApiTests(app);
