using System.Globalization;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in an embedded SQLite database file, with the same semantics as <see cref="MemoryStorage"/>:
/// items are stored as JSON copies, <see cref="ReadAsync"/> returns <see cref="JObject"/> copies with an <c>eTag</c> field,
/// a stale ETag throws <see cref="StorageConcurrencyException"/>, and a batch is written all-or-nothing.
/// </summary>
/// <remarks>
/// The database runs in WAL journal mode, and each batch is one <c>BEGIN IMMEDIATE</c> transaction, so writers in
/// several processes sharing the file are serialised and a process killed mid-conversation loses nothing committed.
/// The table is created on first use. A connection is opened per operation, so instances are cheap and need no disposal.
/// </remarks>
public sealed class SqliteStorage : IExpiringStorage
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private const string CreateSchemaSql = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS bot_storage (
            key TEXT PRIMARY KEY NOT NULL,
            etag TEXT NOT NULL,
            json TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_bot_storage_updated_at ON bot_storage (updated_at);
        """;

    private const string SelectSql = "SELECT etag, json FROM bot_storage WHERE key = $key;";

    private const string UpsertSql = """
        INSERT INTO bot_storage (key, etag, json, updated_at) VALUES ($key, $etag, $json, $updated_at)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at;
        """;

    private const string DeleteSql = "DELETE FROM bot_storage WHERE key = $key;";

    private const string DeleteOlderThanSql = "DELETE FROM bot_storage WHERE updated_at < $cutoff;";

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly JsonSerializer _serializer = BotJson.CreateSerializer();
    private volatile bool _schemaCreated;

    /// <summary>Creates storage over a SQLite database.</summary>
    /// <param name="connectionStringOrPath">
    /// A SQLite connection string (anything containing <c>=</c>, e.g. <c>Data Source=state.db</c>) or the path of the
    /// database file, which is created if absent.
    /// </param>
    /// <param name="timeProvider">The clock for <c>updated_at</c>; <see cref="TimeProvider.System"/> if null.</param>
    public SqliteStorage(string connectionStringOrPath, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionStringOrPath);
        var builder = connectionStringOrPath.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionStringOrPath)
            : new SqliteConnectionStringBuilder { DataSource = connectionStringOrPath };
        if (builder.Mode == SqliteOpenMode.ReadOnly)
        {
            throw new ArgumentException("SQLite storage needs a writable database.", nameof(connectionStringOrPath));
        }

        _connectionString = builder.ToString();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One deferred transaction gives all keys the same snapshot.
            using var transaction = connection.BeginTransaction(deferred: true);
            using var select = CreateCommand(connection, transaction, SelectSql, "$key");
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key, nameof(keys));
                var stored = await ReadStoredAsync(select, key, cancellationToken).ConfigureAwait(false);
                if (stored is { } row)
                {
                    result[key] = StorageWrite.ParseStored(row.Json);
                }
            }

            transaction.Commit();
        }

        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var writes = StorageWrite.FromChanges(changes, _serializer);
        if (writes.Count == 0)
        {
            return;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // BEGIN IMMEDIATE takes the write lock before the ETag checks, so no other writer can slip in between.
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var select = CreateCommand(connection, transaction, SelectSql, "$key"))
            {
                foreach (var write in writes)
                {
                    if (write.ExpectedETag is { } eTag
                        && await ReadStoredAsync(select, write.Key, cancellationToken).ConfigureAwait(false) is { } stored
                        && !string.Equals(eTag, stored.ETag, StringComparison.Ordinal))
                    {
                        // Disposing the transaction rolls back; nothing of this batch has been written yet anyway.
                        throw new StorageConcurrencyException(write.Key, eTag, stored.ETag);
                    }
                }
            }

            var updatedAt = FormatTimestamp(_timeProvider.GetUtcNow());
            using (var upsert = CreateCommand(connection, transaction, UpsertSql, "$key", "$etag", "$json", "$updated_at"))
            {
                foreach (var write in writes)
                {
                    var newETag = StorageWrite.NewETag();
                    write.Stamp(newETag);
                    upsert.Parameters["$key"].Value = write.Key;
                    upsert.Parameters["$etag"].Value = newETag;
                    upsert.Parameters["$json"].Value = write.Json.ToString(Formatting.None);
                    upsert.Parameters["$updated_at"].Value = updatedAt;
                    await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            transaction.Commit();
        }

        foreach (var write in writes)
        {
            write.Complete();
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Length == 0)
        {
            return;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var delete = CreateCommand(connection, transaction, DeleteSql, "$key");
            foreach (var key in keys)
            {
                ArgumentNullException.ThrowIfNull(key, nameof(keys));
                delete.Parameters["$key"].Value = key;
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            transaction.Commit();
        }
    }

    /// <inheritdoc/>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var delete = CreateCommand(connection, transaction: null, DeleteOlderThanSql, "$cutoff");
            delete.Parameters["$cutoff"].Value = FormatTimestamp(cutoff);
            return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static SqliteCommand CreateCommand(SqliteConnection connection, SqliteTransaction? transaction, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        }

        return command;
    }

    private static async Task<(string ETag, string Json)?> ReadStoredAsync(SqliteCommand select, string key, CancellationToken cancellationToken)
    {
        select.Parameters["$key"].Value = key;
        var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return (reader.GetString(0), reader.GetString(1));
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!_schemaCreated)
            {
                // Idempotent, so a race between first calls (or processes) is harmless.
                using var create = CreateCommand(connection, transaction: null, CreateSchemaSql);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                _schemaCreated = true;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
