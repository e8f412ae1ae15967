using PolicyRules.Testing;
using Newtonsoft.Json.Linq;
using Npgsql;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

/// <summary>
/// The storage contract against a real PostgreSQL server, each test in a schema of its own, plus what only a database
/// shared by several bot instances can do. Each data source stands for one bot instance.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStorageTests(PostgresServer server) : StorageContractTests, IAsyncLifetime
{
    private readonly string _schema = $"test_{Guid.NewGuid():N}";
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public Task InitializeAsync() => server.ExecuteAsync($"CREATE SCHEMA {_schema};");

    public async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }

        await server.ExecuteAsync($"DROP SCHEMA {_schema} CASCADE;");
    }

    protected override IExpiringStorage CreateStorage() => new PostgresStorage(CreateDataSource(), Clock);

    [Fact]
    public async Task TwoInstances_SeeEachOthersWrites()
    {
        // Arrange
        var first = CreateStorage();
        var item = new Profile { Name = "a" };
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Act
        var second = CreateStorage();
        var read = (await second.ReadAsync<Profile>(["k"]))["k"];
        read.Name = "b";
        await second.WriteAsync(new Dictionary<string, object> { ["k"] = read });

        // Assert
        Assert.Equal("b", (await first.ReadAsync<Profile>(["k"]))["k"].Name);
        item.Name = "stale";
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => first.WriteAsync(new Dictionary<string, object> { ["k"] = item }));
        Assert.Equal("k", error.Key);
        Assert.Equal(read.ETag, error.ActualETag);
    }

    [Fact]
    public async Task TwoInstancesRacingWithTheSameETag_ExactlyOneWins()
    {
        // Arrange: both instances read the same version.
        var first = CreateStorage();
        var second = CreateStorage();
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 0 } });
        var eTag = ((JObject)(await second.ReadAsync(["k"]))["k"])["eTag"]!.Value<string>();

        // Act: a third connection holds the row until both writes wait for it, so that they really meet in the database.
        var blocker = await CreateDataSource().OpenConnectionAsync();
        await using var blockerTransaction = await blocker.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM bot_storage WHERE key = 'k' FOR UPDATE;", blocker, blockerTransaction))
        {
            await lockRow.ExecuteNonQueryAsync();
        }

        var writes = new[] { first, second }.Select((storage, i) => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = i + 1, ["eTag"] = eTag } });
                return (object)"won";
            }
            catch (StorageConcurrencyException error)
            {
                return error;
            }
        })).ToList();
        await WaitForLockWaitersAsync(2);
        await blockerTransaction.CommitAsync();
        await blocker.DisposeAsync();
        var results = await Task.WhenAll(writes);

        // Assert
        Assert.Single(results, result => result is "won");
        var conflict = Assert.Single(results.OfType<StorageConcurrencyException>());
        var stored = (JObject)(await first.ReadAsync(["k"]))["k"];
        Assert.Equal("k", conflict.Key);
        Assert.Equal(eTag, conflict.ExpectedETag);
        Assert.Equal(stored["eTag"]!.Value<string>(), conflict.ActualETag);
    }

    [Fact]
    public async Task ManyRoundsOfTwoInstancesRacing_EachRoundHasOneWinner()
    {
        // Arrange
        var first = CreateStorage();
        var second = CreateStorage();
        var item = new JObject { ["v"] = 0 };
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        for (var round = 1; round <= 20; round++)
        {
            // Act
            var eTag = item["eTag"]!.Value<string>();
            var attempts = new[] { first, second }.Select(storage => new JObject { ["v"] = round, ["eTag"] = eTag }).ToList();
            var writes = new[] { first, second }.Select((storage, i) => Task.Run(async () =>
            {
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { ["k"] = attempts[i] });
                    return true;
                }
                catch (StorageConcurrencyException)
                {
                    return false;
                }
            }));
            var results = await Task.WhenAll(writes);

            // Assert
            Assert.Single(results, won => won);
            item = attempts[Array.IndexOf(results, true)];
        }

        Assert.Equal(20, ((JObject)(await second.ReadAsync(["k"]))["k"])["v"]!.Value<int>());
    }

    [Fact]
    public async Task InstancesStartingTogether_CreateTheTableWithoutColliding()
    {
        // Arrange
        var storages = Enumerable.Range(0, 8).Select(_ => CreateStorage()).ToList();

        // Act
        await Task.WhenAll(storages.Select((storage, i) => Task.Run(
            () => storage.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new JObject { ["v"] = i } }))));

        // Assert
        var read = await storages[0].ReadAsync(Enumerable.Range(0, 8).Select(i => $"k{i}").ToArray());
        Assert.Equal(8, read.Count);
    }

    [Fact]
    public async Task Subscribe_AnotherInstanceAppends_IsToldTheConversationAndNumber()
    {
        // Arrange
        var appender = (PostgresStorage)CreateStorage();
        await using var listener = (PostgresStorage)CreateStorage();
        var told = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = listener.Subscribe((conversation, sequence) =>
        {
            if (conversation == "c1")
            {
                told.TrySetResult(sequence);
            }
        }, () => { });
        await WaitUntilListeningAsync(appender, listener);
        await appender.CreateTranscriptAsync("c1", null);

        // Act
        var sequence = await appender.AppendActivityAsync("c1", _ => Message("hello"));

        // Assert
        Assert.Equal(sequence, await told.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Subscribe_AnInstanceOnAnotherSchema_IsNotTold()
    {
        // Arrange
        var otherSchema = $"test_{Guid.NewGuid():N}";
        await server.ExecuteAsync($"CREATE SCHEMA {otherSchema};");
        try
        {
            await using var otherSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = otherSchema }.ConnectionString);
            await using var other = new PostgresStorage(otherSource, Clock);
            var heard = new System.Collections.Concurrent.ConcurrentQueue<string>();
            var ownHeard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = other.Subscribe((conversation, _) =>
            {
                heard.Enqueue(conversation);
                if (conversation == "own")
                {
                    ownHeard.TrySetResult();
                }
            }, () => { });
            await WaitUntilListeningAsync(other, other);
            var appender = (PostgresStorage)CreateStorage();
            await appender.CreateTranscriptAsync("theirs", null);
            await other.CreateTranscriptAsync("own", null);

            // Act: this schema appends first; the other schema's own append, heard after it, shows the channel was read past it.
            await appender.AppendActivityAsync("theirs", _ => Message("hello"));
            await other.AppendActivityAsync("own", _ => Message("after"));
            await ownHeard.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // Assert
            Assert.DoesNotContain("theirs", heard);
        }
        finally
        {
            await server.ExecuteAsync($"DROP SCHEMA {otherSchema} CASCADE;");
        }
    }

    /// <summary>
    /// Listening starts in the background: appends to a scratch conversation until the listener hears of it, so that a
    /// test's own append is not made before anyone listens.
    /// </summary>
    private static async Task WaitUntilListeningAsync(PostgresStorage appender, PostgresStorage listener)
    {
        var scratch = $"scratch-{Guid.NewGuid():N}";
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var probe = listener.Subscribe((conversation, _) =>
        {
            if (conversation == scratch)
            {
                heard.TrySetResult();
            }
        }, () => { });
        await appender.CreateTranscriptAsync(scratch, null);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!heard.Task.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, "The listener never heard an append.");
            await appender.AppendActivityAsync(scratch, _ => Message("probe"));
            await Task.WhenAny(heard.Task, Task.Delay(100));
        }
    }

    private async Task WaitForLockWaitersAsync(int count)
    {
        const string sql = """
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO bot_storage%';
            """;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);

        // A connection of its own, outside the blocker's transaction: activity is a snapshot per transaction.
        await using var connection = await CreateDataSource().OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        while ((long)(await command.ExecuteScalarAsync())! < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{count} writers never waited for the locked row.");
            await Task.Delay(10);
        }
    }

    private NpgsqlDataSource CreateDataSource()
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { SearchPath = _schema };
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }
}
