using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Kommunpilot.BrowserTests.Infrastructure.BrowserFixture))]

namespace Kommunpilot.BrowserTests.Infrastructure;

/// <summary>
/// One real Kestrel host on a fresh SQLite database with demo data, and one Debian Chromium, for
/// the whole run. Each test opens its own browser context (its own cookies).
/// </summary>
public sealed class BrowserFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@kommunpilot.example";
    public const string AdminPassword = "Demo-Kommunpilot-2026";

    private readonly string _db = Path.Combine(Path.GetTempPath(), $"kp_browser_{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public BrowserFixture()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
    }

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(20_000);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        // Browse by name: Chromium treats http://localhost as a secure context, so Secure cookies work.
        BaseUrl = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("KP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:Default", $"Data Source={_db}");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DemoData:AdminEmail", AdminEmail);
        builder.UseSetting("DemoData:AdminPassword", AdminPassword);
    }

    /// <summary>A new page in its own context; signed in as the demo administrator unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(bool signedIn = true, string email = AdminEmail, string password = AdminPassword)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "sv-SE" });
        // Generous waits (not assertions on speed): CI runs a browser and the app on two cores.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        if (signedIn)
        {
            await page.GotoAsync("/konto/logga-in");
            await page.GetByLabel("E-postadress").FillAsync(email);
            await page.GetByLabel("Lösenord").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/konto/logga-in", StringComparison.Ordinal));
        }
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }
}

public static class Axe
{
    /// <summary>Runs axe on the page as it is and fails on any serious or critical violation, naming them.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var bad = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(bad.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", bad));
    }

    /// <summary>Saves a screenshot under TestResults/screenshots for people to look at.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
