using Kommunpilot.Features.Communication.Api;
using Kommunpilot.Features.Communication.Register.Channels;
using Kommunpilot.Features.Communication.Register.People;
using Kommunpilot.Features.Communication.Register.Risks;
using Kommunpilot.Features.Communication.Register.TargetGroups;

namespace Kommunpilot.Features.Communication.Register;

/// <summary>
/// The register for programs: a plan's target groups, channels and risks under
/// <c>/api/communication-plans/{id}/target-groups</c>, <c>/channels</c> and <c>/risks</c>, and the
/// organisations' responsible people under <c>/api/communication-people</c>. The rules are the pages'.
/// </summary>
public static class RegisterApi
{
    private static readonly PlanPart<Stakeholder, StakeholderInput, StakeholderDto> TargetGroups = new()
    {
        Route = "target-groups",
        Name = "TargetGroup",
        Plural = "målgrupper",
        Definite = "Målgruppen",
        Projection = StakeholderDto.Projection,
        New = planId => new Stakeholder { PlanId = planId, Name = "" },
        Rules = StakeholderRules.CheckAsync,
        RemoveDependents = StakeholderRules.RemoveWithAsync,
    };

    private static readonly PlanPart<Channel, ChannelInput, ChannelDto> Channels = new()
    {
        Route = "channels",
        Name = "Channel",
        Plural = "kanaler",
        Definite = "Kanalen",
        Projection = ChannelDto.Projection,
        New = planId => new Channel { PlanId = planId, Name = "" },
        Rules = ChannelRules.CheckAsync,
        RemoveDependents = ChannelRules.RemoveWithAsync,
    };

    private static readonly PlanPart<PlanRisk, RiskInput, RiskDto> Risks = new()
    {
        Route = "risks",
        Name = "Risk",
        Plural = "risker",
        Definite = "Risken",
        Projection = RiskDto.Projection,
        New = planId => new PlanRisk { PlanId = planId, Description = "" },
        Rules = (_, _, _, input, _) => RiskRules.CheckAsync(input),
    };

    /// <summary>Target groups, channels and risks of a plan, on the plans' group.</summary>
    public static RouteGroupBuilder MapRegisterApi(this RouteGroupBuilder plans)
    {
        PlanPartEndpoints.Map(plans, TargetGroups);
        PlanPartEndpoints.Map(plans, Channels);
        PlanPartEndpoints.Map(plans, Risks);
        return plans;
    }

    /// <summary>The responsible people: a group of its own, <c>/api/communication-people</c>.</summary>
    public static IEndpointRouteBuilder MapCommunicationPeopleApi(this IEndpointRouteBuilder app)
    {
        PeopleApi.Map(app, CommunicationApi.Tag);
        return app;
    }
}
