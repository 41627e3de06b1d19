using Kommunpilot.Features.Communication;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Communication;

/// <summary>Test data for the communication tests: see <see cref="SamplePlan"/>.</summary>
internal static class CommunicationTestData
{
    public static Task<int> NewPlanAsync(this AppFactory app, int organizationId, int? projectId = null, PlanStatus status = PlanStatus.Draft) =>
        app.WithDbAsync(db => SamplePlan.AddAsync(db, organizationId, projectId, Guid.NewGuid().ToString("N")[..6], status));
}
