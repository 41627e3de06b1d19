using System.Net;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Kommunpilot.Tests.Projects.Parts;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Register;

/// <summary>The people responsible for activities (/kommunikation/ansvariga): their work, adding, editing, and deletes refused while they have activities.</summary>
public abstract class PeoplePagesTests(AppFactory app)
{
    private const string List = "/kommunikation/ansvariga";

    private static Dictionary<string, string> Form(string name = "Anna Andersson", string title = "Kommunikatör", string email = "anna@kommun.example", string userId = "") =>
        new() { ["Input.Name"] = name, ["Input.Title"] = title, ["Input.Email"] = email, ["Input.UserId"] = userId };

    private static string Url(int personId) => $"{List}/{personId}";

    private string OrgList(RegisterContext ctx) => $"{List}?organisation={ctx.Tenant.OrganizationId}";

    [Fact]
    public async Task The_list_shows_each_persons_activities_and_planned_hours()
    {
        var ctx = await app.NewPlanContextAsync();
        var html = await (await ctx.Client.GetAsync(List)).TextAsync();
        Assert.Contains(ctx.Tenant.OrganizationName, html, StringComparison.Ordinal);
        // The leader has the done activity (4 h) and the late one (2 h); the communicator only the late one.
        Assert.Matches("Projektledare \\w+\\s*</th>\\s*<td></td>\\s*<td></td>\\s*<td></td>\\s*<td class=\"text-end\">2</td>\\s*<td class=\"text-end\">6</td>", html);
        Assert.Matches("Kommunikatör \\w+\\s*</th>\\s*<td></td>\\s*<td></td>\\s*<td></td>\\s*<td class=\"text-end\">1</td>\\s*<td class=\"text-end\">2</td>", html);
        Assert.Contains("Lägg till ansvarig i " + ctx.Tenant.OrganizationName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_is_added_with_a_calendar_secret_and_linked_to_a_member()
    {
        var ctx = await app.NewPlanContextAsync();
        var response = await ctx.Client.SubmitAsync(List, Form(userId: ctx.Tenant.UserId));
        await response.AssertRedirectedWithAsync(ctx.Client, OrgList(ctx), "Anna Andersson är tillagd som ansvarig.");
        var person = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.OrganizationId == ctx.Tenant.OrganizationId && p.Name == "Anna Andersson"));
        Assert.Equal(("Kommunikatör", "anna@kommun.example", ctx.Tenant.UserId), (person.Title, person.Email, person.UserId));
        Assert.True(person.CalendarToken.Length >= 40);
        Assert.Contains("Testare", await (await ctx.Client.GetAsync(OrgList(ctx))).TextAsync(), StringComparison.Ordinal);

        await (await ctx.Client.SubmitAsync(Url(person.Id), Form(name: "Anna Berg", title: "Projektledare", email: "", userId: "")))
            .AssertRedirectedWithAsync(ctx.Client, OrgList(ctx), "Anna Berg är sparad.");
        var edited = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal(("Anna Berg", "Projektledare", (string?)null, (string?)null, person.CalendarToken), (edited.Name, edited.Title, edited.Email, edited.UserId, edited.CalendarToken));
    }

    [Fact]
    public async Task Missing_duplicate_and_wrong_values_are_named_in_swedish()
    {
        var ctx = await app.NewPlanContextAsync();
        var (leader, _) = await app.PeopleOfAsync(ctx.PlanId);
        var leaderName = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.Id == leader).Select(p => p.Name).SingleAsync());
        await (await ctx.Client.SubmitAsync(List, Form(name: ""))).AssertRejectedAsync("Ange personens namn.", "anna@kommun.example");
        await (await ctx.Client.SubmitAsync(List, Form(name: leaderName.ToUpperInvariant()))).AssertRejectedAsync($"Det finns redan en ansvarig som heter {leaderName.ToUpperInvariant()} i organisationen.");
        await (await ctx.Client.SubmitAsync(List, Form(email: "anna.kommun.example"))).AssertRejectedAsync("Ange en giltig e-postadress, till exempel namn@kommun.se.");
        await (await ctx.Client.SubmitAsync(List, Form(title: new string('t', 201)))).AssertRejectedAsync("Titeln får vara högst 200 tecken.");
        var stranger = await app.NewTenantAsync(OrganizationRole.Editor);
        await (await ctx.Client.SubmitAsync(List, Form(userId: stranger.UserId))).AssertRejectedAsync("Välj en användare som är medlem i organisationen.");

        await ctx.Client.SubmitAsync(List, Form(userId: ctx.Tenant.UserId));
        await (await ctx.Client.SubmitAsync(List, Form(name: "Bo Ek", userId: ctx.Tenant.UserId))).AssertRejectedAsync("Användaren är redan kopplad till Anna Andersson.");
        Assert.Equal(3, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == ctx.Tenant.OrganizationId)));
    }

    [Fact]
    public async Task A_person_responsible_for_activities_is_not_deleted_and_the_page_shows_where()
    {
        var ctx = await app.NewPlanContextAsync();
        var (leader, _) = await app.PeopleOfAsync(ctx.PlanId);
        var question = await (await ctx.Client.GetAsync(Url(leader) + "?ta-bort=true")).TextAsync();
        Assert.Contains("är ansvarig för 2 aktiviteter. Byt ansvarig för dem eller ta bort dem först.", question, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{ctx.PlanId}/aktiviteter\"", question, StringComparison.Ordinal);
        Assert.DoesNotContain("Ja, ta bort", question, StringComparison.Ordinal);

        // Posting the delete anyway is refused with the same message.
        var form = await ctx.Client.LoadFormAsync(Url(leader));
        var refused = await ctx.Client.SubmitAsync(form, Form(name: "x"), handler: "Delete");
        await refused.AssertRejectedAsync("är ansvarig för 2 aktiviteter.");
        Assert.Equal(1, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.Id == leader)));

        // Someone without activities is deleted after the question.
        await ctx.Client.SubmitAsync(List, Form());
        var anna = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.OrganizationId == ctx.Tenant.OrganizationId && p.Name == "Anna Andersson").Select(p => p.Id).SingleAsync());
        Assert.Contains("Vill du ta bort Anna Andersson?", await (await ctx.Client.GetAsync(Url(anna) + "?ta-bort=true")).TextAsync(), StringComparison.Ordinal);
        await (await ctx.Client.SubmitAsync(Url(anna), Form(), handler: "Delete")).AssertRedirectedWithAsync(ctx.Client, OrgList(ctx), "Anna Andersson är borttagen.");
        Assert.Equal(0, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.Id == anna)));
    }

    [Fact]
    public async Task Two_editors_saving_the_same_person_see_both_versions()
    {
        var ctx = await app.NewPlanContextAsync();
        var (_, communicator) = await app.PeopleOfAsync(ctx.PlanId);
        var mine = await ctx.Client.LoadFormAsync(Url(communicator));
        var name = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.Id == communicator).Select(p => p.Name).SingleAsync());
        await ctx.Client.SubmitAsync(Url(communicator), Form(name: name, title: "Kommunikationschef", email: ""));
        await (await ctx.Client.SubmitAsync(mine, Form(name: name, title: "Webbredaktör", email: ""))).AssertRejectedAsync("Ändrad av någon annan", "Titel", "Webbredaktör", "Kommunikationschef");
        Assert.Equal("Kommunikationschef", await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.Id == communicator).Select(p => p.Title).SingleAsync()));

        // Deleted by someone else meanwhile (once free of activities): saving says so and keeps what was typed.
        await ctx.Client.SubmitAsync(List, Form(name: "Tillfällig"));
        var temporary = await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().Where(p => p.OrganizationId == ctx.Tenant.OrganizationId && p.Name == "Tillfällig").Select(p => p.Id).SingleAsync());
        var stale = await ctx.Client.LoadFormAsync(Url(temporary));
        await ctx.Client.SubmitAsync(Url(temporary), Form(name: "Tillfällig"), handler: "Delete");
        await (await ctx.Client.SubmitAsync(stale, Form(name: "Tillfällig", title: "Min titel"))).AssertRejectedAsync("Posten har tagits bort av någon annan", "Min titel");
    }

    [Fact]
    public async Task A_reader_sees_the_people_but_cannot_change_them_and_another_tenant_cannot_see_them()
    {
        var reader = await app.NewPlanContextAsync(OrganizationRole.Reader);
        var (leader, _) = await app.PeopleOfAsync(reader.PlanId);
        var html = await (await reader.Client.GetAsync(List)).TextAsync();
        Assert.Contains("Projektledare ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lägg till ansvarig", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.GetAsync(Url(leader))).StatusCode);
        var token = Http.AntiforgeryToken(await (await reader.Client.GetAsync("/konto")).Content.ReadAsStringAsync());
        var fields = new Dictionary<string, string>(Form()) { ["Input.OrganizationId"] = $"{reader.Tenant.OrganizationId}", ["__RequestVerificationToken"] = token };
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.Client.PostAsync(List, new FormUrlEncodedContent(fields))).StatusCode);

        var other = await app.NewPlanContextAsync();
        Assert.DoesNotContain(reader.Tenant.OrganizationName, await (await other.Client.GetAsync(List)).TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(Url(leader))).StatusCode);
        var otherToken = Http.AntiforgeryToken(await (await other.Client.GetAsync("/konto")).Content.ReadAsStringAsync());
        fields["__RequestVerificationToken"] = otherToken;
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.PostAsync(List, new FormUrlEncodedContent(fields))).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.CommunicationPeople.IgnoreQueryFilters().CountAsync(p => p.OrganizationId == reader.Tenant.OrganizationId)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PeoplePagesSqliteTests(SqliteApp app) : PeoplePagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PeoplePagesPostgresTests(PostgresApp app) : PeoplePagesTests(app);
