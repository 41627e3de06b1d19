using Kommunpilot.Features.FollowUp;
using Kommunpilot.Features.FollowUp.Reports;
using Kommunpilot.Features.Projects;
using Kommunpilot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Tests.FollowUp.Reports;

/// <summary>Reports drafted from the sample's data: values, statuses, templates and changes since the previous adopted report.</summary>
public abstract class ReportDraftingTests(AppFactory app)
{
    [Fact]
    public async Task A_follow_up_report_drafts_its_template_from_the_data_as_of_its_period_end()
    {
        var ctx = await app.NewReportContextAsync();
        var report = await ctx.Client.ReportJsonAsync(ctx.Ids.FollowUpReport1);

        Assert.Equal("Planned", report.GetProperty("status").GetString());
        Assert.Equal("Uppföljningsrapport 1", report.GetProperty("name").GetString());
        Assert.Empty(report.GetProperty("sections").EnumerateArray());
        Assert.Equal(
            ["Sammanfattning", "Nyckeltal – resultat och trend per nyckeltal och pilotverksamhet", "Leveranser", "Milstolpar", "Förändringar sedan föregående rapport"],
            report.GetProperty("content").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()));

        // Per 2022-04-30 only tertial 1 is in: 72 % (a little behind the line from 70 to 85: at risk) and 68 % (off track).
        var kpis = report.ContentSection(ReportSectionKeys.Kpis);
        var satisfaction = kpis.Table("Nöjda verksamheter");
        Assert.Equal(["Period", ctx.Ids.SiteAName, ctx.Ids.SiteBName], satisfaction.Headers());
        Assert.Equal([["tertial 1 2022", "72 %", "68 %"], ["Status (senaste värdet)", "Risk", "Ur fas"]], satisfaction.Rows());
        var chart = kpis.Blocks().Select(b => b.TryGetProperty("chart", out var c) ? c : default).First(c => c.ValueKind != System.Text.Json.JsonValueKind.Undefined);
        Assert.Equal(["tertial 1 2022"], chart.GetProperty("periods").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal([72m, 68m], chart.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("values")[0].GetDecimal()));
        Assert.Equal(85m, chart.GetProperty("target").GetDecimal());
        // The yearly cost (2022) ends after the period end; the one-site KPI has no values.
        Assert.Equal(2, kpis.Paragraphs().Count(p => p == "Inga mätvärden till och med 2022-04-30."));
        Assert.Contains(kpis.Paragraphs(), p => p.StartsWith("Så bedöms status: Förväntat värde går i en rak linje", StringComparison.Ordinal));

        Assert.Equal([["L1", "Uppföljningsrapporter", "2023-12-31", "Pågår"]], report.ContentSection(ReportSectionKeys.Deliverables).Table("Leveranser").Rows());
        Assert.Equal([["Fastställda nyckeltal och uppföljningsmetoder", "–", "2022-03-01", "Klar"]], report.ContentSection(ReportSectionKeys.Milestones).Table("Milstolpar").Rows());
        Assert.Equal([ChangesFirst], report.ContentSection(ReportSectionKeys.Changes).Paragraphs());

        var used = await app.WithDbAsync(db => db.Measurements.IgnoreQueryFilters()
            .Where(m => m.KpiId == ctx.Ids.SatisfactionKpi && m.PeriodEnd <= new DateOnly(2022, 4, 30)).Select(m => m.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(used, report.GetProperty("content").GetProperty("measurementIds").EnumerateArray().Select(i => i.GetInt32()));
    }

    private const string ChangesFirst = "Första rapporten – det finns ingen tidigare fastställd rapport att jämföra med.";

    [Fact]
    public async Task An_evaluation_shows_the_movement_from_baseline_and_the_goal_attainment()
    {
        var ctx = await app.NewReportContextAsync();
        await app.WithDbAsync(async db =>
        {
            db.Goals.Add(new Goal { ProjectId = ctx.Ids.ProjectId, Kind = GoalKind.Effect, Text = "Nöjdare verksamheter", Order = 1 });
            return await db.SaveChangesAsync();
        });
        var report = await ctx.Client.ReportJsonAsync(ctx.Ids.Evaluation1);
        Assert.Equal(
            ["Sammanfattning", "Förflyttning per nyckeltal", "Erfarenheter", "Intervjuer – sammanfattning", "Lärdomar", "Måluppfyllelse"],
            report.GetProperty("content").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()));

        var movement = report.ContentSection(ReportSectionKeys.Movement).Table("Förflyttning").Rows();
        var kpi = movement[0][0];
        Assert.StartsWith("Nöjda verksamheter", kpi, StringComparison.Ordinal);
        Assert.Equal([kpi, ctx.Ids.SiteAName, "70 % (2022-01-01)", "79 % (tertial 3 2022)", "+9 procentenheter", "85 % (2023-12-31)", "I fas"], movement[0]);
        Assert.Equal([kpi, ctx.Ids.SiteBName, "70 % (2022-01-01)", "70 % (tertial 3 2022)", "±0 procentenheter", "85 % (2023-12-31)", "Ur fas"], movement[1]);
        Assert.Equal(["Hela projektet", "1 000 000 kr (2022-01-01)", "960 000 kr (2022)", "−40 000 kr", "900 000 kr (2023-12-31)", "Risk"], movement[2][1..]);
        Assert.Equal([ctx.Ids.SiteAName, "–", "–", "–", "–", "Ingen bedömning"], movement[3][1..]);

        var attainment = report.ContentSection(ReportSectionKeys.GoalAttainment);
        Assert.Equal([["Effektmål", "Nöjdare verksamheter"]], attainment.Table("Projektets mål").Rows());
        Assert.Contains("Av 4 värden (nyckeltal per pilotverksamhet) är 1 i fas, 1 i riskzonen och 1 ur fas; 1 saknar bedömning", attainment.Paragraphs().First(p => p.StartsWith("Av ", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_final_report_follows_the_structure_of_002_with_the_projects_purpose_and_goals()
    {
        var ctx = await app.NewReportContextAsync();
        var finalId = await app.WithDbAsync(async db =>
        {
            var project = await db.Projects.IgnoreQueryFilters().SingleAsync(p => p.Id == ctx.Ids.ProjectId);
            project.Purpose = "Att pröva en gemensam serviceorganisation.";
            var final = new ProjectReport { ProjectId = ctx.Ids.ProjectId, Kind = ReportKind.Final, Number = 1, DueDate = new DateOnly(2024, 3, 31) };
            db.ProjectReports.Add(final);
            await db.SaveChangesAsync();
            return final.Id;
        });
        var report = await ctx.Client.ReportJsonAsync(finalId);
        Assert.Equal("Slutrapport", report.GetProperty("name").GetString());
        Assert.Equal(
            ["Syfte och mål", "Måluppfyllelse", "Förflyttning per nyckeltal", "Analys av projektförloppet", "Utvärdering av projektorganisationen", "Kvalitetsuppföljning"],
            report.GetProperty("content").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("title").GetString()));
        var purpose = report.ContentSection(ReportSectionKeys.PurposeAndGoals);
        Assert.Contains("Att pröva en gemensam serviceorganisation.", purpose.Paragraphs());
        Assert.Contains("Projektet har inga mål registrerade.", purpose.Paragraphs());
        // Without a period end the report is drafted as of today: all the sample's values are in.
        var movement = report.ContentSection(ReportSectionKeys.Movement).Table("Förflyttning").Rows();
        Assert.Equal("79 % (tertial 3 2022)", movement[0][3]);
        Assert.Empty(report.ContentSection(ReportSectionKeys.QualityFollowUp).Blocks());
    }

    [Fact]
    public async Task Changes_since_the_previous_report_compare_with_that_report_as_adopted()
    {
        var ctx = await app.NewReportContextAsync();
        await ctx.Client.StartDraftAsync(ctx.Ids.FollowUpReport1);
        await ctx.Client.AdoptAsync(ctx.Ids.FollowUpReport1);
        await app.WithDbAsync(async db =>
        {
            var deliverable = await db.Deliverables.IgnoreQueryFilters().SingleAsync(d => d.ProjectId == ctx.Ids.ProjectId);
            deliverable.Status = WorkStatus.Done;
            return await db.SaveChangesAsync();
        });

        var second = await ctx.Client.ReportJsonAsync(ctx.Ids.FollowUpReport2);
        var changes = second.ContentSection(ReportSectionKeys.Changes);
        Assert.Equal("Jämfört med Uppföljningsrapport 1, fastställd 2022-05-20 av Servicenämnden.", changes.Paragraphs().First());
        var kpis = changes.Table("Nyckeltal").Rows();
        Assert.Equal(["Nyckeltal", "Pilotverksamhet", "Då", "Nu", "Status då", "Status nu"], changes.Table("Nyckeltal").Headers());
        Assert.Equal([ctx.Ids.SiteAName, "72 % (tertial 1 2022)", "75 % (tertial 2 2022)", "Risk", "I fas"], kpis[0][1..]);
        Assert.Equal([ctx.Ids.SiteBName, "68 % (tertial 1 2022)", "66 % (tertial 2 2022)", "Ur fas", "Ur fas"], kpis[1][1..]);
        Assert.Equal([["L1 Uppföljningsrapporter", "Pågår", "Klar", "Ja"]], changes.Table("Leveranser").Rows());
        Assert.Equal([["Fastställda nyckeltal och uppföljningsmetoder", "Klar", "Klar", "Nej"]], changes.Table("Milstolpar").Rows());

        // The first report has nothing before it, even now that another is adopted.
        var first = await ctx.Client.ReportJsonAsync(ctx.Ids.FollowUpReport1);
        Assert.Equal([ChangesFirst], first.ContentSection(ReportSectionKeys.Changes).Paragraphs());
    }

    [Fact]
    public async Task Drafting_reads_a_fixed_number_of_queries_whatever_the_number_of_kpis()
    {
        var ctx = await app.NewReportContextAsync();
        var before = await CountQueriesAsync(ctx);
        Assert.True(before > 5, $"Only {before} commands counted: the counter does not see the queries.");
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 5; i++)
            {
                var kpi = new Kpi { ProjectId = ctx.Ids.ProjectId, Name = $"Extra {i}", Frequency = KpiFrequency.Tertial, Scope = KpiScope.AllPilotSites, Unit = KpiUnit.Count };
                db.Kpis.Add(kpi);
                await db.SaveChangesAsync();
                db.Measurements.Add(new Measurement { ProjectId = ctx.Ids.ProjectId, KpiId = kpi.Id, PilotSiteId = ctx.Ids.SiteA, PeriodStart = new DateOnly(2022, 1, 1), PeriodEnd = new DateOnly(2022, 4, 30), Value = i });
            }
            return await db.SaveChangesAsync();
        });
        Assert.Equal(before, await CountQueriesAsync(ctx));
    }

    /// <summary>The database commands one GET /api/reports/{id} sends to this app's database (the collection's tests run one at a time).</summary>
    private async Task<int> CountQueriesAsync(ReportContext ctx)
    {
        var connection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()));
        await ctx.Client.ReportJsonAsync(ctx.Ids.FollowUpReport1);
        var listener = new CommandCounter(connection);
        using (System.Diagnostics.DiagnosticListener.AllListeners.Subscribe(listener))
        {
            await ctx.Client.ReportJsonAsync(ctx.Ids.FollowUpReport1);
        }
        listener.Dispose();
        return listener.Commands;
    }

    private sealed class CommandCounter(string? connection) : IObserver<System.Diagnostics.DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _commands;

        public int Commands => _commands;

        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());

        public void OnNext(System.Diagnostics.DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted.Name
                && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData data
                && data.Context?.Database.GetConnectionString() == connection)
            {
                Interlocked.Increment(ref _commands);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportDraftingSqliteTests(SqliteApp app) : ReportDraftingTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportDraftingPostgresTests(PostgresApp app) : ReportDraftingTests(app);
