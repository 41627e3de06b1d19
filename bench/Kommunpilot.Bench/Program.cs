// Measures how the register behaves with many projects: seeds a database with thousands of
// projects (each with pilot sites, deliverables and milestones), then times the pages and
// endpoints people use most, through the real pipeline (TestServer: app + database, no network).
// Usage: dotnet run -c Release --project bench/Kommunpilot.Bench [-- projects=5000 rounds=200 provider=sqlite|postgres]
// Results are printed as a Markdown table; bench/RESULTS.md keeps the ones we wrote down.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kommunpilot.Features.Communication;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Features.Projects;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

internal static class Bench
{
    public static async Task Main(string[] args)
    {
        // Outside a test project WebApplicationFactory needs to be told where the app's files are.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KOMMUNPILOT", AppFolder());
        var options = args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var projectCount = int.Parse(options.GetValueOrDefault("projects", "5000"), CultureInfo.InvariantCulture);
        var rounds = int.Parse(options.GetValueOrDefault("rounds", "200"), CultureInfo.InvariantCulture);
        var provider = options.GetValueOrDefault("provider", "sqlite");

        await using var app = new BenchApp(provider);
        await app.InitializeAsync();
        var seeded = await app.SeedAsync(projectCount);

        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var loginPage = await client.GetStringAsync("/konto/logga-in");
        var token = WebUtility.HtmlDecode(Regex.Match(loginPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var login = await client.PostAsync("/konto/logga-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = BenchApp.AdminEmail,
            ["Input.Password"] = BenchApp.AdminPassword,
            ["__RequestVerificationToken"] = token,
        }));
        if (login.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Could not sign in");
        }

        var targets = new (string Name, string Url)[]
        {
            ("Projektlista, sida 1", "/projekt"),
            ("Projektlista, sida 100", "/projekt?page=100"),
            ("Projektlista, sökning", "/projekt?q=Benchprojekt%204711"),
            ("Projektsida", $"/projekt/{seeded.SampleProjectId}"),
            ("Historik", $"/projekt/{seeded.SampleProjectId}/historik"),
            ("API: projektlista, sida 50", "/api/projects?page=50"),
            ("API: ett projekt", $"/api/projects/{seeded.SampleProjectId}"),
            ("Word-export", $"/api/projects/{seeded.SampleProjectId}/export/docx"),
            ("Kommunikationsplan: översikt", $"/kommunikation/{seeded.PlanId}"),
            ("Aktivitetsplan, sida 1", $"/kommunikation/{seeded.PlanId}/aktiviteter"),
            ("Aktivitetsplan, sida 20", $"/kommunikation/{seeded.PlanId}/aktiviteter?sida=20"),
            ("Aktivitetsplan, filtrerad", $"/kommunikation/{seeded.PlanId}/aktiviteter?status=Planned&forsenade=true"),
            ("Tidslinje", $"/kommunikation/{seeded.PlanId}/tidslinje"),
            ("Täckning", $"/kommunikation/{seeded.PlanId}/tackning"),
            ("Timmar", $"/kommunikation/{seeded.PlanId}/timmar"),
            ("Försenade", $"/kommunikation/{seeded.PlanId}/forsenade"),
            ("Intressentkarta", $"/kommunikation/{seeded.PlanId}/intressentkarta"),
            ("API: hela planen", $"/api/communication-plans/{seeded.PlanId}"),
            ("Plan som Word", $"/api/communication-plans/{seeded.PlanId}/export/docx"),
            ("Aktivitetsplan som Excel", $"/api/communication-plans/{seeded.PlanId}/export/xlsx"),
            ("Kalender (ics)", $"/api/communication-plans/{seeded.PlanId}/calendar.ics?token={seeded.PlanToken}"),
            // The Lund demo pilot's follow-up: 9 KPIs, 7 pilot sites, 270 measurements, 11 reports.
            ("Nyckeltal", $"/projekt/{seeded.Lund}/nyckeltal"),
            ("Ett nyckeltal (diagram och tabell)", $"/projekt/{seeded.Lund}/nyckeltal/{seeded.Kpi}"),
            ("Mätvärden, tabell för en period", $"/projekt/{seeded.Lund}/matvarden/tabell?frekvens=Tertial&period=2023-T1"),
            ("API: nyckeltal med mätvärden", $"/api/projects/{seeded.Lund}/kpis"),
            ("Mätvärden som Excel", $"/api/projects/{seeded.Lund}/measurements/export/xlsx"),
            ("Rapporter", $"/projekt/{seeded.Lund}/rapporter"),
            ("Uppföljningsrapport 8, utkast ur data", $"/rapporter/{seeded.Report}"),
            ("Uppföljningsrapport 8 som Word", $"/api/reports/{seeded.Report}/export/docx"),
            ("Uppföljning, alla projekt", "/uppfoljning"),
        };

        Console.WriteLine($"# Kommunpilot bench: {provider}, {projectCount} projects, {rounds} rounds, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine();
        Console.WriteLine("| request | status | median ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, url) in targets)
        {
            var status = (await client.GetAsync(url)).StatusCode; // warm-up
            for (var i = 0; i < 5; i++)
            {
                (await client.GetAsync(url)).Dispose();
            }
            var times = new List<double>(rounds);
            for (var i = 0; i < rounds; i++)
            {
                var sw = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {(int)status} | {times[times.Count / 2]:F1} | {times[(int)(times.Count * 0.95)]:F1} | {times[^1]:F1} |"));
        }
    }

    private static string AppFolder([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "src", "Kommunpilot"));
}

internal sealed record Seeded(int SampleProjectId, int PlanId, string PlanToken, int Lund, int Kpi, int Report);

internal sealed class BenchApp(string provider) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@kommunpilot.example";
    public const string AdminPassword = "Demo-Kommunpilot-2026";
    private readonly string _name = $"kp_bench_{Guid.NewGuid():N}";
    private string _connection = "";

    public async Task InitializeAsync()
    {
        if (provider == "postgres")
        {
            var server = Environment.GetEnvironmentVariable("KP_TEST_POSTGRES") ?? throw new InvalidOperationException("Set KP_TEST_POSTGRES");
            await using var conn = new Npgsql.NpgsqlConnection(server);
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{_name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
            _connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
        }
        else
        {
            _connection = $"Data Source={Path.Combine(Path.GetTempPath(), _name + ".db")}";
        }
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Default", _connection);
        builder.UseSetting("DemoData:Enabled", "true");
    }

    /// <summary>Adds the projects straight through EF in batches (as the system, not through the UI).</summary>
    public async Task<Seeded> SeedAsync(int count)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lund = await db.Organizations.IgnoreQueryFilters().SingleAsync(o => o.Name == "Lunds kommun");
        var units = await db.Units.IgnoreQueryFilters().Where(u => u.OrganizationId == lund.Id).Select(u => u.Id).ToListAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(42);
        for (var batch = 0; batch < count; batch += 500)
        {
            for (var i = batch; i < Math.Min(count, batch + 500); i++)
            {
                var p = new Project
                {
                    Name = $"Benchprojekt {i}",
                    Code = $"B{i:D5}",
                    OrganizationId = lund.Id,
                    Status = (ProjectStatus)(i % 6),
                    StartDate = new DateOnly(2020 + (i % 5), 1 + (i % 12), 1),
                    Background = string.Join(' ', Enumerable.Repeat("Bakgrundstext för riktmätning.", 40)),
                };
                p.Header.RegistrationNumber = $"KS {2020 + (i % 5)}/{i:D4}";
                p.Owners.Add(new ProjectOwner { OrganizationId = lund.Id });
                foreach (var unit in units.OrderBy(_ => random.Next()).Take(7))
                {
                    p.PilotSites.Add(new PilotSite { UnitId = unit, PlannedStart = new DateOnly(2022, 1, 1) });
                }
                for (var d = 1; d <= 8; d++)
                {
                    p.Deliverables.Add(new Deliverable { Code = $"L{d}", Description = $"Leverans {d} i projekt {i}" });
                    p.Milestones.Add(new Milestone { Decision = $"Beslut {d}", Order = d });
                }
                db.Projects.Add(p);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var sample = await db.Projects.IgnoreQueryFilters().Where(p => p.Name == $"Benchprojekt {count / 2}").Select(p => p.Id).SingleAsync();
        var plan = await SeedPlanAsync(db, lund.Id, sample);
        var pilot = await db.Projects.IgnoreQueryFilters().Where(p => p.IsDemo && p.Name == "Samordnade servicetjänster").Select(p => p.Id).SingleAsync();
        var kpi = await db.Kpis.IgnoreQueryFilters().Where(k => k.ProjectId == pilot).OrderBy(k => k.Order).Select(k => k.Id).FirstAsync();
        var report = await db.ProjectReports.IgnoreQueryFilters()
            .Where(r => r.ProjectId == pilot && r.Kind == Kommunpilot.Features.FollowUp.ReportKind.FollowUp && r.Number == 8).Select(r => r.Id).SingleAsync();
        return new Seeded(sample, plan.Id, plan.CalendarToken, pilot, kpi, report);
    }

    /// <summary>A large communication plan: 40 target groups, 20 channels, 10 people and 1000 activities.</summary>
    private static async Task<CommunicationPlan> SeedPlanAsync(AppDbContext db, int organizationId, int projectId)
    {
        var plan = new CommunicationPlan
        {
            OrganizationId = organizationId, ProjectId = projectId, Title = "Benchplan", Period = "2023–2024",
            PeriodStart = new DateOnly(2023, 1, 1), PeriodEnd = new DateOnly(2024, 12, 31),
            CalendarToken = CommunicationAccess.NewCalendarToken(),
        };
        for (var i = 0; i < 40; i++)
        {
            plan.Stakeholders.Add(new Stakeholder
            {
                Name = $"Målgrupp {i}", Priority = (StakeholderPriority)(i % 3), Audience = (Audience)(i % 2),
                Influence = (Level)(1 + i % 3), Interest = (Level)(1 + (i / 3) % 3), Order = i,
            });
        }
        for (var i = 0; i < 20; i++)
        {
            plan.Channels.Add(new Channel { Name = $"Kanal {i}", Order = i });
        }
        var people = Enumerable.Range(0, 10).Select(i => new CommunicationPerson
        {
            OrganizationId = organizationId, Name = $"Benchperson {i}", CalendarToken = CommunicationAccess.NewCalendarToken(),
        }).ToList();
        db.CommunicationPeople.AddRange(people);
        string[] timings = ["juni 2023", "hösten 2023", "vecka 12 2024", "Q3 2023", "löpande", "2023-06-01", "juni-september 2024", "våren 2024", "vid behov"];
        for (var i = 0; i < 1000; i++)
        {
            var activity = new PlanActivity
            {
                What = $"Aktivitet {i}", MessageText = "Information och dialog", PlannedHours = 1 + i % 8,
                Status = (ActivityStatus)(i % 5), Order = i,
            };
            activity.SetTiming(timings[i % timings.Length], plan.PeriodStart);
            activity.Stakeholders.Add(new ActivityStakeholder { Stakeholder = plan.Stakeholders[i % 40] });
            activity.Stakeholders.Add(new ActivityStakeholder { Stakeholder = plan.Stakeholders[(i + 7) % 40] });
            activity.Channels.Add(new ActivityChannel { Channel = plan.Channels[i % 20] });
            activity.Responsibles.Add(new ActivityResponsible { Person = people[i % 10] });
            plan.Activities.Add(activity);
        }
        db.CommunicationPlans.Add(plan);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        return plan;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (provider == "postgres")
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var conn = new Npgsql.NpgsqlConnection(Environment.GetEnvironmentVariable("KP_TEST_POSTGRES"));
            await conn.OpenAsync();
            await using var cmd = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Path.Combine(Path.GetTempPath(), _name + ".db" + suffix));
            }
        }
    }
}
