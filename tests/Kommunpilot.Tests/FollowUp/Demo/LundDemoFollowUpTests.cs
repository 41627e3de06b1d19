using Kommunpilot.Features.FollowUp;
using Kommunpilot.Tests.Communication.Demo;
using Kommunpilot.Tests.Infrastructure;

namespace Kommunpilot.Tests.FollowUp.Demo;

/// <summary>
/// The Lund pilot's follow-up as demo data (issue 4 point 9, from 001): the reporting calendar, example
/// KPIs in the four areas with measurements 2022–2023 at the seven pilot sites, and the scheduled reports.
/// </summary>
public abstract class LundDemoFollowUpTests(AppFactory app)
{
    private const string ExampleNote = "Exempel – källan 001 namnger områdena men inte nyckeltalen.";

    private static KpiPeriod Tertial(int year, int n) => new(KpiFrequency.Tertial, new DateOnly(year, (n - 1) * 4 + 1, 1));

    [Fact]
    public async Task Lund_has_its_kolada_id_and_the_four_reporting_occasions_of_001()
    {
        var data = await DemoFollowUpData.LoadAsync(app);

        Assert.Equal("1281", data.KoladaMunicipalityId);
        // Other tests may add occasions of their own to Lund; the demo's four are there as 001 has them.
        string[] names = ["Delårsrapport 1", "Delårsrapport 2", "Novemberprognos", "Årsanalys"];
        var occasions = names.Select(n => Assert.Single(data.Occasions, o => o.Name == n)).ToList();
        Assert.Equal(
            [
                (ReportingOccasionKind.InterimReport, 4, 30, 5, 31, 1),
                (ReportingOccasionKind.InterimReport, 8, 31, 9, 30, 2),
                (ReportingOccasionKind.NovemberForecast, 10, 31, 11, 30, 3),
                (ReportingOccasionKind.AnnualAnalysis, 12, 31, 2, 28, 4),
            ],
            occasions.Select(o => (o.Kind, o.PerMonth, o.PerDay, o.DueMonth, o.DueDay, o.Order)));
    }

    [Fact]
    public async Task The_kpis_are_example_values_in_all_four_areas_leading_and_lagging()
    {
        var data = await DemoFollowUpData.LoadAsync(app);

        Assert.Equal(7, data.Sites.Count);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Pilotverksamhet {i}"), data.Sites.Select(s => s.Unit.Name).Order(StringComparer.Ordinal));
        Assert.InRange(data.Kpis.Count, 8, 12);
        KpiAreaKind[] areas = [KpiAreaKind.CustomerSatisfactionAndQuality, KpiAreaKind.Economy, KpiAreaKind.WorkEnvironment, KpiAreaKind.Efficiency];
        Assert.Equal(areas.Order(), data.Kpis.Select(k => k.Area).Distinct().Order());
        foreach (var area in areas)
        {
            var inArea = data.Kpis.Where(k => k.Area == area).ToList();
            Assert.InRange(inArea.Count, 2, 3);
            Assert.Contains(inArea, k => k.Kind == KpiKind.Leading);
            Assert.Contains(inArea, k => k.Kind == KpiKind.Lagging);
        }
        Assert.Equal(Enumerable.Range(1, data.Kpis.Count), data.Kpis.Select(k => k.Order).Order());

        Assert.All(data.Kpis, k =>
        {
            Assert.True(k.IsExample, k.Name);
            Assert.NotNull(k.Definition);
            Assert.True(k.Definition.StartsWith(ExampleNote, StringComparison.Ordinal) || k.Definition.EndsWith(ExampleNote, StringComparison.Ordinal), k.Name);
            Assert.True(k.Definition.Length > ExampleNote.Length + 20, $"{k.Name}: the definition says what is measured");
            Assert.False(string.IsNullOrWhiteSpace(k.Source), k.Name);
            Assert.False(string.IsNullOrWhiteSpace(k.Method), k.Name);
            Assert.Equal((new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)), (k.BaselineDate, k.TargetDate));
            Assert.NotNull(k.BaselineValue);
            Assert.NotNull(k.TargetValue);
            // The target is better than the baseline in the KPI's own direction.
            Assert.True(k.Direction == KpiDirection.HigherIsBetter ? k.TargetValue > k.BaselineValue : k.TargetValue < k.BaselineValue, k.Name);
            Assert.Contains(k.Frequency, new[] { KpiFrequency.Tertial, KpiFrequency.Yearly });
            Assert.NotEqual(KpiScope.OnePilotSite, k.Scope);
            Assert.Null(k.PilotSiteId);
            Assert.Null(k.KoladaKpiId);
            Assert.Equal(k.Unit == KpiUnit.Other, k.UnitLabel is not null);
        });
        Assert.Contains(data.Kpis, k => k.Frequency == KpiFrequency.Tertial);
        Assert.Contains(data.Kpis, k => k.Frequency == KpiFrequency.Yearly);
        Assert.Contains(data.Kpis, k => k.Scope == KpiScope.Project);
    }

    [Fact]
    public async Task Every_site_has_a_measurement_for_every_period_2022_2023_all_example_values()
    {
        var data = await DemoFollowUpData.LoadAsync(app);
        var siteIds = data.Sites.Select(s => (int?)s.Id).Order().ToList();
        KpiPeriod[] tertials = [Tertial(2022, 1), Tertial(2022, 2), Tertial(2022, 3), Tertial(2023, 1), Tertial(2023, 2), Tertial(2023, 3)];
        Assert.Equal(["2022-T1", "2022-T2", "2022-T3", "2023-T1", "2023-T2", "2023-T3"], tertials.Select(t => t.Key));
        KpiPeriod[] years = [new(KpiFrequency.Yearly, new DateOnly(2022, 1, 1)), new(KpiFrequency.Yearly, new DateOnly(2023, 1, 1))];

        foreach (var kpi in data.Kpis)
        {
            var periods = kpi.Frequency == KpiFrequency.Tertial ? tertials : years;
            var sites = kpi.Scope == KpiScope.AllPilotSites ? siteIds : [null];
            Assert.Equal(periods.Length * sites.Count, kpi.Measurements.Count);
            foreach (var site in sites)
            {
                var ofSite = kpi.Measurements.Where(m => m.PilotSiteId == site).OrderBy(m => m.PeriodStart).ToList();
                Assert.Equal(periods.Select(p => (p.Start, p.End)), ofSite.Select(m => (m.PeriodStart, m.PeriodEnd)));
            }
            Assert.All(kpi.Measurements, m =>
            {
                Assert.True(m.IsExample);
                Assert.Equal(kpi.ProjectId, m.ProjectId);
                Assert.Equal("Demodata (exempelvärden)", m.EnteredBy);
                Assert.Null(m.EnteredByUserId);
                Assert.Equal(Math.Round(m.Value, kpi.Decimals), m.Value);
                Assert.True(m.Value >= (kpi.MinValue ?? 0), $"{kpi.Name}: {m.Value}");
                if (kpi.Unit == KpiUnit.Percent)
                {
                    Assert.True(m.Value <= 100, $"{kpi.Name}: {m.Value}");
                }
            });
        }
        // Six tertial values at each of the seven sites for each tertial KPI at every site.
        var perSiteTertial = data.Kpis.Where(k => k.Frequency == KpiFrequency.Tertial && k.Scope == KpiScope.AllPilotSites).ToList();
        Assert.NotEmpty(perSiteTertial);
        Assert.All(perSiteTertial, k => Assert.Equal(42, k.Measurements.Count));
    }

    [Fact]
    public async Task The_latest_values_show_sites_on_track_at_risk_and_off_track()
    {
        var data = await DemoFollowUpData.LoadAsync(app);

        var statuses = data.Kpis.SelectMany(k => k.Measurements
                .GroupBy(m => m.PilotSiteId)
                .Select(g => g.MaxBy(m => m.PeriodStart)!)
                .Select(m => (Kpi: k.Name, m.PilotSiteId, Status: KpiStatus.Of(k, m.Value, m.PeriodEnd))))
            .ToList();

        Assert.Contains(statuses, s => s.Status == KpiTrackStatus.OnTrack);
        Assert.Contains(statuses, s => s.Status == KpiTrackStatus.AtRisk);
        Assert.Contains(statuses, s => s.Status == KpiTrackStatus.OffTrack);
        Assert.DoesNotContain(statuses, s => s.Status == KpiTrackStatus.Unknown);
        // The spread is believable: most KPI and site pairs are on track or close, a few are off.
        var off = statuses.Count(s => s.Status == KpiTrackStatus.OffTrack);
        Assert.InRange(off, 1, statuses.Count / 3);
        // The first satisfaction value is between baseline and target: the sites move over the two years.
        var satisfaction = data.Kpis.Single(k => k.Name == "Nöjdhet med servicen hos pilotverksamheten");
        Assert.All(satisfaction.Measurements.Where(m => m.PeriodStart == new DateOnly(2022, 1, 1)),
            m => Assert.InRange(m.Value, satisfaction.BaselineValue!.Value, satisfaction.TargetValue!.Value));
    }

    [Fact]
    public async Task Eight_follow_up_reports_two_evaluations_and_the_final_report_are_scheduled()
    {
        var data = await DemoFollowUpData.LoadAsync(app);

        var followUps = data.Reports.Where(r => r.Kind == ReportKind.FollowUp).OrderBy(r => r.Number).ToList();
        Assert.Equal(Enumerable.Range(1, 8), followUps.Select(r => r.Number));
        Assert.Equal(
            [
                ("2022-04-30", "2022-05-31", "Delårsrapport 1"), ("2022-08-31", "2022-09-30", "Delårsrapport 2"),
                ("2022-10-31", "2022-11-30", "Novemberprognos"), ("2022-12-31", "2023-02-28", "Årsanalys"),
                ("2023-04-30", "2023-05-31", "Delårsrapport 1"), ("2023-08-31", "2023-09-30", "Delårsrapport 2"),
                ("2023-10-31", "2023-11-30", "Novemberprognos"), ("2023-12-31", "2024-02-28", "Årsanalys"),
            ],
            followUps.Select(r => (r.PeriodEnd?.ToString("yyyy-MM-dd"), r.DueDate.ToString("yyyy-MM-dd"), r.ReportingOccasion?.Name)));
        Assert.All(followUps, r => Assert.Equal(
            ["Berörda förvaltningars ledningsgrupper", "Serviceförvaltningens ledningsgrupp", "Servicenämnden", "Kontaktpersoner på pilotverksamheterna"],
            r.Recipients.OrderBy(x => x.Order).Select(x => x.Recipient())));

        var evaluations = data.Reports.Where(r => r.Kind == ReportKind.Evaluation).OrderBy(r => r.Number).ToList();
        Assert.Equal(
            [(1, "2022-12-31", "2023-02-28"), (2, "2023-08-31", "2023-09-30")],
            evaluations.Select(r => (r.Number, r.PeriodEnd?.ToString("yyyy-MM-dd"), r.DueDate.ToString("yyyy-MM-dd"))));
        var final = Assert.Single(data.Reports, r => r.Kind == ReportKind.Final);
        Assert.Equal((1, new DateOnly(2024, 1, 30)), (final.Number, final.DueDate));
        Assert.Null(final.AdoptedBy);
        Assert.All([.. evaluations, final], r => Assert.Equal(
            ["Styrgrupp", "Berörda förvaltningar", "Serviceförvaltningens ledningsgrupp", "Servicenämnden"],
            r.Recipients.OrderBy(x => x.Order).Select(x => x.Recipient())));

        Assert.Equal(11, data.Reports.Count);
        Assert.All(data.Reports, r =>
        {
            Assert.Equal(ReportStatus.Planned, r.Status);
            Assert.True(r.IsExample);
            Assert.Null(r.Snapshot);
            Assert.All(r.Recipients, x => Assert.Equal(data.ProjectId, x.ProjectId));
        });
    }

    [Fact]
    public async Task Every_text_of_the_demo_follow_up_is_clean()
    {
        var data = await DemoFollowUpData.LoadAsync(app);
        var texts = DemoFollowUpData.Texts(data).ToList();

        Assert.Contains(texts, t => t.Where.EndsWith(".Definition", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Where.StartsWith("Recipient", StringComparison.Ordinal));
        Assert.Empty(DemoPlanTexts.Artefacts(texts));
        Assert.All(texts, t => Assert.Equal(t.Text.Trim(), t.Text));
        Assert.DoesNotContain(texts, t => t.Text.Contains("  ", StringComparison.Ordinal) || t.Text.Contains('\n', StringComparison.Ordinal));
        // Swedish letters are there: the texts were written with å, ä and ö, not without them.
        Assert.Contains(texts, t => t.Text.Contains("Nöjdhet", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Text.Contains("Årsanalys", StringComparison.Ordinal));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class LundDemoFollowUpSqliteTests(SqliteApp app) : LundDemoFollowUpTests(app);

[Collection(PostgresCollection.Name)]
public sealed class LundDemoFollowUpPostgresTests(PostgresApp app) : LundDemoFollowUpTests(app);
