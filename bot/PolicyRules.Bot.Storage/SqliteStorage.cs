using System.Globalization;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> and <see cref="ITranscriptStore"/> in an embedded SQLite database file, with the same semantics
/// as <see cref="MemoryStorage"/>: items are stored as JSON copies, <see cref="ReadAsync"/> returns <see cref="JObject"/>
/// copies with an <c>eTag</c> field, a stale ETag throws <see cref="StorageConcurrencyException"/>, and a batch is
/// written all-or-nothing. A transcript is a row per activity, so an append costs the same at any length.
/// </summary>
/// <remarks>
/// The database runs in WAL journal mode: readers never wait for the writer. Every write goes through one
/// <see cref="SqliteWriter"/>, a connection on a thread of its own that commits whatever is queued in one transaction, so
/// concurrent turns share commits instead of queueing for the write lock on thread-pool threads. A write's task
/// completes once it is committed, so a process killed mid-conversation loses nothing it acknowledged. Several processes
/// may share the file (each write transaction is <c>BEGIN IMMEDIATE</c>). The tables are created on first use. Dispose
/// the storage to stop its writer.
/// </remarks>
public sealed class SqliteStorage : IExpiringStorage, ITranscriptStore, IDisposable
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
        CREATE TABLE IF NOT EXISTS transcripts (
            conversation_id TEXT PRIMARY KEY NOT NULL,
            locale TEXT,
            ended INTEGER NOT NULL DEFAULT 0,
            erased INTEGER NOT NULL DEFAULT 0,
            last_sequence INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_transcripts_updated_at ON transcripts (updated_at);
        CREATE TABLE IF NOT EXISTS transcript_activities (
            conversation_id TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """;

    private const string SelectSql = "SELECT etag, json FROM bot_storage WHERE key = $key;";

    private const string UpsertSql = """
        INSERT INTO bot_storage (key, etag, json, updated_at) VALUES ($key, $etag, $json, $updated_at)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at;
        """;

    private const string DeleteSql = "DELETE FROM bot_storage WHERE key = $key;";

    private const string DeleteOlderThanSql = "DELETE FROM bot_storage WHERE updated_at < $cutoff;";

    private const string DeleteOlderActivitiesSql =
        "DELETE FROM transcript_activities WHERE conversation_id IN (SELECT conversation_id FROM transcripts WHERE updated_at < $cutoff);";

    private const string DeleteOlderTranscriptsSql = "DELETE FROM transcripts WHERE updated_at < $cutoff;";

    private const string CreateTranscriptSql = """
        INSERT INTO transcripts (conversation_id, locale, updated_at) VALUES ($id, $locale, $updated_at)
        ON CONFLICT (conversation_id) DO NOTHING;
        """;

    private const string FindTranscriptSql = """
        SELECT t.locale, t.ended, t.erased, t.last_sequence, a.json
        FROM transcripts t LEFT JOIN transcript_activities a ON a.conversation_id = t.conversation_id AND a.sequence = t.last_sequence
        WHERE t.conversation_id = $id;
        """;

    private const string NextSequenceSql = """
        UPDATE transcripts SET last_sequence = last_sequence + 1, updated_at = $updated_at
        WHERE conversation_id = $id AND ended = 0
        RETURNING last_sequence;
        """;

    private const string InsertActivitySql = "INSERT INTO transcript_activities (conversation_id, sequence, json) VALUES ($id, $sequence, $json);";

    private const string ReadActivitiesSql = "SELECT sequence, json FROM transcript_activities WHERE conversation_id = $id AND sequence > $after ORDER BY sequence;";

    private const string EndTranscriptSql = """
        UPDATE transcripts SET ended = 1, erased = max(erased, min($keep - 1, last_sequence)), updated_at = $updated_at WHERE conversation_id = $id;
        DELETE FROM transcript_activities WHERE conversation_id = $id AND sequence < $keep;
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly JsonSerializer _serializer = BotJson.CreateSerializer();
    private readonly SqliteWriter _writer;
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
        _writer = new SqliteWriter(_connectionString, CreateSchema);
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Length == 0)
        {
            return new Dictionary<string, object>(StringComparer.Ordinal);
        }

        return await ReadAsync(connection =>
        {
            // One deferred transaction gives all keys the same snapshot.
            var result = new Dictionary<string, object>(StringComparer.Ordinal);
            using var transaction = connection.BeginTransaction(deferred: true);
            using var select = SqliteCommands.Create(connection, transaction, SelectSql, "$key");
            foreach (var key in keys)
            {
                if (ReadStored(select, key) is { } row)
                {
                    result[key] = StorageWrite.ParseStored(row.Json);
                }
            }

            transaction.Commit();
            return (IDictionary<string, object>)result;
        }, cancellationToken).ConfigureAwait(false);
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

        // Everything but the SQL is done here, off the writer's thread.
        var rows = writes.Select(write =>
        {
            write.Stamp(StorageWrite.NewETag());
            return (write.Key, write.ExpectedETag, ETag: write.Json.Value<string>(StorageWrite.ETagField)!, Json: write.Json.ToString(Formatting.None));
        }).ToArray();
        var updatedAt = FormatTimestamp(_timeProvider.GetUtcNow());
        await _writer.RunAsync(scope =>
        {
            using (var select = scope.Command(SelectSql, "$key"))
            {
                foreach (var row in rows)
                {
                    if (row.ExpectedETag is { } eTag && ReadStored(select, row.Key) is { } stored && !string.Equals(eTag, stored.ETag, StringComparison.Ordinal))
                    {
                        // The writer rolls back to the savepoint; nothing of this batch is kept.
                        throw new StorageConcurrencyException(row.Key, eTag, stored.ETag);
                    }
                }
            }

            using var upsert = scope.Command(UpsertSql, "$key", "$etag", "$json", "$updated_at");
            foreach (var row in rows)
            {
                upsert.Parameters["$key"].Value = row.Key;
                upsert.Parameters["$etag"].Value = row.ETag;
                upsert.Parameters["$json"].Value = row.Json;
                upsert.Parameters["$updated_at"].Value = updatedAt;
                upsert.ExecuteNonQuery();
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);

        foreach (var write in writes)
        {
            write.Complete();
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Length == 0)
        {
            return Task.CompletedTask;
        }

        return _writer.RunAsync(scope =>
        {
            using var delete = scope.Command(DeleteSql, "$key");
            foreach (var key in keys)
            {
                delete.Parameters["$key"].Value = key;
                delete.ExecuteNonQuery();
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>Transcripts not appended to since <paramref name="cutoff"/> go too, and count as one item each.</remarks>
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var bound = FormatTimestamp(cutoff);
        return _writer.RunAsync(scope =>
        {
            int Delete(string sql)
            {
                using var delete = scope.Command(sql, "$cutoff");
                delete.Parameters["$cutoff"].Value = bound;
                return delete.ExecuteNonQuery();
            }

            var items = Delete(DeleteOlderThanSql);
            Delete(DeleteOlderActivitiesSql);
            return items + Delete(DeleteOlderTranscriptsSql);
        }, cancellationToken);
    }

    public Task<bool> CreateTranscriptAsync(string conversationId, string? locale, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        var updatedAt = FormatTimestamp(_timeProvider.GetUtcNow());
        return _writer.RunAsync(scope =>
        {
            using var insert = scope.Command(CreateTranscriptSql, "$id", "$locale", "$updated_at");
            insert.Parameters["$id"].Value = conversationId;
            insert.Parameters["$locale"].Value = (object?)locale ?? DBNull.Value;
            insert.Parameters["$updated_at"].Value = updatedAt;
            return insert.ExecuteNonQuery() == 1;
        }, cancellationToken);
    }

    public Task<TranscriptInfo?> FindTranscriptAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(connection =>
        {
            using var select = SqliteCommands.Create(connection, null, FindTranscriptSql, "$id");
            select.Parameters["$id"].Value = conversationId;
            using var reader = select.ExecuteReader();
            if (!reader.Read())
            {
                return null;
            }

            return TranscriptRows.Info(reader, conversationId);
        }, cancellationToken);
    }

    public Task<long?> AppendActivityAsync(string conversationId, Func<long, Activity> stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(stamp);
        cancellationToken.ThrowIfCancellationRequested();
        var updatedAt = FormatTimestamp(_timeProvider.GetUtcNow());
        return _writer.RunAsync(scope =>
        {
            using var next = scope.Command(NextSequenceSql, "$id", "$updated_at");
            next.Parameters["$id"].Value = conversationId;
            next.Parameters["$updated_at"].Value = updatedAt;
            if (next.ExecuteScalar() is not long sequence)
            {
                return (long?)null;
            }

            using var insert = scope.Command(InsertActivitySql, "$id", "$sequence", "$json");
            insert.Parameters["$id"].Value = conversationId;
            insert.Parameters["$sequence"].Value = sequence;
            insert.Parameters["$json"].Value = BotJson.Serialize(stamp(sequence));
            insert.ExecuteNonQuery();
            return sequence;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<TranscriptEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadAsync(connection =>
        {
            using var select = SqliteCommands.Create(connection, null, ReadActivitiesSql, "$id", "$after");
            select.Parameters["$id"].Value = conversationId;
            select.Parameters["$after"].Value = afterSequence;
            using var reader = select.ExecuteReader();
            var entries = new List<TranscriptEntry>();
            while (reader.Read())
            {
                entries.Add(new TranscriptEntry(reader.GetInt64(0), BotJson.Deserialize<Activity>(reader.GetString(1))!));
            }

            return (IReadOnlyList<TranscriptEntry>)entries;
        }, cancellationToken);
    }

    public Task EndTranscriptAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        cancellationToken.ThrowIfCancellationRequested();
        var updatedAt = FormatTimestamp(_timeProvider.GetUtcNow());
        return _writer.RunAsync(scope =>
        {
            using var end = scope.Command(EndTranscriptSql, "$id", "$keep", "$updated_at");
            end.Parameters["$id"].Value = conversationId;
            end.Parameters["$keep"].Value = keepFromSequence;
            end.Parameters["$updated_at"].Value = updatedAt;
            return end.ExecuteNonQuery();
        }, cancellationToken);
    }

    /// <summary>Stops the writer once what is queued is written.</summary>
    public void Dispose() => _writer.Dispose();

    private static string FormatTimestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    private static (string ETag, string Json)? ReadStored(SqliteCommand select, string key)
    {
        select.Parameters["$key"].Value = key;
        using var reader = select.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private void CreateSchema(SqliteConnection connection)
    {
        if (_schemaCreated)
        {
            return;
        }

        // Idempotent, so a race between processes is harmless.
        using var create = SqliteCommands.Create(connection, null, CreateSchemaSql);
        create.ExecuteNonQuery();
        _schemaCreated = true;
    }

    /// <summary>
    /// Runs a read on a pooled connection of its own. In WAL mode a reader never waits for the writer, so this is the
    /// short, synchronous work of a few indexed lookups. The first read waits for the writer to create the tables.
    /// </summary>
    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        if (!_schemaCreated)
        {
            await _writer.RunAsync(_ => true, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            return read(connection);
        }
        catch (SqliteException exception) when (SqliteFailures.Translate(exception) is StorageUnavailableException unavailable)
        {
            throw unavailable;
        }
    }
}
