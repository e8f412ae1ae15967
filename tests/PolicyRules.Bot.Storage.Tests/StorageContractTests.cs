using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

/// <summary>The behaviour every <see cref="IStorage"/> must share, and idle expiry; subclassed once per implementation.</summary>
public abstract partial class StorageContractTests
{
    protected static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The clock every storage from <see cref="CreateStorage"/> must use for the time of its writes.</summary>
    protected FixedTimeProvider Clock { get; } = new(Start);

    /// <summary>Storage over a store of its own (empty at the start of each test) that takes the time from <see cref="Clock"/>.</summary>
    protected abstract IExpiringStorage CreateStorage();

    [Fact]
    public async Task WriteAsync_TypedItem_RoundTrips()
    {
        // Arrange
        var storage = CreateStorage();
        var item = new Profile { Name = "张三", Visits = 3, Tags = ["a", "b"] };

        // Act
        await storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = item });
        var read = (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"];

        // Assert
        Assert.Equal("张三", read.Name);
        Assert.Equal(3, read.Visits);
        Assert.Equal(["a", "b"], read.Tags);
        Assert.NotNull(item.ETag);
        Assert.Equal(item.ETag, read.ETag);
    }

    [Fact]
    public async Task ReadAsync_ReturnsJObjectWithETag()
    {
        // Arrange
        var storage = CreateStorage();
        var item = new JObject { ["v"] = 1 };

        // Act
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });
        var read = (await storage.ReadAsync(["k"]))["k"];

        // Assert
        var json = Assert.IsType<JObject>(read);
        Assert.Equal(1, json["v"]!.Value<int>());
        Assert.NotNull(item["eTag"]);
        Assert.Equal(item["eTag"]!.Value<string>(), json["eTag"]!.Value<string>());
    }

    [Fact]
    public async Task WriteAsync_CurrentETag_SucceedsAndSetsNewETag()
    {
        // Arrange
        var storage = CreateStorage();
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
        Assert.Equal("b", stored["Name"]!.Value<string>());
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsNamingTheKey()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = new Profile { Name = "a" } });
        var first = (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"];
        var second = (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"];
        var staleETag = second.ETag;
        first.Name = "b";
        await storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = first });
        second.Name = "c";

        // Act
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/u1"] = second }));

        // Assert
        Assert.Equal("webchat/users/u1", error.Key);
        Assert.Equal(staleETag, error.ExpectedETag);
        Assert.Equal(first.ETag, error.ActualETag);
        Assert.Contains("'webchat/users/u1'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{staleETag}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{first.ETag}'", error.Message, StringComparison.Ordinal);
        Assert.Equal(staleETag, second.ETag);
        Assert.Equal("b", (await storage.ReadAsync<Profile>(["webchat/users/u1"]))["webchat/users/u1"].Name);
    }

    [Fact]
    public async Task WriteAsync_StaleETagInJObject_Throws()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });

        // Act
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 2, ["eTag"] = "stale" } }));

        // Assert
        Assert.Equal("k", error.Key);
        Assert.Equal("stale", error.ExpectedETag);
    }

    [Theory]
    [InlineData("*")]
    [InlineData(null)]
    public async Task WriteAsync_WildcardOrNullETag_Overwrites(string? eTag)
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Profile { Name = "a" } });
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Profile { Name = "b" } });
        var item = new Profile { Name = "c", ETag = eTag };

        // Act
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Assert
        var read = (await storage.ReadAsync<Profile>(["k"]))["k"];
        Assert.Equal("c", read.Name);
        Assert.NotEqual("*", item.ETag);
        Assert.Equal(item.ETag, read.ETag);
    }

    [Fact]
    public async Task WriteAsync_OneStaleItemInBatch_WritesNothing()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["a"] = new JObject { ["v"] = 1 } });
        await storage.WriteAsync(new Dictionary<string, object> { ["b"] = new JObject { ["v"] = 1 } });
        var before = await storage.ReadAsync(["a", "b"]);
        var fresh = new JObject { ["v"] = 2, ["eTag"] = ((JObject)before["a"])["eTag"] };
        var newItem = new Profile { Name = "new" };

        // Act
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = fresh,
            ["c"] = newItem,
            ["b"] = new JObject { ["v"] = 2, ["eTag"] = "stale" },
        }));

        // Assert
        var after = await storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(2, after.Count);
        Assert.Equal(1, ((JObject)after["a"])["v"]!.Value<int>());
        Assert.Equal(1, ((JObject)after["b"])["v"]!.Value<int>());
        Assert.True(JToken.DeepEquals((JObject)before["a"], (JObject)after["a"]));
        Assert.Null(newItem.ETag);
    }

    [Fact]
    public async Task DeleteAsync_RemovesKeysAndIgnoresMissingOnes()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["a"] = new JObject { ["v"] = 1 },
            ["b"] = new JObject { ["v"] = 2 },
        });

        // Act
        await storage.DeleteAsync(["a", "missing"]);

        // Assert
        var after = await storage.ReadAsync(["a", "b"]);
        Assert.Equal(["b"], after.Keys);
    }

    [Fact]
    public async Task WriteAsync_AfterDelete_StaleETagIsNotChecked()
    {
        // Arrange
        var storage = CreateStorage();
        var item = new Profile { Name = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });
        await storage.DeleteAsync(["k"]);

        // Act
        item.Name = "b";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Assert
        Assert.Equal("b", (await storage.ReadAsync<Profile>(["k"]))["k"].Name);
    }

    [Fact]
    public async Task ReadAsync_MissingKeys_AreLeftOut()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["present"] = new JObject { ["v"] = 1 } });

        // Act
        var read = await storage.ReadAsync(["missing", "present", "also-missing"]);
        var none = await storage.ReadAsync([]);

        // Assert
        Assert.Equal(["present"], read.Keys);
        Assert.Empty(none);
    }

    [Fact]
    public async Task StoredValues_AreCopies()
    {
        // Arrange
        var storage = CreateStorage();
        var written = new JObject { ["v"] = 1, ["list"] = new JArray(1, 2) };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = written });

        // Act
        written["v"] = 99;
        ((JArray)written["list"]!).Add(3);
        var firstRead = (JObject)(await storage.ReadAsync(["k"]))["k"];
        firstRead["v"] = 42;
        var secondRead = (JObject)(await storage.ReadAsync(["k"]))["k"];

        // Assert
        Assert.Equal(1, secondRead["v"]!.Value<int>());
        Assert.Equal(2, ((JArray)secondRead["list"]!).Count);
        Assert.NotSame(firstRead, secondRead);
    }

    [Fact]
    public async Task WriteAsync_NonObjectItem_ThrowsNamingTheKey()
    {
        // Arrange
        var storage = CreateStorage();

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JArray(1) }));

        // Assert
        Assert.Contains("'k'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteOlderThanAsync_RemovesOnlyIdleItems()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["idle"] = new JObject { ["v"] = 1 },
            ["touched"] = new JObject { ["v"] = 1 },
        });
        Clock.Advance(TimeSpan.FromHours(2));
        await storage.WriteAsync(new Dictionary<string, object>
        {
            ["touched"] = new JObject { ["v"] = 2 },
            ["new"] = new JObject { ["v"] = 1 },
        });
        Clock.Advance(TimeSpan.FromMinutes(30));

        // Act: expire anything idle for an hour or more.
        var deleted = await storage.DeleteOlderThanAsync(Clock.GetUtcNow() - TimeSpan.FromHours(1));

        // Assert
        Assert.Equal(1, deleted);
        var left = await storage.ReadAsync(["idle", "touched", "new"]);
        Assert.Equal(["new", "touched"], left.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_ComparesInstantsAcrossOffsets()
    {
        // Arrange
        var storage = CreateStorage();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });

        // Act: the same instant expressed in UTC is not older than itself; a millisecond later, in another offset, is.
        var notDeleted = await storage.DeleteOlderThanAsync(Start.ToUniversalTime());
        var deleted = await storage.DeleteOlderThanAsync(Start.ToOffset(TimeSpan.FromHours(-5)).AddMilliseconds(1));

        // Assert
        Assert.Equal(0, notDeleted);
        Assert.Equal(1, deleted);
    }

    [Fact]
    public async Task DeleteOlderThanAsync_EmptyOrAllRecent_DeletesNothing()
    {
        // Arrange
        var storage = CreateStorage();
        var nothingStored = await storage.DeleteOlderThanAsync(Clock.GetUtcNow());
        var item = new Profile { Name = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Act
        var deleted = await storage.DeleteOlderThanAsync(Clock.GetUtcNow() - TimeSpan.FromMinutes(1));

        // Assert
        Assert.Equal(0, nothingStored);
        Assert.Equal(0, deleted);
        Assert.Equal("a", (await storage.ReadAsync<Profile>(["k"]))["k"].Name);
    }

    [Fact]
    public async Task DeleteOlderThanAsync_ThenWriteWithOldETag_IsNotChecked()
    {
        // Arrange: an expired item is gone, like a deleted one; a turn still holding it may write it again.
        var storage = CreateStorage();
        var item = new Profile { Name = "a" };
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });
        Clock.Advance(TimeSpan.FromDays(1));
        await storage.DeleteOlderThanAsync(Clock.GetUtcNow());

        // Act
        var afterExpiry = await storage.ReadAsync(["k"]);
        item.Name = "b";
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = item });

        // Assert
        Assert.Empty(afterExpiry);
        Assert.Equal("b", (await storage.ReadAsync<Profile>(["k"]))["k"].Name);
    }
}
