using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Projects;

/// <summary>Test data builders and form helpers for the project register's tests.</summary>
internal static partial class ProjectTestData
{
    public const string LundPilot = "Samordnade servicetjänster";

    public static Task<int> NewProjectAsync(this AppFactory app, int organizationId, string name, Action<Project>? configure = null) =>
        app.WithDbAsync(async db =>
        {
            var project = new Project { Name = name, OrganizationId = organizationId };
            project.Owners.Add(new ProjectOwner { OrganizationId = organizationId });
            configure?.Invoke(project);
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });

    public static Task<int> LundPilotIdAsync(this AppFactory app) =>
        app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().Where(p => p.Name == LundPilot).Select(p => p.Id).SingleAsync());

    public static Task<int> OrganizationIdAsync(this AppFactory app, string name) =>
        app.WithDbAsync(db => db.Organizations.IgnoreQueryFilters().Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<Project> ProjectAsync(this AppFactory app, int id) =>
        app.WithDbAsync(db => db.Projects.IgnoreQueryFilters().AsNoTracking().Include(p => p.Owners).SingleAsync(p => p.Id == id));

    public static Task AddMembershipAsync(this AppFactory app, string userId, int organizationId, OrganizationRole role) =>
        app.WithDbAsync(async db =>
        {
            db.Memberships.Add(new Membership { UserId = userId, OrganizationId = organizationId, Role = role });
            return await db.SaveChangesAsync();
        });

    public static Task<int> AddProgrammeAsync(this AppFactory app, int organizationId, string name) =>
        app.WithDbAsync(async db =>
        {
            var programme = new Programme { OrganizationId = organizationId, Name = name };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync();
            return programme.Id;
        });

    /// <summary>A project model with three phases, BP1 (once) and BP2 (may repeat).</summary>
    public static Task<ProjectModel> AddProjectModelAsync(this AppFactory app, int organizationId, string name = "Testmodell") =>
        app.WithDbAsync(async db =>
        {
            var model = new ProjectModel { OrganizationId = organizationId, Name = name };
            model.Phases.Add(new ProjectPhase { Name = "Förstudie", Order = 1 });
            model.Phases.Add(new ProjectPhase { Name = "Genomförande", Order = 2 });
            model.Phases.Add(new ProjectPhase { Name = "Avslut", Order = 3 });
            model.DecisionPoints.Add(new DecisionPoint { Code = "BP1", Name = "Beslut om start", Order = 1 });
            model.DecisionPoints.Add(new DecisionPoint { Code = "BP2", Name = "Beslut om fortsättning", Order = 2, MayRepeat = true });
            db.ProjectModels.Add(model);
            await db.SaveChangesAsync();
            return model;
        });

    public static Task<HttpClient> SignedInAsync(this AppFactory app, TestTenant tenant) =>
        app.SignedInClientAsync(tenant.Email, tenant.Password);

    public static async Task<string> BodyAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return body;
    }

    public static void AssertRedirectTo(this HttpResponseMessage response, string location)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    /// <summary>The id in a redirect to /projekt/{id}.</summary>
    public static int RedirectedProjectId(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = ProjectAddress().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location!.OriginalString);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The fields of the page's own form (the one marked novalidate; the layout's forms are not),
    /// as a browser would send them: inputs, ticked checkboxes, textareas and selected options.
    /// </summary>
    public static Dictionary<string, string> FormFields(string html, string? handler = null)
    {
        var forms = FormRegex().Matches(html).Select(m => m.Value).Where(f => f.Contains("novalidate", StringComparison.Ordinal));
        var form = handler is null ? forms.First() : forms.First(f => f.Contains($"handler={handler}", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputRegex().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            var type = Attribute(tag, "type") ?? "text";
            if (name is null || name == "__RequestVerificationToken" || (type == "checkbox" && !tag.Contains("checked", StringComparison.Ordinal)))
            {
                continue;
            }
            var value = Attribute(tag, "value") ?? "";
            // Checkbox lists post one value per ticked box; joined with commas is enough for these tests.
            fields[name] = fields.TryGetValue(name, out var existing) && type == "checkbox" ? existing + "," + value : value;
        }
        foreach (Match area in TextAreaRegex().Matches(form))
        {
            var text = WebUtility.HtmlDecode(area.Groups[2].Value);
            fields[area.Groups[1].Value] = text.StartsWith("\r\n", StringComparison.Ordinal) ? text[2..] : text.StartsWith('\n') ? text[1..] : text;
        }
        foreach (Match select in SelectRegex().Matches(form))
        {
            var selected = SelectedRegex().Match(select.Groups[2].Value);
            var value = selected.Groups[1].Success ? selected.Groups[1].Value : selected.Groups[2].Value;
            fields[select.Groups[1].Value] = WebUtility.HtmlDecode(value);
        }
        return fields;
    }

    /// <summary>
    /// Posts fields read with <see cref="FormFields"/> (with the antiforgery token of <paramref name="formPage"/>),
    /// sending the co-owner checkbox list as repeated fields, the way a browser does.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string formPage, Dictionary<string, string> fields, string? action = null)
    {
        var page = await client.GetAsync(formPage);
        var token = Http.AntiforgeryToken(await page.Content.ReadAsStringAsync());
        var pairs = fields.SelectMany(f => f.Key == "Input.CoOwnerIds"
                ? f.Value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => new KeyValuePair<string, string>(f.Key, v))
                : [new KeyValuePair<string, string>(f.Key, f.Value)])
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(action ?? formPage, new FormUrlEncodedContent(pairs));
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormRegex();

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex InputRegex();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaRegex();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectRegex();

    [GeneratedRegex("<option\\b[^>]*\\sselected=\"selected\"[^>]*\\svalue=\"([^\"]*)\"|<option\\b[^>]*\\svalue=\"([^\"]*)\"[^>]*\\sselected=\"selected\"")]
    private static partial Regex SelectedRegex();

    [GeneratedRegex("^/projekt/(\\d+)$")]
    private static partial Regex ProjectAddress();
}
