using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Builder.Tests.State;

public class MemoryStorageTests
{
    private sealed class Profile : IStoreItem
    {
        public string? Name { get; set; }

        public string? ETag { get; set; }
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsNamingTheKey()
    {
        // Arrange
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = new Profile { Name = "a" } });
        var first = (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"];
        var second = (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"];
        first.Name = "b";
        await storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = first });
        second.Name = "c";

        // Act
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = second }));

        // Assert
        Assert.Equal("webchat/users/u1", error.Key);
        Assert.Contains("'webchat/users/u1'", error.Message, StringComparison.Ordinal);
        Assert.Equal("b", (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"].Name);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task WriteAsync_WildcardOrNullETag_Overwrites(string? eTag)
    {
        // Arrange
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Profile { Name = "a" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Profile { Name = "b" } });

        // Act
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Profile { Name = "c", ETag = eTag } });

        // Assert
        Assert.Equal("c", (await storage.ReadAsync<Profile>(["k"]))["k"].Name);
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_SucceedsAndSetsNewETag()
    {
        // Arrange
        var storage = new MemoryStorage();
        var item = new Profile { Name = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });
        var firstETag = item.ETag;

        // Act
        item.Name = "b";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Assert
        Assert.NotNull(firstETag);
        Assert.NotEqual(firstETag, item.ETag);
        var stored = Assert.IsType<JObject>((await storage.ReadAsync(["k"]))["k"]);
        Assert.Equal(item.ETag, stored["eTag"]!.Value<string>());
    }

    [Fact]
    public async Task WriteAsync_OneStaleItemInBatch_WritesNothing()
    {
        // Arrange
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new JObject { ["v"] = 1 } });

        // Act
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["b"] = new JObject { ["v"] = 2 },
            ["a"] = new JObject { ["v"] = 3, ["eTag"] = "stale" },
        }));

        // Assert
        Assert.False((await storage.ReadAsync(["b"])).ContainsKey("b"));
    }

    [Fact]
    public async Task ReadAsync_CallerMutatesObjects_StoredCopyUnchanged()
    {
        // Arrange
        var storage = new MemoryStorage();
        var written = new JObject { ["v"] = 1 };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = written });

        // Act
        written["v"] = 2;
        ((JObject)(await storage.ReadAsync(["k"]))["k"])["v"] = 3;

        // Assert
        Assert.Equal(1, ((JObject)(await storage.ReadAsync(["k"]))["k"])["v"]!.Value<int>());
    }

    [Fact]
    public async Task DeleteAsync_RemovesKeysAndIgnoresMissing()
    {
        // Arrange
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject() });

        // Act
        await storage.DeleteAsync(["k", "missing"]);

        // Assert
        Assert.Empty(await storage.ReadAsync(["k"]));
    }

    [Fact]
    public async Task WriteAsync_ConcurrentWriters_AllWritesLand()
    {
        // Arrange
        var storage = new MemoryStorage();

        // Act
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => storage.WriteAsync(new Dictionary<string, object> { [$"k{i}"] = new JObject { ["v"] = i } }))));

        // Assert
        var keys = Enumerable.Range(0, 200).Select(i => $"k{i}").ToArray();
        Assert.Equal(200, (await storage.ReadAsync(keys)).Count);
    }
}
