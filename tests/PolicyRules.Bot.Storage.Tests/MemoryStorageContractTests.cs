using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
