using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> and <see cref="ITranscriptStore"/> in a PostgreSQL database, with the same semantics as
/// <see cref="MemoryStorage"/> and <see cref="SqliteStorage"/>: items are stored as JSON copies, <see cref="ReadAsync"/>
/// returns <see cref="JObject"/> copies with an <c>eTag</c> field, a stale ETag throws
/// <see cref="StorageConcurrencyException"/>, and a batch is written all-or-nothing. A transcript is a row per activity,
/// so an append costs the same at any length; each append is announced with <c>NOTIFY</c>, so that every instance
/// learns of it (<see cref="ITranscriptFeed"/>).
/// </summary>
/// <remarks>
/// Several bot instances may share one database. Each batch is one transaction in which every item is written by a
/// single conditional upsert (<c>INSERT ... ON CONFLICT DO UPDATE ... WHERE etag = expected</c>): the row lock it takes
/// makes the ETag check and the write one step, so of two instances writing one key with the same ETag exactly one
/// succeeds and the other gets <see cref="StorageConcurrencyException"/>. Keys are written in ordinal order, so two
/// batches never wait for each other's rows in a cycle.
/// An append takes the transcript's row lock while it numbers the activity, so instances appending to one conversation
/// get consecutive numbers. The tables are created on first use, in the first schema of the connection's search path;
/// the notification channel is named after that schema, so instances on other schemas of the database are not told.
/// Times are kept to the microsecond. The caller owns the <see cref="NpgsqlDataSource"/>; dispose the storage to stop
/// listening.
/// </remarks>
public sealed class PostgresStorage : IExpiringStorage, ITranscriptStore, ITranscriptFeed, IAsyncDisposable
{
    /// <summary>Serialises table creation across instances: concurrent <c>CREATE TABLE IF NOT EXISTS</c> can fail in PostgreSQL.</summary>
    private const long CreateSchemaLockId = 0x506f6c6963795275; // "PolicyRu"

    private const string CreateSchemaSql = """
        SELECT pg_advisory_xact_lock(@lock_id);
        CREATE TABLE IF NOT EXISTS bot_storage (
            key text PRIMARY KEY,
            etag text NOT NULL,
            json text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_bot_storage_updated_at ON bot_storage (updated_at);
        CREATE TABLE IF NOT EXISTS transcripts (
            conversation_id text PRIMARY KEY,
            locale text,
            ended boolean NOT NULL DEFAULT false,
            erased bigint NOT NULL DEFAULT 0,
            last_sequence bigint NOT NULL DEFAULT 0,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_transcripts_updated_at ON transcripts (updated_at);
        CREATE TABLE IF NOT EXISTS transcript_activities (
            conversation_id text NOT NULL,
            sequence bigint NOT NULL,
            json text NOT NULL,
            PRIMARY KEY (conversation_id, sequence)
        );
        """;

    private const string SelectSql = "SELECT key, json FROM bot_storage WHERE key = ANY(@keys);";

    private const string SelectETagSql = "SELECT etag FROM bot_storage WHERE key = @key;";

    // With a null @expected the write is unconditional. A row the WHERE rejects stays locked until the transaction ends.
    private const string UpsertSql = """
        INSERT INTO bot_storage AS stored (key, etag, json, updated_at) VALUES (@key, @etag, @json, @updated_at)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at
        WHERE @expected IS NULL OR stored.etag = @expected;
        """;

    private const string DeleteSql = "DELETE FROM bot_storage WHERE key = ANY(@keys);";

    private const string DeleteOlderThanSql = """
        WITH items AS (DELETE FROM bot_storage WHERE updated_at < @cutoff RETURNING 1),
             idle AS (DELETE FROM transcripts WHERE updated_at < @cutoff RETURNING conversation_id),
             activities AS (DELETE FROM transcript_activities WHERE conversation_id IN (SELECT conversation_id FROM idle))
        SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM idle);
        """;

    private const string CreateTranscriptSql = """
        INSERT INTO transcripts (conversation_id, locale, updated_at) VALUES (@id, @locale, @updated_at)
        ON CONFLICT (conversation_id) DO NOTHING;
        """;

    private const string FindTranscriptSql = """
        SELECT t.locale, t.ended, t.erased, t.last_sequence, a.json
        FROM transcripts t LEFT JOIN transcript_activities a ON a.conversation_id = t.conversation_id AND a.sequence = t.last_sequence
        WHERE t.conversation_id = @id;
        """;

    // The row lock taken here is held to the commit, so appends to one conversation are numbered one after another.
    private const string NextSequenceSql = """
        UPDATE transcripts SET last_sequence = last_sequence + 1, updated_at = @updated_at
        WHERE conversation_id = @id AND NOT ended
        RETURNING last_sequence;
        """;

    private const string InsertActivitySql = """
        INSERT INTO transcript_activities (conversation_id, sequence, json) VALUES (@id, @sequence, @json);
        SELECT pg_notify(@channel, @id || ' ' || @sequence);
        """;

    private const string ReadActivitiesSql = "SELECT sequence, json FROM transcript_activities WHERE conversation_id = @id AND sequence > @after ORDER BY sequence;";

    private const string EndTranscriptSql = """
        UPDATE transcripts SET ended = true, erased = greatest(erased, least(@keep - 1, last_sequence)), updated_at = @updated_at WHERE conversation_id = @id;
        DELETE FROM transcript_activities WHERE conversation_id = @id AND sequence < @keep;
        """;

    private const string ChannelPrefix = "policyrules_transcripts_";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;
    private readonly JsonSerializer _serializer = BotJson.CreateSerializer();
    private readonly PostgresTranscriptListener _listener;
    private volatile string? _channel;

    /// <summary>Creates storage over a PostgreSQL database.</summary>
    /// <param name="dataSource">The database; it is not disposed by this storage.</param>
    /// <param name="timeProvider">The clock for <c>updated_at</c>; <see cref="TimeProvider.System"/> if null.</param>
    public PostgresStorage(NpgsqlDataSource dataSource, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _listener = new PostgresTranscriptListener(dataSource, ChannelAsync);
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => ReadCoreAsync(keys, cancellationToken));

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => WriteCoreAsync(changes, cancellationToken));

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => DeleteCoreAsync(keys, cancellationToken));

    /// <inheritdoc/>
    /// <remarks>Transcripts not appended to since <paramref name="cutoff"/> go too, and count as one item each.</remarks>
    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => DeleteOlderThanCoreAsync(cutoff, cancellationToken));

    public Task<bool> CreateTranscriptAsync(string conversationId, string? locale, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => CreateTranscriptCoreAsync(conversationId, locale, cancellationToken));

    public Task<TranscriptInfo?> FindTranscriptAsync(string conversationId, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => FindTranscriptCoreAsync(conversationId, cancellationToken));

    public Task<long?> AppendActivityAsync(string conversationId, Func<long, Activity> stamp, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => AppendActivityCoreAsync(conversationId, stamp, cancellationToken));

    public Task<IReadOnlyList<TranscriptEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => ReadActivitiesCoreAsync(conversationId, afterSequence, cancellationToken));

    public Task EndTranscriptAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken = default) =>
        PostgresFailures.GuardAsync(() => EndTranscriptCoreAsync(conversationId, keepFromSequence, cancellationToken));

    private async Task<IDictionary<string, object>> ReadCoreAsync(string[] keys, CancellationToken cancellationToken)
    {
        CheckKeys(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One statement gives all keys the same snapshot.
            var select = new NpgsqlCommand(SelectSql, connection);
            await using (select.ConfigureAwait(false))
            {
                select.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        result[reader.GetString(0)] = StorageWrite.ParseStored(reader.GetString(1));
                    }
                }
            }
        }

        return result;
    }

    private async Task WriteCoreAsync(IDictionary<string, object> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var writes = StorageWrite.FromChanges(changes, _serializer).OrderBy(write => write.Key, StringComparer.Ordinal).ToList();
        if (writes.Count == 0)
        {
            return;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var updatedAt = _timeProvider.GetUtcNow().ToUniversalTime();
                var upsert = new NpgsqlCommand(UpsertSql, connection, transaction);
                await using (upsert.ConfigureAwait(false))
                {
                    var key = upsert.Parameters.Add(new NpgsqlParameter<string>("key", string.Empty));
                    var eTag = upsert.Parameters.Add(new NpgsqlParameter<string>("etag", string.Empty));
                    var json = upsert.Parameters.Add(new NpgsqlParameter<string>("json", string.Empty));
                    upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("updated_at", updatedAt));
                    var expected = upsert.Parameters.Add(new NpgsqlParameter("expected", NpgsqlDbType.Text));
                    foreach (var write in writes)
                    {
                        var newETag = StorageWrite.NewETag();
                        write.Stamp(newETag);
                        key.Value = write.Key;
                        eTag.Value = newETag;
                        json.Value = write.Json.ToString(Formatting.None);
                        expected.Value = (object?)write.ExpectedETag ?? DBNull.Value;
                        if (await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                        {
                            // Disposing the transaction rolls back what this batch has written so far.
                            var storedETag = await ReadETagAsync(connection, transaction, write.Key, cancellationToken).ConfigureAwait(false);
                            throw new StorageConcurrencyException(write.Key, write.ExpectedETag, storedETag);
                        }
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var write in writes)
        {
            write.Complete();
        }
    }

    private async Task DeleteCoreAsync(string[] keys, CancellationToken cancellationToken)
    {
        CheckKeys(keys);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Length == 0)
        {
            return;
        }

        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var delete = new NpgsqlCommand(DeleteSql, connection);
            await using (delete.ConfigureAwait(false))
            {
                delete.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<int> DeleteOlderThanCoreAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var delete = new NpgsqlCommand(DeleteOlderThanSql, connection);
            await using (delete.ConfigureAwait(false))
            {
                delete.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff.ToUniversalTime()));
                return (int)(long)(await delete.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }
        }
    }

    private async Task<bool> CreateTranscriptCoreAsync(string conversationId, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var insert = new NpgsqlCommand(CreateTranscriptSql, connection);
            await using (insert.ConfigureAwait(false))
            {
                insert.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
                insert.Parameters.Add(new NpgsqlParameter("locale", NpgsqlDbType.Text) { Value = (object?)locale ?? DBNull.Value });
                insert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("updated_at", _timeProvider.GetUtcNow().ToUniversalTime()));
                return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
            }
        }
    }

    private async Task<TranscriptInfo?> FindTranscriptCoreAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = new NpgsqlCommand(FindTranscriptSql, connection);
            await using (select.ConfigureAwait(false))
            {
                select.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return null;
                    }

                    return TranscriptRows.Info(reader, conversationId);
                }
            }
        }
    }

    private async Task<long?> AppendActivityCoreAsync(string conversationId, Func<long, Activity> stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(stamp);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                long sequence;
                var next = new NpgsqlCommand(NextSequenceSql, connection, transaction);
                await using (next.ConfigureAwait(false))
                {
                    next.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
                    next.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("updated_at", _timeProvider.GetUtcNow().ToUniversalTime()));
                    if (await next.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not long numbered)
                    {
                        return null;
                    }

                    sequence = numbered;
                }

                var insert = new NpgsqlCommand(InsertActivitySql, connection, transaction);
                await using (insert.ConfigureAwait(false))
                {
                    insert.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
                    insert.Parameters.Add(new NpgsqlParameter<long>("sequence", sequence));
                    insert.Parameters.Add(new NpgsqlParameter<string>("json", BotJson.Serialize(stamp(sequence))));
                    insert.Parameters.Add(new NpgsqlParameter<string>("channel", _channel!));
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                // The notification goes out with the commit, so no instance hears of an activity it cannot read yet.
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return sequence;
            }
        }
    }

    private async Task<IReadOnlyList<TranscriptEntry>> ReadActivitiesCoreAsync(string conversationId, long afterSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var entries = new List<TranscriptEntry>();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var select = new NpgsqlCommand(ReadActivitiesSql, connection);
            await using (select.ConfigureAwait(false))
            {
                select.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
                select.Parameters.Add(new NpgsqlParameter<long>("after", afterSequence));
                var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        entries.Add(new TranscriptEntry(reader.GetInt64(0), BotJson.Deserialize<Activity>(reader.GetString(1))!));
                    }
                }
            }
        }

        return entries;
    }

    private async Task EndTranscriptCoreAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var end = new NpgsqlCommand(EndTranscriptSql, connection, transaction);
                await using (end.ConfigureAwait(false))
                {
                    end.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
                    end.Parameters.Add(new NpgsqlParameter<long>("keep", keepFromSequence));
                    end.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("updated_at", _timeProvider.GetUtcNow().ToUniversalTime()));
                    await end.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>Listens on a connection of its own from the first subscription until the storage is disposed.</remarks>
    public IDisposable Subscribe(Action<string, long> onAppended, Action onMissed) => _listener.Subscribe(onAppended, onMissed);

    /// <summary>Stops listening for other instances' appends.</summary>
    public ValueTask DisposeAsync() => _listener.DisposeAsync();

    private static void CheckKeys(string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
        }
    }

    private static async Task<string?> ReadETagAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken)
    {
        var select = new NpgsqlCommand(SelectETagSql, connection, transaction);
        await using (select.ConfigureAwait(false))
        {
            select.Parameters.Add(new NpgsqlParameter<string>("key", key));
            return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_channel is null)
            {
                // Idempotent, and the advisory lock keeps instances starting together from colliding.
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var create = new NpgsqlCommand(CreateSchemaSql, connection, transaction);
                    await using (create.ConfigureAwait(false))
                    {
                        create.Parameters.Add(new NpgsqlParameter<long>("lock_id", CreateSchemaLockId));
                        await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    var schema = new NpgsqlCommand("SELECT current_schema();", connection, transaction);
                    string channel;
                    await using (schema.ConfigureAwait(false))
                    {
                        channel = ChannelPrefix + (string)(await schema.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    _channel = channel;
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The notification channel: named after the schema the tables are in (created first if need be).</summary>
    private async Task<string> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is null)
        {
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
        }

        return _channel!;
    }
}
