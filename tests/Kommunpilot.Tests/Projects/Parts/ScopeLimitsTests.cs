using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

public abstract class ScopeLimitsTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string description = "Måltidsservice avgränsas initialt", string reason = "", string order = "") =>
        new() { ["Input.Description"] = description, ["Input.Reason"] = reason, ["Input.Order"] = order };

    private Task<List<ScopeLimit>> StoredAsync(int projectId) => app.WithDbAsync(db =>
        db.ScopeLimits.IgnoreQueryFilters().AsNoTracking().Where(s => s.ProjectId == projectId).OrderBy(s => s.Order).ToListAsync());

    [Fact]
    public async Task A_limit_is_listed_with_its_reason_in_order()
    {
        var ctx = await app.NewProjectAsync();
        await ctx.Client.SubmitAsync(ctx.Url("avgransningar"), Form(description: "Mobilitetsservice omfattas inte", order: "2"));
        var response = await ctx.Client.SubmitAsync(ctx.Url("avgransningar"), Form(reason: "I väntan på beslut om samlad måltidsorganisation.", order: "1"));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("avgransningar"), "Avgränsningen är tillagd.");

        var stored = await StoredAsync(ctx.ProjectId);
        Assert.Equal(["Måltidsservice avgränsas initialt", "Mobilitetsservice omfattas inte"], stored.Select(s => s.Description));
        Assert.Equal("I väntan på beslut om samlad måltidsorganisation.", stored[0].Reason);
        Assert.Null(stored[1].Reason);
        var html = await (await ctx.Client.GetAsync(ctx.Url("avgransningar"))).TextAsync();
        Assert.True(html.IndexOf("Måltidsservice", StringComparison.Ordinal) < html.IndexOf("Mobilitetsservice omfattas", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_and_too_long_texts_are_named_in_swedish_and_the_input_is_kept()
    {
        var ctx = await app.NewProjectAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("avgransningar"), Form(description: "", reason: "Skälet står kvar")))
            .AssertRejectedAsync("Beskriv avgränsningen.", "Skälet står kvar");
        await (await ctx.Client.SubmitAsync(ctx.Url("avgransningar"), Form(description: new string('a', 20001), reason: new string('s', 20001))))
            .AssertRejectedAsync("Avgränsningen får vara högst 20 000 tecken.", "Skälet får vara högst 20 000 tecken.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScopeLimitsSqliteTests(SqliteApp app) : ScopeLimitsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ScopeLimitsPostgresTests(PostgresApp app) : ScopeLimitsTests(app);
