using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Communication.Views;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Kommunpilot.Tests.Infrastructure;
using Kommunpilot.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.Communication.Views;

/// <summary>
/// The five views of a plan through real HTTP: readable by a reader of the organisation, hidden from
/// other tenants, and showing what the sample plan (<see cref="SamplePlan"/>) holds.
/// </summary>
public abstract partial class ViewPagesTests(AppFactory app)
{
    private static readonly string[] Sections = ["tidslinje", "tackning", "timmar", "forsenade", "intressentkarta"];

    private sealed record Ctx(HttpClient Client, int PlanId, int OrganizationId)
    {
        public string Url(string section) => $"/kommunikation/{PlanId}/{section}";

        public async Task<string> TextAsync(string section) => WebUtility.HtmlDecode(await Client.HtmlAsync(Url(section)));
    }

    /// <summary>A sample plan in a new organisation, read by a member with the reader role.</summary>
    private async Task<Ctx> NewAsync()
    {
        var tenant = await app.NewTenantAsync(OrganizationRole.Reader);
        var project = await app.NewProjectAsync(tenant.OrganizationId, "Vyprojekt");
        var plan = await app.NewPlanAsync(tenant.OrganizationId, project);
        return new Ctx(await app.SignedInAsync(tenant), plan, tenant.OrganizationId);
    }

    private Task AddAsync(int planId, Action<AppDbContext, CommunicationPlan> change) => app.WithDbAsync(async db =>
    {
        var plan = await db.CommunicationPlans.IgnoreQueryFilters().Include(p => p.Stakeholders).Include(p => p.Channels).SingleAsync(p => p.Id == planId);
        change(db, plan);
        return await db.SaveChangesAsync();
    });

    [GeneratedRegex("<svg[^>]*role=\"img\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<main.*</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [Fact]
    public async Task Every_view_is_readable_by_a_reader_and_starts_with_the_plan_navigation()
    {
        var ctx = await NewAsync();
        foreach (var section in Sections)
        {
            var html = await ctx.TextAsync(section);
            Assert.Contains("Kommunikationsplan", html, StringComparison.Ordinal);
            Assert.Contains("aria-label=\"Planens delar\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"{ctx.Url(section)}\" aria-current=\"page\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("style=", MainElement().Match(html).Value, StringComparison.Ordinal);
            Assert.DoesNotContain("<form method=\"post\" action=\"/kommunikation", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Another_tenant_gets_404_on_every_view()
    {
        var ctx = await NewAsync();
        var other = await app.SignedInAsync(await app.NewTenantAsync(OrganizationRole.Administrator));
        foreach (var section in Sections)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(ctx.Url(section))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await ctx.Client.GetAsync("/kommunikation/999999/tidslinje")).StatusCode);
    }

    [Fact]
    public async Task The_timeline_marks_the_months_of_each_activity_and_lists_the_unclear_one_below_with_why()
    {
        var ctx = await NewAsync();
        var html = await ctx.TextAsync("tidslinje");
        var rows = Regex.Matches(html, "<tr>.*?</tr>", RegexOptions.Singleline).Select(m => m.Value).ToList();

        var march = rows.Single(r => r.Contains("Information till styrgruppen", StringComparison.Ordinal));
        Assert.Equal(1, Regex.Count(march, ">pågår<"));
        var autumn = rows.Single(r => r.Contains("Nyhetsbrev till medarbetare", StringComparison.Ordinal));
        Assert.Equal(5, Regex.Count(autumn, ">pågår<"));
        Assert.Contains("augusti–december 2023", autumn, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Information till styrgruppen", StringComparison.Ordinal) < html.IndexOf("Nyhetsbrev till medarbetare", StringComparison.Ordinal));

        var unclear = rows.Single(r => r.Contains("Workshop med pilotverksamheter", StringComparison.Ordinal));
        Assert.Contains("någon gång till hösten kanske", unclear, StringComparison.Ordinal);
        Assert.Contains("Tidpunkten kunde inte tolkas.", unclear, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Aktiviteter utan datum", StringComparison.Ordinal) < html.IndexOf("Workshop med pilotverksamheter", StringComparison.Ordinal));
        Assert.Contains("<span aria-hidden=\"true\">jan</span><span class=\"visually-hidden\">januari 2023", html, StringComparison.Ordinal);

        // A year outside the plan falls back to the plan's year, and says so.
        var other = await ctx.TextAsync("tidslinje?ar=1999");
        Assert.Contains("Planen har inga aktiviteter det året; 2023 visas.", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coverage_warns_of_a_core_group_only_a_cancelled_activity_reaches()
    {
        var ctx = await NewAsync();
        var text = await ctx.TextAsync("tackning");
        Assert.Contains("Ingen aktivitet bär budskap 2: Vi arbetar med implementering.", text, StringComparison.Ordinal);
        Assert.Contains("Ingen aktivitet når heller dessa målgrupper: Allmänheten (sekundärintressent).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingen aktivitet når Styrgruppen", text, StringComparison.Ordinal);

        await AddAsync(ctx.PlanId, (db, plan) =>
        {
            var council = new Stakeholder { Name = "Servicenämnden", Priority = StakeholderPriority.Core, Order = 4 };
            plan.Stakeholders.Add(council);
            var cancelled = new PlanActivity { What = "Inställd dragning", Status = ActivityStatus.Cancelled, Order = 4 };
            cancelled.SetTiming("maj 2023", plan.PeriodStart);
            cancelled.Stakeholders.Add(new ActivityStakeholder { Stakeholder = council });
            cancelled.Channels.Add(new ActivityChannel { Channel = plan.Channels.Single(c => c.Name == "Fysiskt möte") });
            plan.Activities.Add(cancelled);
        });
        text = await ctx.TextAsync("tackning");
        Assert.Contains("<strong>Ingen aktivitet når Servicenämnden</strong> (kärnintressent).", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Ingen aktivitet når Servicenämnden", StringComparison.Ordinal) < text.IndexOf("Ingen aktivitet bär budskap", StringComparison.Ordinal));
        Assert.Contains("Inställda aktiviteter räknas inte (1 st).", text, StringComparison.Ordinal);
        var councilRow = Regex.Match(text, "<tr class=\"cov-gap\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("Servicenämnden", councilRow, StringComparison.Ordinal);
        Assert.Contains("Nås inte", councilRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hours_spread_over_months_and_per_person_and_keep_undated_hours_without_anyone()
    {
        var ctx = await NewAsync();
        await AddAsync(ctx.PlanId, (db, plan) =>
        {
            var loose = new PlanActivity { What = "Löpande uppdateringar", PlannedHours = 3, Order = 5 };
            loose.SetTiming("löpande", plan.PeriodStart);
            plan.Activities.Add(loose);
        });
        var text = await ctx.TextAsync("timmar");

        Assert.Contains("delas lika mellan dess ansvariga och sprids över dess månader i proportion till antalet dagar", text, StringComparison.Ordinal);
        // 4 h in March for the leader; 2 h over August-December split between two: 1 h each, 0,2 h a month.
        const string Zero = "<td><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">0</span></td>";
        Assert.Matches(new Regex($"<th scope=\"row\" class=\"text-nowrap\">mars 2023</th>\\s*{Zero}\\s*<td>4,0</td>"), text);
        Assert.Matches(new Regex("<th scope=\"row\" class=\"text-nowrap\">augusti 2023</th>\\s*<td>0,2</td>\\s*<td>0,2</td>", RegexOptions.None), text);
        var undated = Regex.Match(text, "<tr class=\"hours-undated\">.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("Utan tidpunkt", undated, StringComparison.Ordinal);
        Assert.Contains("3,0", undated, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Utan ansvarig</th>", text, StringComparison.Ordinal);
        Assert.Contains("<td class=\"fw-bold\">9,0</td>", text, StringComparison.Ordinal); // 4 + 2 + 3: nothing lost
        // The leader: 4 + 1 planned hours, one done activity with 5 actual hours.
        Assert.Matches(new Regex("<th scope=\"row\">Projektledare [0-9a-f]{6}</th>\\s*<td>5,0</td>\\s*<td>1</td>\\s*<td>5,0</td>"), text);
    }

    [Fact]
    public async Task Late_due_soon_and_not_judged_are_listed_with_links_and_who_is_responsible()
    {
        var ctx = await NewAsync();
        var today = PlanFacts.SwedishToday(TimeProvider.System);
        await AddAsync(ctx.PlanId, (db, plan) =>
            plan.Activities.Add(new PlanActivity
            {
                What = "Inbjudan till dialogmöte",
                Status = ActivityStatus.InProgress,
                TimingText = "nästa vecka",
                TimingKind = TimingKind.Range,
                StartDate = today,
                EndDate = today.AddDays(7),
                Order = 6,
            }));
        var text = await ctx.TextAsync("forsenade");
        var late = Section(text, "late-heading");
        var soon = Section(text, "soon-heading");
        var unjudged = Section(text, "unjudged-heading");

        var activities = await app.WithDbAsync(db => db.PlanActivities.IgnoreQueryFilters().Where(a => a.PlanId == ctx.PlanId).ToDictionaryAsync(a => a.What, a => a.Id));
        Assert.Contains($"href=\"/kommunikation/{ctx.PlanId}/aktiviteter/{activities["Nyhetsbrev till medarbetare"]}\"", late, StringComparison.Ordinal);
        Assert.Contains($"{today.DayNumber - new DateOnly(2023, 12, 31).DayNumber} dagar", late, StringComparison.Ordinal);
        Assert.Matches("Kommunikatör [0-9a-f]{6}, Projektledare [0-9a-f]{6}", late);
        Assert.DoesNotContain("Information till styrgruppen", text, StringComparison.Ordinal); // done, never late
        Assert.Contains("Inbjudan till dialogmöte", soon, StringComparison.Ordinal);
        Assert.Contains("7 dagar", soon, StringComparison.Ordinal);
        Assert.Contains($"href=\"/kommunikation/{ctx.PlanId}/aktiviteter/{activities["Workshop med pilotverksamheter"]}\"", unjudged, StringComparison.Ordinal);
        Assert.Contains("Tidpunkten kunde inte tolkas.", unjudged, StringComparison.Ordinal);
        Assert.Contains("Ingen ansvarig", unjudged, StringComparison.Ordinal);

        static string Section(string html, string id)
        {
            var start = html.IndexOf($"aria-labelledby=\"{id}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, id);
            return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        }
    }

    [Fact]
    public async Task The_stakeholder_map_is_an_svg_with_every_placed_group_and_a_table_and_lists_the_unplaced()
    {
        var ctx = await NewAsync();
        await AddAsync(ctx.PlanId, (db, plan) =>
        {
            plan.Stakeholders.Add(new Stakeholder { Name = "Fackliga företrädare", Priority = StakeholderPriority.Primary, Influence = Level.High, Interest = Level.High, Order = 4 });
            plan.Stakeholders.Add(new Stakeholder { Name = "Pensionärsrådet", Priority = StakeholderPriority.Secondary, Interest = Level.Medium, Order = 5 });
        });
        var text = await ctx.TextAsync("intressentkarta");
        var svg = Svg().Match(text).Value;

        Assert.Contains("aria-labelledby=\"sm-title sm-desc\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"sm-title\">", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"sm-desc\">4 målgrupper", svg, StringComparison.Ordinal);
        foreach (var name in new[] { "Styrgruppen", "Medarbetare", "Allmänheten", "Fackliga företrädare" })
        {
            Assert.Contains($">{name}</tspan>", svg, StringComparison.Ordinal);
        }
        foreach (var field in new[] { "Hantera nära", "Håll nöjda", "Håll informerade", "Övervaka" })
        {
            Assert.Contains($">{field}</text>", svg, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Pensionärsrådet", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("style", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(",5\"", svg, StringComparison.Ordinal); // coordinates with a decimal point, not a Swedish comma

        // Two names in the same cell (high influence, high interest) are stacked, not drawn on each other.
        var board = Regex.Match(svg, "<text class=\"sm-name\" x=\"([0-9.]+)\" y=\"([0-9.]+)\">\\s*<tspan[^>]*>Styrgruppen<").Groups;
        var union = Regex.Match(svg, "<text class=\"sm-name\" x=\"([0-9.]+)\" y=\"([0-9.]+)\">\\s*<tspan[^>]*>Fackliga företrädare<").Groups;
        Assert.True(board[0].Success && union[0].Success);
        Assert.Equal(board[1].Value, union[1].Value);
        Assert.NotEqual(board[2].Value, union[2].Value);

        Assert.Matches(new Regex("<th scope=\"row\">Medarbetare</th>\\s*<td>Primärintressent</td>\\s*<td>Låg</td>\\s*<td>Hög</td>\\s*<td>Håll informerade</td>"), text);
        Assert.Contains("Pensionärsrådet (sekundärintressent):", text, StringComparison.Ordinal);
        Assert.Contains("saknar inflytande", text, StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewPagesSqliteTests(SqliteApp app) : ViewPagesTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewPagesPostgresTests(PostgresApp app) : ViewPagesTests(app);
