using System.Net;
using System.Net.Http.Json;
using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects.Api;

using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Measurements;

/// <summary>The measurements API: the happy path, every bad input, duplicates (409 or replace), stale versions, rights and tenants.</summary>
public abstract class MeasurementApiTests(AppFactory app)
{
    [Fact]
    public async Task A_value_is_added_with_its_unit_and_who_entered_it_and_listed_by_kpi_and_period()
    {
        var ctx = await app.NewMeasurementsAsync();
        var created = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "T1 2023", value = "81 %", comment = "Enkät i april" }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("2023-T1", created.GetProperty("period").GetString());
        Assert.Equal(81m, created.GetProperty("value").GetDecimal());
        Assert.Equal("%", created.GetProperty("unit").GetString());
        Assert.StartsWith("Testare ", created.GetProperty("enteredBy").GetString());
        var stored = await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2023, 1, 1));
        Assert.Equal(ctx.Tenant.UserId, stored!.EnteredByUserId);
        Assert.Equal(new DateOnly(2023, 4, 30), stored.PeriodEnd);

        // A number, and a project-wide KPI without a site.
        await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.CostKpi, period = "2023", value = 955000 })).JsonAsync(HttpStatusCode.Created);

        var list = await (await ctx.Api.GetAsync($"{ctx.ApiList}?kpi={ctx.Ids.SatisfactionKpi}&period=2022-T2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal("2022-T2", i.GetProperty("period").GetString()));
        var all = await (await ctx.Api.GetAsync(ctx.ApiList)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(9, all.GetProperty("total").GetInt32());
        Assert.StartsWith("2023", all.GetProperty("items")[0].GetProperty("period").GetString());
    }

    [Theory]
    [InlineData("2024-T1", "period", "utanför nyckeltalets giltighetstid 2022-01-01–2023-12-31")]
    [InlineData("2021-T3", "period", "utanför nyckeltalets giltighetstid")]
    [InlineData("2022-05", "period", "kunde inte tolkas")]
    [InlineData("tertial 4 2022", "period", "kunde inte tolkas")]
    public async Task A_period_outside_the_kpis_life_or_of_another_frequency_is_refused(string period, string field, string message)
    {
        var ctx = await app.NewMeasurementsAsync();
        var problem = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period, value = 80 }))
            .JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.Errors(field));
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));
    }

    [Fact]
    public async Task A_period_that_overlaps_the_edge_of_the_kpis_life_is_allowed()
    {
        var ctx = await app.NewMeasurementsAsync();
        await app.WithDbAsync(async db =>
        {
            var kpi = await db.Kpis.IgnoreQueryFilters().SingleAsync(x => x.Id == ctx.Ids.SatisfactionKpi);
            kpi!.StartDate = new DateOnly(2022, 3, 15);
            kpi.EndDate = new DateOnly(2023, 6, 30);
            return await db.SaveChangesAsync();
        });
        // 2023-T2 (May–August) overlaps the end; 2023-T3 does not.
        await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T2", value = 80 })).JsonAsync(HttpStatusCode.Created);
        var problem = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T3", value = 80 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("utanför nyckeltalets giltighetstid 2022-03-15–2023-06-30", problem.Errors("period"));
    }

    [Theory]
    [InlineData("SatisfactionKpi", "1 200 kr", "Värdet \"1 200 kr\" är angivet i kronor (kr), men Nöjda verksamheter")]
    [InlineData("CostKpi", "85 %", "Värdet \"85 %\" är angivet i procent (%), men Kostnad för servicetjänster")]
    [InlineData("SatisfactionKpi", "101", "Värdet 101 är för högt")]
    [InlineData("SatisfactionKpi", "-1", "Värdet -1 är för lågt")]
    [InlineData("SatisfactionKpi", "85,5", "ska vara ett heltal")]
    [InlineData("CostKpi", "-5 kr", "kan inte vara lägre än 0 kr")]
    [InlineData("SatisfactionKpi", "åttiofem", "är inte ett tal")]
    [InlineData("SatisfactionKpi", "85 äpplen", "är inte ett tal")]
    public async Task A_value_of_the_wrong_unit_out_of_range_or_with_too_many_decimals_is_refused(string kpi, string value, string message)
    {
        var ctx = await app.NewMeasurementsAsync();
        var kpiId = kpi == "CostKpi" ? ctx.Ids.CostKpi : ctx.Ids.SatisfactionKpi;
        int? site = kpi == "CostKpi" ? null : ctx.Ids.SiteA;
        var problem = await (await ctx.PostMeasurementAsync(new { kpiId, pilotSiteId = site, period = "2023-01-01", value })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains(message, problem.Errors("value"));
    }

    [Fact]
    public async Task The_kpis_own_unit_and_a_decimal_comma_or_point_are_accepted_and_decimals_follow_the_kpi()
    {
        var ctx = await app.NewMeasurementsAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Kpis.IgnoreQueryFilters().SingleAsync(x => x.Id == ctx.Ids.SatisfactionKpi))!.Decimals = 1;
            return await db.SaveChangesAsync();
        });
        var a = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T1", value = "85,5 %" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(85.5m, a.GetProperty("value").GetDecimal());
        var b = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteB, period = "2023-T1", value = "85.5" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(85.5m, b.GetProperty("value").GetDecimal());
        var problem = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T2", value = 85.55 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("för många decimaler", problem.Errors("value"));
        var big = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.CostKpi, period = "2023", value = "1 250 000 kr" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1_250_000m, big.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task A_site_that_does_not_fit_the_kpis_scope_is_refused()
    {
        var ctx = await app.NewMeasurementsAsync();
        var project = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.CostKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023", value = 1 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("mäts för hela projektet", project.Errors("pilotSiteId"));
        var none = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, period = "2023-T1", value = 80 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Välj pilotverksamhet", none.Errors("pilotSiteId"));
        var other = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.OneSiteKpi, pilotSiteId = ctx.Ids.SiteB, period = "2023-03", value = 2 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"mäts bara vid {ctx.Ids.SiteAName}", other.Errors("pilotSiteId"));
        var foreign = await app.NewMeasurementsAsync();
        var wrong = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = foreign.Ids.SiteA, period = "2023-T1", value = 80 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("finns inte i projektet", wrong.Errors("pilotSiteId"));
        var kpi = await (await ctx.PostMeasurementAsync(new { kpiId = foreign.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T1", value = 80 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Nyckeltalet finns inte i projektet", kpi.Errors("kpiId"));
        // The KPI of one site may leave the site out.
        var one = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.OneSiteKpi, period = "2023-03", value = 2 })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(ctx.Ids.SiteA, one.GetProperty("pilotSiteId").GetInt32());
    }

    [Fact]
    public async Task A_duplicate_is_409_with_the_stored_value_unless_replace_and_never_two()
    {
        var ctx = await app.NewMeasurementsAsync();
        var conflict = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2022-T1", value = 90 }))
            .JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(72m, conflict.GetProperty("existing").GetProperty("value").GetDecimal());
        Assert.Contains("Det finns redan ett värde", conflict.GetProperty("detail").GetString());
        var replaced = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2022-T1", value = 90 }, "?replace=true"))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(conflict.GetProperty("existing").GetProperty("id").GetInt32(), replaced.GetProperty("id").GetInt32());
        Assert.Equal(90m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteA, new DateOnly(2022, 1, 1)))!.Value);
        // The project-wide KPI too (its site is null).
        await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.CostKpi, period = "2022", value = 1 })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(7, await app.CountAsync(ctx.Ids.ProjectId));
    }

    [Fact]
    public async Task A_change_with_a_stale_version_is_409_with_the_stored_value_and_nothing_is_overwritten()
    {
        var ctx = await app.NewMeasurementsAsync();
        var stored = (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB, new DateOnly(2022, 5, 1)))!;
        var first = await (await ctx.Api.PutAsJsonAsync($"/api/measurements/{stored.Id}", new { value = "67 %", comment = "Rättad", version = stored.Version })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(67m, first.GetProperty("value").GetDecimal());
        var stale = await (await ctx.Api.PutAsJsonAsync($"/api/measurements/{stored.Id}", new { value = 99, version = stored.Version })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(67m, stale.GetProperty("existing").GetProperty("value").GetDecimal());
        Assert.Equal("Rättad", stale.GetProperty("existing").GetProperty("comment").GetString());
        // Moving it onto a period that has a value is a duplicate.
        var moved = await (await ctx.Api.PutAsJsonAsync($"/api/measurements/{stored.Id}", new { value = 67, period = "2022-T1", version = first.GetProperty("version").GetGuid() })).JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(68m, moved.GetProperty("existing").GetProperty("value").GetDecimal());
        var noVersion = await (await ctx.Api.PutAsJsonAsync($"/api/measurements/{stored.Id}", new { value = 1 })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Version måste anges", noVersion.Errors("version"));
        Assert.Equal(67m, (await app.StoredAsync(ctx.Ids.SatisfactionKpi, ctx.Ids.SiteB, new DateOnly(2022, 5, 1)))!.Value);
    }

    [Fact]
    public async Task A_delete_needs_the_current_version()
    {
        var ctx = await app.NewMeasurementsAsync();
        var stored = (await app.StoredAsync(ctx.Ids.CostKpi, null, new DateOnly(2022, 1, 1)))!;
        await (await ctx.Api.DeleteAsync($"/api/measurements/{stored.Id}")).JsonAsync(HttpStatusCode.BadRequest);
        await (await ctx.Api.DeleteAsync($"/api/measurements/{stored.Id}?version={Guid.NewGuid()}")).JsonAsync(HttpStatusCode.Conflict);
        await (await ctx.Api.DeleteAsync($"/api/measurements/{stored.Id}?version={stored.Version}")).JsonAsync(HttpStatusCode.NoContent);
        Assert.Null(await app.StoredAsync(ctx.Ids.CostKpi, null, new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_tenant_404()
    {
        var reader = await app.NewMeasurementsAsync(OrganizationRole.Reader);
        await (await reader.Api.GetAsync(reader.ApiList)).JsonAsync(HttpStatusCode.OK);
        await (await reader.PostMeasurementAsync(new { kpiId = reader.Ids.SatisfactionKpi, pilotSiteId = reader.Ids.SiteA, period = "2023-T1", value = 80 })).JsonAsync(HttpStatusCode.Forbidden);
        var stored = (await app.StoredAsync(reader.Ids.CostKpi, null, new DateOnly(2022, 1, 1)))!;
        await (await reader.Api.PutAsJsonAsync($"/api/measurements/{stored.Id}", new { value = 1, version = stored.Version })).JsonAsync(HttpStatusCode.Forbidden);
        await (await reader.Api.DeleteAsync($"/api/measurements/{stored.Id}?version={stored.Version}")).JsonAsync(HttpStatusCode.Forbidden);

        var other = await app.NewMeasurementsAsync();
        await (await other.Api.GetAsync(reader.ApiList)).JsonAsync(HttpStatusCode.NotFound);
        await (await other.Api.PostAsJsonAsync(reader.ApiList, new { kpiId = reader.Ids.SatisfactionKpi, pilotSiteId = reader.Ids.SiteA, period = "2023-T1", value = 80 })).JsonAsync(HttpStatusCode.NotFound);
        await (await other.Api.PutAsJsonAsync($"/api/measurements/{stored.Id}", new { value = 1, version = stored.Version })).JsonAsync(HttpStatusCode.NotFound);
        await (await other.Api.DeleteAsync($"/api/measurements/{stored.Id}?version={stored.Version}")).JsonAsync(HttpStatusCode.NotFound);
        await (await other.Api.GetAsync($"{reader.ApiList}/export/xlsx")).JsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(960_000m, (await app.StoredAsync(reader.Ids.CostKpi, null, new DateOnly(2022, 1, 1)))!.Value);
    }

    [Fact]
    public async Task Bad_json_and_bad_query_values_are_swedish_400s()
    {
        var ctx = await app.NewMeasurementsAsync();
        var wrongType = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA, period = "2023-T1", value = true })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("ska vara ett tal eller en text", wrongType.Errors("value"));
        var missing = await (await ctx.PostMeasurementAsync(new { kpiId = ctx.Ids.SatisfactionKpi, pilotSiteId = ctx.Ids.SiteA })).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Ange period", missing.Errors("period"));
        Assert.Contains("Ange ett värde", missing.Errors("value"));
        await (await ctx.Api.GetAsync($"{ctx.ApiList}?period=senare")).JsonAsync(HttpStatusCode.BadRequest);
        await (await ctx.Api.GetAsync($"{ctx.ApiList}?kpi=abc")).JsonAsync(HttpStatusCode.BadRequest);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MeasurementApiSqliteTests(SqliteApp app) : MeasurementApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MeasurementApiPostgresTests(PostgresApp app) : MeasurementApiTests(app);
