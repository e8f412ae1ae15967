using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

/// <summary>The storage contract against a temporary SQLite file, plus what only a file can do.</summary>
public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"policyrules-storage-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(_path + suffix);
        }
    }

    protected override IExpiringStorage CreateStorage() => new SqliteStorage(_path, Clock);

    [Fact]
    public async Task TwoInstancesOnTheSameFile_SeeEachOthersWrites()
    {
        // Arrange
        var first = new SqliteStorage(_path, Clock);
        var item = new Profile { Name = "a" };
        await first.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Act: a "restart" - a fresh instance, pools cleared, over the same file.
        SqliteConnection.ClearAllPools();
        var second = new SqliteStorage($"Data Source={_path}", Clock);
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
        var storage = new SqliteStorage(_path, Clock);
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
        var setup = new SqliteStorage(_path, Clock);
        await setup.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 0 } });
        var eTag = ((JObject)(await setup.ReadAsync(["k"]))["k"])["eTag"]!.Value<string>();

        // Act
        var writes = Enumerable.Range(1, 8).Select(async i =>
        {
            var storage = new SqliteStorage(_path, Clock);
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
}
