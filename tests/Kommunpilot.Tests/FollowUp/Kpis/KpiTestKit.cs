using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;

namespace Kommunpilot.Tests.FollowUp.Kpis;

/// <summary>A signed-in user of a fresh organisation with <see cref="SampleFollowUp"/>, and the KPI pages' addresses.</summary>
public sealed record KpiContext(TestTenant Tenant, HttpClient Client, SampleFollowUpIds Ids)
{
    public string List => $"/projekt/{Ids.ProjectId}/nyckeltal";

    public string New => $"{List}/ny";

    public string Page(int kpiId) => $"{List}/{kpiId}";

    public string Edit(int kpiId) => $"{List}/{kpiId}/redigera";
}

public static class KpiTestKit
{
    public static async Task<KpiContext> NewKpiContextAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var tenant = await app.NewTenantAsync(role);
        var ids = await app.NewFollowUpAsync(tenant.OrganizationId);
        return new KpiContext(tenant, await app.SignedInAsync(tenant), ids);
    }

    /// <summary>A valid form for a new KPI: percent at every pilot site per tertial, 70,5 → 85 over the project.</summary>
    public static Dictionary<string, string> ValidForm(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.Definition"] = "Andel nöjda medarbetare.",
        ["Input.AreaChoice"] = "Efficiency",
        ["Input.Kind"] = "Leading",
        ["Input.Direction"] = "HigherIsBetter",
        ["Input.IsExample"] = "false",
        ["Input.Scope"] = "AllPilotSites",
        ["Input.PilotSiteId"] = "",
        ["Input.Frequency"] = "Tertial",
        ["Input.StartDate"] = "",
        ["Input.EndDate"] = "",
        ["Input.Unit"] = "Percent",
        ["Input.UnitLabel"] = "",
        ["Input.Decimals"] = "1",
        ["Input.MinValue"] = "",
        ["Input.MaxValue"] = "",
        ["Input.BaselineValue"] = "70,5",
        ["Input.BaselineDate"] = "2022-01-01",
        ["Input.TargetValue"] = "85",
        ["Input.TargetDate"] = "2023-12-31",
        ["Input.Source"] = "Enkät",
        ["Input.Method"] = "Webbenkät varje tertial",
        ["Input.KoladaKpiId"] = "n00945",
        ["Input.KoladaComparisonId"] = "0000",
    };

    /// <summary>The page's text with its character references decoded, to look for messages in.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        WebUtility.HtmlDecode(await response.BodyAsync(expected));
}
