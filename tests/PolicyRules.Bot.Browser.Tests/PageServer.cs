namespace PolicyRules.Bot.Browser.Tests;

/// <summary>
/// The host for a test class (xunit class fixtures need a single public constructor, and <see cref="BotServer"/> has
/// two): the real host on Kestrel, serving wwwroot from bot/PolicyRules.Bot.
/// </summary>
public sealed class PageServer : IAsyncLifetime
{
    public BotServer Server { get; } = new();

    public Uri BaseAddress => Server.BaseAddress;

    public Task InitializeAsync() => Server.InitializeAsync();

    public Task DisposeAsync() => Server.DisposeAsync();
}
