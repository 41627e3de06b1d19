using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

public abstract class MembersTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string name = "Pål Svensson", string group = "SteeringGroup", string role = "", string affiliation = "", string email = "") =>
        new() { ["Input.Group"] = group, ["Input.Name"] = name, ["Input.Role"] = role, ["Input.Affiliation"] = affiliation, ["Input.Email"] = email };

    private Task<List<ProjectMember>> StoredAsync(int projectId) => app.WithDbAsync(db =>
        db.ProjectMembers.IgnoreQueryFilters().AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Id).ToListAsync());

    [Fact]
    public async Task People_are_listed_by_group_with_the_steering_group_first()
    {
        var ctx = await app.NewProjectAsync();
        await ctx.Client.SubmitAsync(ctx.Url("organisation"), Form(name: "Anna Kontakt", group: "ContactPerson", email: "anna@lund.example"));
        var response = await ctx.Client.SubmitAsync(ctx.Url("organisation"), Form(role: "Servicedirektör", affiliation: "Serviceförvaltningen"));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("organisation"), "Pål Svensson är tillagd i projektets organisation.");

        var stored = await StoredAsync(ctx.ProjectId);
        Assert.Equal([(ProjectGroup.ContactPerson, "anna@lund.example"), (ProjectGroup.SteeringGroup, null)], stored.Select(m => (m.Group, m.Email)));
        var html = await (await ctx.Client.GetAsync(ctx.Url("organisation"))).TextAsync();
        Assert.True(html.IndexOf("Styrgrupp", StringComparison.Ordinal) < html.IndexOf("Kontaktperson", StringComparison.Ordinal));
        Assert.Contains("href=\"mailto:anna@lund.example\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_too_long_and_wrong_values_are_named_in_swedish()
    {
        var ctx = await app.NewProjectAsync();
        await (await ctx.Client.SubmitAsync(ctx.Url("organisation"), Form(name: "", email: "inte-en-adress")))
            .AssertRejectedAsync("Ange namnet.", "Ange en giltig e-postadress.", "inte-en-adress");
        await (await ctx.Client.SubmitAsync(ctx.Url("organisation"), Form(name: new string('n', 201), role: new string('r', 201), affiliation: new string('t', 201))))
            .AssertRejectedAsync("Namnet får vara högst 200 tecken.", "Rollen får vara högst 200 tecken.", "Tillhörigheten får vara högst 200 tecken.");
        await (await ctx.Client.SubmitAsync(ctx.Url("organisation"), Form(group: "Ledningsgrupp")))
            .AssertRejectedAsync("Värdet 'Ledningsgrupp' är inte giltigt för Grupp.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MembersSqliteTests(SqliteApp app) : MembersTests(app);

[Collection(PostgresCollection.Name)]
public sealed class MembersPostgresTests(PostgresApp app) : MembersTests(app);
