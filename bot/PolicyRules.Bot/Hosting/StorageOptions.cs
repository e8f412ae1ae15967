namespace PolicyRules.Bot.Hosting;

/// <summary>The <c>Storage</c> configuration section: where conversations are kept.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to <see cref="BotHostOptions.DataDirectory"/>.</summary>
    public string SqliteFile { get; set; } = "policyrules-bot.db";

    /// <summary>An Npgsql connection string, for <see cref="StorageProvider.Postgres"/>.</summary>
    public string? PostgresConnectionString { get; set; }
}

public enum StorageProvider
{
    /// <summary>In the process only: for tests; everything is lost on restart.</summary>
    Memory,

    /// <summary>An embedded SQLite file: the default, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, for several bot instances serving the same conversations.</summary>
    Postgres,
}
