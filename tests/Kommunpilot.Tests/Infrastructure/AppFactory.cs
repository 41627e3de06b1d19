using Kommunpilot.Features.Accounts;
using Kommunpilot.Features.Organizations;
using Kommunpilot.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kommunpilot.Tests.Infrastructure;

public enum DbProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// One real app host on a real, freshly migrated database. Shared by every test class of a
/// collection (see Collections.cs). PostgreSQL comes from KP_TEST_POSTGRES (test.sh starts one).
/// </summary>
public class AppFactory(DbProvider provider, bool demoData = true) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@kommunpilot.example";
    public const string AdminPassword = "Demo-Kommunpilot-2026";

    private readonly string _name = $"kp_test_{Guid.NewGuid():N}";
    private string _connection = "";

    public DbProvider Provider { get; } = provider;

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("KP_TEST_POSTGRES")
        ?? throw new InvalidOperationException("KP_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public async ValueTask InitializeAsync()
    {
        if (Provider == DbProvider.Postgres)
        {
            await using var conn = new NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
            _connection = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _name }.ToString();
        }
        else
        {
            _connection = $"Data Source={Path.Combine(Path.GetTempPath(), _name + ".db")}";
        }
        // Start the host now, so migrations and demo data are in place before the first test.
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
        builder.UseSetting("Database:Provider", Provider == DbProvider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:Default", _connection);
        builder.UseSetting("DemoData:Enabled", demoData ? "true" : "false");
        builder.UseSetting("DemoData:AdminEmail", AdminEmail);
        builder.UseSetting("DemoData:AdminPassword", AdminPassword);
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = NewClient();
        var response = await client.PostFormAsync("/konto/logga-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return client;
    }

    /// <summary>Runs work against the database as the system (no tenant filter applies to IgnoreQueryFilters reads).</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await work(db);
    }

    /// <summary>Test data builder: a new organisation (tenant) with a user holding the given role in it.</summary>
    public async Task<TestTenant> NewTenantAsync(OrganizationRole role = OrganizationRole.Administrator, string? name = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var org = new Organization { Name = name ?? $"Testkommun {suffix}", Kind = OrganizationKind.Municipality };
        var dept = new Department { Name = "Testförvaltningen", Organization = org };
        dept.Units.Add(new Unit { Name = "Testenheten", Department = dept, Organization = org });
        org.Departments.Add(dept);
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        var email = $"user-{suffix}@test.example";
        const string password = "Testlosen-12345";
        var user = new AppUser { UserName = email, Email = email, DisplayName = $"Testare {suffix}", EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = org.Id, Role = role });
        await db.SaveChangesAsync();
        var unitId = await db.Units.IgnoreQueryFilters().Where(u => u.OrganizationId == org.Id).Select(u => u.Id).SingleAsync();
        return new TestTenant(org.Id, org.Name, user.Id, email, password, unitId);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Provider == DbProvider.Postgres && _connection.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(PostgresServer);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        else if (_connection.Length > 0)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Path.Combine(Path.GetTempPath(), _name + ".db" + suffix));
            }
        }
        GC.SuppressFinalize(this);
    }
}

public sealed record TestTenant(int OrganizationId, string OrganizationName, string UserId, string Email, string Password, int UnitId);

public sealed class SqliteApp() : AppFactory(DbProvider.Sqlite);

public sealed class PostgresApp() : AppFactory(DbProvider.Postgres);

/// <summary>A fresh installation without demo data (no users until set-up).</summary>
public sealed class EmptySqliteApp() : AppFactory(DbProvider.Sqlite, demoData: false);
