using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects.Parts;

public abstract class DeliverablesTests(AppFactory app)
{
    private static Dictionary<string, string> Form(string code = "L3", string description = "Rollbeskrivning servicemedarbetare",
        string comment = "", string due = "", string status = "NotStarted") => new()
    {
        ["Input.Code"] = code,
        ["Input.Description"] = description,
        ["Input.Comment"] = comment,
        ["Input.DueDate"] = due,
        ["Input.Status"] = status,
    };

    private Task<List<Deliverable>> StoredAsync(int projectId) => app.WithDbAsync(db =>
        db.Deliverables.IgnoreQueryFilters().AsNoTracking().Where(d => d.ProjectId == projectId).OrderBy(d => d.Id).ToListAsync());

    [Fact]
    public async Task An_added_deliverable_is_stored_as_typed_and_listed_in_code_order()
    {
        var ctx = await app.NewProjectAsync();
        await app.InsertAsync(new Deliverable { ProjectId = ctx.ProjectId, Code = "L10", Description = "Tionde" });
        var response = await ctx.Client.SubmitAsync(ctx.Url("leveranser"), Form(code: " L9 ", comment: "Löpande", due: "2024-01-30", status: "Delayed"));
        await response.AssertRedirectedWithAsync(ctx.Client, ctx.Url("leveranser"), "Leverans L9 är tillagd.");

        var stored = (await StoredAsync(ctx.ProjectId)).Single(d => d.Code == "L9");
        Assert.Equal(("Rollbeskrivning servicemedarbetare", "Löpande", new DateOnly(2024, 1, 30), WorkStatus.Delayed),
            (stored.Description, stored.Comment, stored.DueDate, stored.Status));
        var html = await (await ctx.Client.GetAsync(ctx.Url("leveranser"))).TextAsync();
        Assert.True(html.IndexOf(">L9<", StringComparison.Ordinal) < html.IndexOf(">L10<", StringComparison.Ordinal), "L9 is listed before L10");
        Assert.Contains("Försenad", html, StringComparison.Ordinal);
        Assert.Contains("2024-01-30", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_too_long_fields_are_named_in_swedish_and_the_input_is_kept()
    {
        var ctx = await app.NewProjectAsync();
        var missing = await ctx.Client.SubmitAsync(ctx.Url("leveranser"), Form(code: " ", description: "", comment: "Behåll mig"));
        var text = await missing.AssertRejectedAsync("Ange leveransens kod, till exempel L1.", "Beskriv leveransen.", "Behåll mig");

        var tooLong = await ctx.Client.SubmitAsync(ctx.Url("leveranser"),
            Form(code: new string('L', 21), description: new string('x', 20001), comment: new string('y', 2001)));
        await tooLong.AssertRejectedAsync("Koden får vara högst 20 tecken.", "Beskrivningen får vara högst 20 000 tecken.", "Kommentaren får vara högst 2 000 tecken.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
        Assert.Contains("Formuläret innehåller fel", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_or_status_that_is_not_one_gives_a_swedish_message()
    {
        var ctx = await app.NewProjectAsync();
        var response = await ctx.Client.SubmitAsync(ctx.Url("leveranser"), Form(due: "30 januari", status: "Färdig"));
        await response.AssertRejectedAsync("Värdet '30 januari' är inte ett datum för Klart senast. Ange datumet som ÅÅÅÅ-MM-DD", "Värdet 'Färdig' är inte giltigt för Status.");
        var undefined = await ctx.Client.SubmitAsync(ctx.Url("leveranser"), Form(due: "2023-02-30", status: "99"));
        await undefined.AssertRejectedAsync("Värdet '2023-02-30' är inte ett datum för Klart senast.", "Värdet '99' är inte giltigt.");
        Assert.Empty(await StoredAsync(ctx.ProjectId));
    }

    [Fact]
    public async Task In_english_the_page_and_its_messages_are_english()
    {
        var ctx = await app.NewProjectAsync();
        await app.InsertAsync(new Deliverable { ProjectId = ctx.ProjectId, Code = "L1", Description = "Uppföljningsrapport" });
        var taken = await ctx.Client.SubmitAsync(ctx.Url("leveranser") + "?culture=en", Form(code: "L1"));
        await taken.AssertRejectedAsync("Deliverables", "Add the deliverable", "The code L1 is already used by another deliverable in the project.");
        var missing = await ctx.Client.SubmitAsync(ctx.Url("leveranser") + "?culture=en", Form(code: "", description: "", due: "30 januari"));
        await missing.AssertRejectedAsync("Enter the deliverable's code, for example L1.", "Describe the deliverable.", "The value '30 januari' is not a date for Due.");
    }

    [Fact]
    public async Task A_code_is_unique_within_the_project_whatever_its_case()
    {
        var ctx = await app.NewProjectAsync();
        await app.InsertAsync(new Deliverable { ProjectId = ctx.ProjectId, Code = "L1", Description = "Uppföljningsrapport" });
        var second = await app.InsertAsync(new Deliverable { ProjectId = ctx.ProjectId, Code = "L2", Description = "Tjänstekatalog" });

        var add = await ctx.Client.SubmitAsync(ctx.Url("leveranser"), Form(code: "l1", description: "Något annat"));
        await add.AssertRejectedAsync("Koden l1 används redan av en annan leverans i projektet.");
        var edit = await ctx.Client.SubmitAsync(ctx.Url("leveranser", second), Form(code: "L1", description: "Tjänstekatalog"));
        await edit.AssertRejectedAsync("Koden L1 används redan av en annan leverans i projektet.");
        Assert.Equal(["L1", "L2"], (await StoredAsync(ctx.ProjectId)).Select(d => d.Code));

        // The same code in another project is fine, and an item keeps its own code when edited.
        var other = await app.NewSiblingProjectAsync(ctx);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ctx.Client.SubmitAsync($"/projekt/{other}/leveranser", Form(code: "L1"))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ctx.Client.SubmitAsync(ctx.Url("leveranser", second), Form(code: "L2", description: "Ny text"))).StatusCode);
    }

    [Fact]
    public async Task The_edit_page_shows_the_stored_values_and_a_conflict_names_fields_in_swedish()
    {
        var ctx = await app.NewProjectAsync();
        var id = await app.InsertAsync(new Deliverable { ProjectId = ctx.ProjectId, Code = "L7", Description = "Utvärderingsrapport", DueDate = new DateOnly(2023, 9, 30), Status = WorkStatus.InProgress });
        var html = await (await ctx.Client.GetAsync(ctx.Url("leveranser", id))).TextAsync();
        Assert.Contains("Redigera leverans L7", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2023-09-30\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"InProgress\" selected=\"selected\">Pågår</option>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"date\"", html, StringComparison.Ordinal);

        var stale = await ctx.Client.LoadFormAsync(ctx.Url("leveranser", id));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ctx.Client.SubmitAsync(ctx.Url("leveranser", id), Form(code: "L7", description: "Utvärderingsrapport", due: "2023-09-30", status: "Done"))).StatusCode);
        var conflict = await ctx.Client.SubmitAsync(stale, Form(code: "L7", description: "Utvärderingsrapport", due: "2023-09-30", status: "Cancelled"));
        var text = await conflict.AssertRejectedAsync("Ändrad av någon annan");
        Assert.Matches("<th scope=\"row\">Status</th>\\s*<td[^>]*>Struken</td>\\s*<td[^>]*>Klar</td>", text);
        Assert.Equal(WorkStatus.Done, (await StoredAsync(ctx.ProjectId)).Single().Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DeliverablesSqliteTests(SqliteApp app) : DeliverablesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class DeliverablesPostgresTests(PostgresApp app) : DeliverablesTests(app);
