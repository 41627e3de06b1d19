using System.Net;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.Projects.Parts;

/// <summary>
/// The rules every part page keeps (goals, scope limits, pilot sites, deliverables, milestones,
/// project organisation): add, edit and delete with Post/Redirect/Get; readers get 403; another
/// tenant's or another project's ids are 404; a stale version shows a conflict and overwrites nothing;
/// a double-submitted add stores one item.
/// </summary>
public abstract class PartRulesTests(AppFactory app)
{
    private static PartCase Part(string slug) => PartCases.All[slug];

    private Task<int> CountAsync(PartCase part, int projectId) => app.WithDbAsync(db => part.CountAsync(db, projectId));

    private Task<string?> TextAsync(PartCase part, int itemId) => app.WithDbAsync(db => part.TextAsync(db, itemId));

    private const string Edited = "Ändrad i testet";

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task An_editor_adds_edits_and_deletes_an_item_with_a_message_after_each(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync();
        var list = ctx.Url(slug);

        var added = await ctx.Client.SubmitAsync(list, part.AddForm(ctx));
        await added.AssertRedirectedWithAsync(ctx.Client, list, "är tillag"); // tillagd, tillagt
        Assert.Equal(1, await CountAsync(part, ctx.ProjectId));

        var itemId = await app.InsertAsync(part.NewItem(ctx));
        var edited = await ctx.Client.SubmitAsync(ctx.Url(slug, itemId), part.EditForm(ctx, Edited));
        await edited.AssertRedirectedWithAsync(ctx.Client, list, "är spara"); // sparad, sparat, sparade
        Assert.Equal(Edited, await TextAsync(part, itemId));

        var question = await ctx.Client.GetAsync(ctx.Url(slug, itemId) + "?ta-bort=true");
        Assert.Contains("Vill du ta bort", await question.TextAsync(), StringComparison.Ordinal);
        var deleted = await ctx.Client.SubmitAsync(ctx.Url(slug, itemId), part.EditForm(ctx, Edited), handler: "Delete");
        await deleted.AssertRedirectedWithAsync(ctx.Client, list, "är borttag"); // borttagen, borttaget
        Assert.Null(await TextAsync(part, itemId));
        Assert.Equal(1, await CountAsync(part, ctx.ProjectId));
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task A_reader_sees_the_list_but_may_change_nothing(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync(OrganizationRole.Reader);
        var itemId = await app.InsertAsync(part.NewItem(ctx));

        var list = await ctx.Client.LoadFormAsync(ctx.Url(slug)); // the page has a form: the language switch
        var html = await (await ctx.Client.GetAsync(ctx.Url(slug))).TextAsync();
        Assert.DoesNotContain("Input.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ctx.Url(slug, itemId), html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(list, part.AddForm(ctx))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.GetAsync(ctx.Url(slug, itemId))).StatusCode);
        var edit = list with { Url = ctx.Url(slug, itemId), Version = Guid.NewGuid().ToString() };
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(edit, part.EditForm(ctx, Edited))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ctx.Client.SubmitAsync(edit, part.EditForm(ctx, Edited), handler: "Delete")).StatusCode);
        Assert.Equal(1, await CountAsync(part, ctx.ProjectId));
        Assert.NotEqual(Edited, await TextAsync(part, itemId));
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task Another_tenants_project_and_items_are_not_found(string slug)
    {
        var part = Part(slug);
        var mine = await app.NewProjectAsync();
        var theirs = await app.NewProjectAsync();
        var theirItem = await app.InsertAsync(part.NewItem(theirs));
        var token = await mine.Client.LoadFormAsync(mine.Url(slug));

        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync(theirs.Url(slug))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.SubmitAsync(token with { Url = theirs.Url(slug) }, part.AddForm(theirs))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync(theirs.Url(slug, theirItem))).StatusCode);
        var edit = token with { Url = theirs.Url(slug, theirItem), Version = Guid.NewGuid().ToString() };
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.SubmitAsync(edit, part.EditForm(theirs, Edited))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.SubmitAsync(edit, part.EditForm(theirs, Edited), handler: "Delete")).StatusCode);
        // Their item under my project's address is not found either.
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.GetAsync(mine.Url(slug, theirItem))).StatusCode);
        Assert.Equal(1, await CountAsync(part, theirs.ProjectId));
        Assert.Equal(0, await CountAsync(part, mine.ProjectId));
        Assert.NotEqual(Edited, await TextAsync(part, theirItem));
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task An_item_of_another_project_is_not_found_under_this_one(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync();
        var sibling = await app.NewSiblingProjectAsync(ctx);
        var siblingItem = await app.InsertAsync(part.NewItem(ctx with { ProjectId = sibling }));

        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync(ctx.Url(slug, siblingItem))).StatusCode);
        var form = await ctx.Client.LoadFormAsync(ctx.Url(slug));
        var edit = form with { Url = ctx.Url(slug, siblingItem), Version = Guid.NewGuid().ToString() };
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.SubmitAsync(edit, part.EditForm(ctx, Edited))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.SubmitAsync(edit, part.EditForm(ctx, Edited), handler: "Delete")).StatusCode);
        Assert.Equal(1, await CountAsync(part, sibling));
        Assert.NotEqual(Edited, await TextAsync(part, siblingItem));
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync($"/projekt/{ctx.ProjectId}/{slug}/999999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync($"/projekt/999999999/{slug}")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task A_stale_edit_shows_both_versions_and_overwrites_nothing_until_saved_again(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync();
        var itemId = await app.InsertAsync(part.NewItem(ctx));
        var other = await app.SignedInClientAsync(ctx.Tenant.Email, ctx.Tenant.Password);
        var mineForm = await ctx.Client.LoadFormAsync(ctx.Url(slug, itemId));
        var theirForm = await other.LoadFormAsync(ctx.Url(slug, itemId));

        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(theirForm, part.EditForm(ctx, Edited))).StatusCode);

        var mine = part.EditForm(ctx, "Min egen version");
        var stale = await ctx.Client.SubmitAsync(mineForm, mine);
        var text = await stale.AssertRejectedAsync("Ändrad av någon annan", "Min egen version", Edited);
        Assert.Equal(Edited, await TextAsync(part, itemId));

        // The form now carries the stored version: saving again is a deliberate overwrite.
        var again = await ctx.Client.SubmitAsync(await ctx.Client.LoadFormAsync(ctx.Url(slug, itemId)) with { Version = CurrentVersion(text) }, mine);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Min egen version", await TextAsync(part, itemId));
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task A_stale_delete_shows_the_change_and_deletes_nothing(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync();
        var itemId = await app.InsertAsync(part.NewItem(ctx));
        var other = await app.SignedInClientAsync(ctx.Tenant.Email, ctx.Tenant.Password);
        var mineForm = await ctx.Client.LoadFormAsync(ctx.Url(slug, itemId));
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(ctx.Url(slug, itemId), part.EditForm(ctx, Edited))).StatusCode);

        var stale = await ctx.Client.SubmitAsync(mineForm, part.EditForm(ctx, part.OriginalText), handler: "Delete");
        await stale.AssertRejectedAsync("Ändrad av någon annan", "Vill du ta bort", part.OriginalText, Edited);
        Assert.Equal(Edited, await TextAsync(part, itemId));

        // Someone else deletes it; editing it then says so and keeps what the user typed.
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync(ctx.Url(slug, itemId), part.EditForm(ctx, Edited), handler: "Delete")).StatusCode);
        var gone = await ctx.Client.SubmitAsync(mineForm, part.EditForm(ctx, "Skrivet medan den togs bort"));
        await gone.AssertRejectedAsync("Posten har tagits bort av någon annan", "Skrivet medan den togs bort");
        Assert.Equal(0, await CountAsync(part, ctx.ProjectId));
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task An_edit_without_its_version_is_refused_in_swedish(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync();
        var itemId = await app.InsertAsync(part.NewItem(ctx));
        var form = await ctx.Client.LoadFormAsync(ctx.Url(slug, itemId));
        var response = await ctx.Client.SubmitAsync(form with { Version = null }, part.EditForm(ctx, Edited));
        await response.AssertRejectedAsync("Formuläret saknar versionsuppgift.");
        var garbled = await ctx.Client.SubmitAsync(form with { Version = "inte-en-version" }, part.EditForm(ctx, Edited));
        await garbled.AssertRejectedAsync("inte-en-version");
        Assert.NotEqual(Edited, await TextAsync(part, itemId));
    }

    [Theory]
    [MemberData(nameof(PartCases.Slugs), MemberType = typeof(PartCases))]
    public async Task A_double_submitted_add_stores_one_item(string slug)
    {
        var part = Part(slug);
        var ctx = await app.NewProjectAsync();
        var form = await ctx.Client.LoadFormAsync(ctx.Url(slug));

        // A replay of the same POST, then a double click (two at once).
        var first = await ctx.Client.SubmitAsync(form, part.AddForm(ctx));
        var replay = await ctx.Client.SubmitAsync(form, part.AddForm(ctx));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Equal(1, await CountAsync(part, ctx.ProjectId));

        var other = await app.NewProjectAsync();
        var otherForm = await other.Client.LoadFormAsync(other.Url(slug));
        var both = await Task.WhenAll(other.Client.SubmitAsync(otherForm, part.AddForm(other)), other.Client.SubmitAsync(otherForm, part.AddForm(other)));
        Assert.All(both, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await CountAsync(part, other.ProjectId));
    }

    private static string CurrentVersion(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.Version\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
}

[Collection(SqliteCollection.Name)]
public sealed class PartRulesSqliteTests(SqliteApp app) : PartRulesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class PartRulesPostgresTests(PostgresApp app) : PartRulesTests(app);
