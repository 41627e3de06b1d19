using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Communication.Plans;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Api;

namespace Kommunpilot.Tests.Communication.Plans;

/// <summary>Helpers for the plans API tests.</summary>
internal static class PlansApiKit
{
    public static async Task<(PlanCase Case, HttpClient Api)> ApiCaseAsync(this AppFactory app, OrganizationRole role = OrganizationRole.Editor)
    {
        var c = await app.PlanCaseAsync(role);
        return (c, await app.BearerAsync(c.Tenant));
    }

    public static async Task<PlanDetails> PlanAsync(HttpClient api, int id)
    {
        var response = await api.GetAsync($"/api/communication-plans/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PlanDetails>())!;
    }

    /// <summary>Every own field of the plan as PUT takes it, from what GET answered.</summary>
    public static Dictionary<string, object?> UpdateOf(PlanDetails p) => new()
    {
        ["title"] = p.Title, ["period"] = p.Period, ["periodStart"] = p.PeriodStart, ["periodEnd"] = p.PeriodEnd,
        ["documentVersion"] = p.DocumentVersion, ["decisionBodyId"] = p.DecisionBodyId, ["situation"] = p.Situation,
        ["background"] = p.Background, ["purpose"] = p.Purpose, ["overallObjective"] = p.OverallObjective, ["approach"] = p.Approach,
        ["activitiesIntroduction"] = p.ActivitiesIntroduction, ["coreDefinition"] = p.CoreDefinition, ["primaryDefinition"] = p.PrimaryDefinition,
        ["secondaryDefinition"] = p.SecondaryDefinition, ["budgetAmount"] = p.BudgetAmount, ["budgetNote"] = p.BudgetNote, ["version"] = p.Version,
    };
}
