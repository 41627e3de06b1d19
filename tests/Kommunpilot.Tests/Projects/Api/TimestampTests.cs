using System.Text.Json;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Projects.Api;

/// <summary>Timestamps leave the API as UTC on both databases (SQLite keeps no time zone of its own).</summary>
public abstract class TimestampTests(AppFactory app)
{
    [Fact]
    public async Task A_projects_updated_at_is_utc()
    {
        var client = await app.SignedInClientAsync();
        var id = await app.LundPilotIdAsync();
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/projects/{id}"));
        var updated = json.RootElement.GetProperty("updatedAt").GetString();
        Assert.NotNull(updated);
        Assert.EndsWith("Z", updated, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TimestampSqliteTests(SqliteApp app) : TimestampTests(app);

[Collection(PostgresCollection.Name)]
public sealed class TimestampPostgresTests(PostgresApp app) : TimestampTests(app);
