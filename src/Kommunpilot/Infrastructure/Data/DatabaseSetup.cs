using Microsoft.EntityFrameworkCore;

namespace Kommunpilot.Infrastructure.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// <c>Database:Provider</c> = sqlite (default) or postgres; <c>ConnectionStrings:Default</c>.
    /// A connection string with a Host= names PostgreSQL even when no provider is given.
    /// </summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        var connection = builder.Configuration.GetConnectionString("Default");
        var provider = builder.Configuration["Database:Provider"];
        var usePostgres = string.Equals(provider, "postgres", StringComparison.OrdinalIgnoreCase)
            || (string.IsNullOrEmpty(provider) && connection?.Contains("Host=", StringComparison.OrdinalIgnoreCase) == true);
        if (usePostgres)
        {
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Database:Provider är postgres men ConnectionStrings:Default saknas.");
            }
            builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => o.UseNpgsql(connection));
        }
        else
        {
            connection = string.IsNullOrWhiteSpace(connection) ? "Data Source=data/kommunpilot.db" : connection;
            // A relative file is placed under the app's content root (src/Kommunpilot/data/ by default).
            var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection);
            if (csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
            {
                csb.DataSource = Path.Combine(builder.Environment.ContentRootPath, csb.DataSource);
                connection = csb.ToString();
            }
            var folder = Path.GetDirectoryName(csb.DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        }
        return builder;
    }

    /// <summary>Migrates the database on start (never EnsureCreated).</summary>
    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            await db.Database.CloseConnectionAsync();
        }
        await db.Database.MigrateAsync();
    }
}
