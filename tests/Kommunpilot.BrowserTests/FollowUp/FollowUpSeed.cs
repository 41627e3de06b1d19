using Kommunpilot.BrowserTests.Infrastructure;
using Kommunpilot.BrowserTests.Projects;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Tests.FollowUp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunpilot.BrowserTests.FollowUp;

/// <summary>Follow-up data for the browser tests, in Åmåls kommun (no demo project uses it), see <see cref="SampleFollowUp"/>.</summary>
internal static class FollowUpSeed
{
    /// <summary>A new project in Åmål with <see cref="SampleFollowUp"/>'s KPIs, measurements and reports.</summary>
    public static async Task<SampleFollowUpIds> SampleFollowUpAsync(this BrowserFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var org = await db.Organizations.IgnoreQueryFilters().Where(o => o.Name == ProjectSeed.Organization).Select(o => o.Id).SingleAsync();
        return await SampleFollowUp.AddAsync(db, org, Guid.NewGuid().ToString("N")[..6]);
    }
}
