using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.FollowUp;

public static class FollowUpTestData
{
    /// <summary>A new <see cref="SampleFollowUp"/> in the organisation.</summary>
    public static Task<SampleFollowUpIds> NewFollowUpAsync(this AppFactory app, int organizationId) =>
        app.WithDbAsync(db => SampleFollowUp.AddAsync(db, organizationId, Guid.NewGuid().ToString("N")[..6]));
}
