namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// The official <c>botframework-directlinejs</c> client, in Node, completes an enrolment screening against the real
/// host: over polling and over WebSocket, with the secret and with a token from the page's token endpoint.
/// </summary>
public sealed class DirectLineJsSmokeTests : IAsyncLifetime
{
    private readonly BotServer _server = new();

    public async Task InitializeAsync()
    {
        await NodeScripts.EnsureInstalledAsync();
        await _server.InitializeAsync();
    }

    public Task DisposeAsync() => _server.DisposeAsync();

    [Theory]
    [InlineData("polling", "zh-CN", true)]
    [InlineData("websocket", "zh-CN", false)]
    [InlineData("websocket", "en-US", true)]
    public async Task DirectLineJS_completes_a_primary_school_screening(string transport, string locale, bool withSecret)
    {
        List<string> arguments = ["smoke.mjs", "--origin", _server.BaseAddress.ToString().TrimEnd('/'), "--transport", transport, "--locale", locale];
        if (withSecret)
        {
            arguments.AddRange(["--secret", BotServer.Secret]);
        }

        var (exitCode, output) = await NodeScripts.RunAsync("node", arguments, TimeSpan.FromMinutes(2));

        Assert.True(exitCode == 0, output);
        Assert.Contains($"screening complete over {transport} ({locale})", output, StringComparison.Ordinal);
        Assert.Contains("eligible: school-enrolment.primary.local", output, StringComparison.Ordinal);
    }
}
