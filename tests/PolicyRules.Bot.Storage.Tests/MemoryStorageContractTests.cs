using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IExpiringStorage CreateStorage() => new MemoryStorage(Clock);

    [Fact]
    public async Task DefaultConstructor_TimesWritesWithTheSystemClock()
    {
        // Arrange
        var storage = new MemoryStorage();
        var before = TimeProvider.System.GetUtcNow();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["v"] = 1 } });

        // Act
        var notDeleted = await storage.DeleteOlderThanAsync(before - TimeSpan.FromMinutes(1));
        var deleted = await storage.DeleteOlderThanAsync(TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(1));

        // Assert
        Assert.Equal(0, notDeleted);
        Assert.Equal(1, deleted);
    }
}
