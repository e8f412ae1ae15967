using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

internal sealed class Profile : IStoreItem
{
    public string? Name { get; set; }

    public int Visits { get; set; }

    public List<string> Tags { get; set; } = [];

    public string? ETag { get; set; }
}
