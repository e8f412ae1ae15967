namespace PolicyRules.Bot.Web.Tests;

/// <summary>The host with its configured documents folder (the seeds beside the clone) and the search index in a folder of its own.</summary>
public sealed class SearchServer : IAsyncLifetime
{
    private readonly string _cache = Directory.CreateTempSubdirectory("policyrules-search-").FullName;

    public SearchServer() => Server = new BotServer(new Dictionary<string, string?> { ["Search:CacheDirectory"] = _cache });

    public BotServer Server { get; }

    public Task InitializeAsync() => Server.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_cache, recursive: true);
    }
}
