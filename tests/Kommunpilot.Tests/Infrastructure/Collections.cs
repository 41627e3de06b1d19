namespace Kommunpilot.Tests.Infrastructure;

// One app host per collection: each test class of a feature has a SQLite and a PostgreSQL twin.
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteApp>
{
    public const string Name = "sqlite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "postgres";
}

[CollectionDefinition(Name)]
public sealed class EmptyCollection : ICollectionFixture<EmptySqliteApp>
{
    public const string Name = "empty";
}
