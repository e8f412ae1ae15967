using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Npgsql;
using NpgsqlTypes;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage;

/// <summary>
/// <see cref="IStorage"/> in a PostgreSQL database, with the same semantics as <see cref="MemoryStorage"/> and
/// <see cref="SqliteStorage"/>: items are stored as JSON copies, <see cref="ReadAsync"/> returns <see cref="JObject"/>
/// copies with an <c>eTag</c> field, a stale ETag throws <see cref="StorageConcurrencyException"/>, and a batch is
/// written all-or-nothing.
/// </summary>
/// <remarks>
/// Several bot instances may share one database. Each batch is one transaction in which every item is written by a
/// single conditional upsert (<c>INSERT ... ON CONFLICT DO UPDATE ... WHERE etag = expected</c>): the row lock it takes
/// makes the ETag check and the write one step, so of two instances writing one key with the same ETag exactly one
/// succeeds and the other gets <see cref="StorageConcurrencyException"/>. Keys are written in ordinal order, so two
/// batches never wait for each other's rows in a cycle.
/// The table <c>bot_storage</c> is created on first use, in the first schema of the connection's search path.
/// Times are kept to the microsecond. The caller owns the <see cref="NpgsqlDataSource"/>.
/// </remarks>
public sealed class PostgresStorage : IExpiringStorage
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

    private const string DeleteOlderThanSql = "DELETE FROM bot_storage WHERE updated_at < @cutoff;";

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;
    private readonly JsonSerializer _serializer = BotJson.CreateSerializer();
    private volatile bool _schemaCreated;

    /// <summary>Creates storage over a PostgreSQL database.</summary>
    /// <param name="dataSource">The database; it is not disposed by this storage.</param>
    /// <param name="timeProvider">The clock for <c>updated_at</c>; <see cref="TimeProvider.System"/> if null.</param>
    public PostgresStorage(NpgsqlDataSource dataSource, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
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

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
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

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
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

    /// <inheritdoc/>
    public async Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var delete = new NpgsqlCommand(DeleteOlderThanSql, connection);
            await using (delete.ConfigureAwait(false))
            {
                delete.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff.ToUniversalTime()));
                return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

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
            if (!_schemaCreated)
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

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

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
