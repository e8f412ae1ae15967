using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

/// <summary>The storage contract against a temporary SQLite file, plus what only a file can do.</summary>
public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"policyrules-storage-{Guid.NewGuid():N}.db");
    private readonly FixedTimeProvider _clock = new(Start);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(_path + suffix);
        }
    }

    protected override IStorage CreateStorage() => new SqliteStorage(_path, _clock);

    [Fact]
    public async Task TwoInstancesOnTheSameFile_SeeEachOthersWrites()
    {
        // Arrange
        var first = new SqliteStorage(_path, _clock);
        var item = new Profile { Name = "a" };
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Act: a "restart" - a fresh instance, pools cleared, over the same file.
        SqliteConnection.ClearAllPools();
        var second = new SqliteStorage($"Data Source={_path}", _clock);
        var read = (await second.ReadAsync<Profile>(["k"]))["k"];
        read.Name = "b";
        await second.WriteAsync(new Dictionary<string, object> { ["k"] = read });

        // Assert
        Assert.Equal("a", item.Name);
        Assert.Equal("b", (await first.ReadAsync<Profile>(["k"]))["k"].Name);
        item.Name = "stale";
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => first.WriteAsync(new Dictionary<string, object> { ["k"] = item }));
        Assert.Equal("k", error.Key);
    }

    [Fact]
    public async Task Database_UsesWalJournalMode()
    {
        // Arrange
        var storage = new SqliteStorage(_path, _clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });

        // Act
        using var connection = new SqliteConnection($"Data Source={_path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        var mode = command.ExecuteScalar();

        // Assert
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task ConcurrentWritersWithTheSameETag_OnlyOneWins()
    {
        // Arrange
        var setup = new SqliteStorage(_path, _clock);
        await setup.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 0 } });
        var eTag = ((JObject)(await setup.ReadAsync(["k"]))["k"])["eTag"]!.Value<string>();

        // Act
        var writes = Enumerable.Range(1, 8).Select(async i =>
        {
            var storage = new SqliteStorage(_path, _clock);
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = i, ["eTag"] = eTag } });
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(writes);

        // Assert
        Assert.Single(results, won => won);
    }

    [Fact]
    public async Task DeleteOlderThanAsync_RemovesOnlyIdleItems()
    {
        // Arrange
        var storage = new SqliteStorage(_path, _clock);
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["idle"] = new JObject { ["v"] = 1 },
            ["touched"] = new JObject { ["v"] = 1 },
        });
        _clock.Advance(TimeSpan.FromHours(2));
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["touched"] = new JObject { ["v"] = 2 },
            ["new"] = new JObject { ["v"] = 1 },
        });
        _clock.Advance(TimeSpan.FromMinutes(30));

        // Act: expire anything idle for an hour or more.
        var deleted = await storage.DeleteOlderThanAsync(_clock.GetUtcNow() - TimeSpan.FromHours(1));

        // Assert
        Assert.Equal(1, deleted);
        var left = await storage.ReadAsync(["idle", "touched", "new"]);
        Assert.Equal(["new", "touched"], left.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_ComparesInstantsAcrossOffsets()
    {
        // Arrange
        var storage = new SqliteStorage(_path, _clock);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });

        // Act: the same instant expressed in UTC is not older than itself; one tick later is.
        var notDeleted = await storage.DeleteOlderThanAsync(Start.ToUniversalTime());
        var deleted = await storage.DeleteOlderThanAsync(Start.ToOffset(TimeSpan.FromHours(-5)).AddTicks(1));

        // Assert
        Assert.Equal(0, notDeleted);
        Assert.Equal(1, deleted);
    }
}
