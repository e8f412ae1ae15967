using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.DirectLine;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>
/// What a browser holds can do no more than its own conversation: a token reads and writes only the conversation it
/// names, and the Direct Line secret never leaves the server.
/// </summary>
public sealed class DirectLineTokenScopeTests : IAsyncLifetime
{
    private const string OthersAnswer = "我的身份证号是110101201003070011";

    private readonly BotServer _server = new();

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Theory]
    [InlineData("GET", "v3/directline/conversations/{0}")]
    [InlineData("GET", "v3/directline/conversations/{0}/activities")]
    [InlineData("GET", "v3/directline/conversations/{0}/activities?watermark=0")]
    [InlineData("POST", "v3/directline/conversations/{0}/activities")]
    [InlineData("POST", "v3/directline/conversations/{0}/upload?userId=dl_intruder")]
    public async Task Request_TokenOfAnotherConversation_403AndTheOtherConversationUntouched(string method, string path)
    {
        // Arrange
        using var mine = await DirectLineTestClient.StartAsync(_server);
        using var theirs = await DirectLineTestClient.StartAsync(_server);
        await theirs.SendAsync(OthersAnswer);
        var theirsBefore = await theirs.ReadNewAsync();
        using var http = _server.CreateClient(mine.Token);
        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, theirs.ConversationId))
        {
            Content = method == "POST" ? Body(path) : null,
        };

        // Act
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another conversation", body, StringComparison.Ordinal);
        Assert.DoesNotContain(OthersAnswer, body, StringComparison.Ordinal);
        Assert.NotEmpty(theirsBefore);
        Assert.Empty(await theirs.ReadNewAsync());
    }

    [Fact]
    public async Task StartConversation_WithAToken_AlwaysTheTokensOwnConversation()
    {
        // Arrange
        using var mine = await DirectLineTestClient.StartAsync(_server);
        using var http = _server.CreateClient(mine.Token);

        // Act: a token cannot open a fresh conversation, nor name one, to escape its own.
        using var response = await http.PostAsync("v3/directline/conversations", DirectLineTestClient.Json("""{"user":{"id":"dl_someone_else"}}"""));
        var started = ParseJson(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mine.ConversationId, (string)started["conversationId"]!);
    }

    [Fact]
    public async Task RefreshToken_RefreshedToken_StillOnlyItsOwnConversation()
    {
        // Arrange
        using var mine = await DirectLineTestClient.StartAsync(_server);
        using var theirs = await DirectLineTestClient.StartAsync(_server);
        using var http = _server.CreateClient(mine.Token);
        using var refreshed = await http.PostAsync("v3/directline/tokens/refresh", null);
        var refreshedToken = (string)ParseJson(await refreshed.Content.ReadAsStringAsync())["token"]!;
        using var withRefreshed = _server.CreateClient(refreshedToken);

        // Act
        using var own = await withRefreshed.GetAsync($"v3/directline/conversations/{mine.ConversationId}/activities");
        using var other = await withRefreshed.GetAsync($"v3/directline/conversations/{theirs.ConversationId}/activities");

        // Assert
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task ChatPage_EverythingTheBrowserIsSent_NeverHoldsTheSecret()
    {
        // Arrange
        using var browser = _server.CreateClient();
        var pageFiles = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.BotProject, "wwwroot"), "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Path.Combine(RepositoryPaths.BotProject, "wwwroot"), file).Replace('\\', '/'))
            .Prepend(string.Empty)
            .ToList();

        // Act: the page, each of its files, the page's token and the conversation it starts with that token.
        var sent = new List<string>();
        foreach (var file in pageFiles)
        {
            using var response = await browser.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            sent.Add(response.Headers + await response.Content.ReadAsStringAsync());
        }

        using var tokenResponse = await browser.PostAsync("api/chat/token", null);
        var tokenBody = await tokenResponse.Content.ReadAsStringAsync();
        sent.Add(tokenResponse.Headers + tokenBody);
        using var chat = _server.CreateClient((string)ParseJson(tokenBody)["token"]!);
        using var started = await chat.PostAsync("v3/directline/conversations", null);
        sent.Add(started.Headers + await started.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.All(sent, text => Assert.DoesNotContain(BotServer.Secret, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateToken_WithThePagesToken_403SoTheBrowserCannotMintTokens()
    {
        // Arrange
        using var browser = _server.CreateClient();
        using var tokenResponse = await browser.PostAsync("api/chat/token", null);
        using var withPageToken = _server.CreateClient((string)ParseJson(await tokenResponse.Content.ReadAsStringAsync())["token"]!);

        // Act
        using var generated = await withPageToken.PostAsync("v3/directline/tokens/generate", null);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, generated.StatusCode);
    }

    [Fact]
    public async Task GeneratedSecret_KeptInTheDataDirectory_NotServedToBrowsers()
    {
        // Arrange: no secret configured, so the host generates one into its data directory.
        var data = Directory.CreateTempSubdirectory("policyrules-secret-").FullName;
        var server = new BotServer(new Dictionary<string, string?> { ["DirectLine:Secret"] = string.Empty, ["Host:DataDirectory"] = data });
        await server.InitializeAsync();
        try
        {
            var secret = server.Services.GetRequiredService<DirectLineSecret>().Value;
            using var browser = server.CreateClient();

            // Act
            using var atTheRoot = await browser.GetAsync("directline.secret");
            using var beneathData = await browser.GetAsync("data/directline.secret");
            using var page = await browser.GetAsync(string.Empty);

            // Assert
            Assert.Equal(secret, (await File.ReadAllTextAsync(Path.Combine(data, "directline.secret"))).Trim());
            Assert.Equal(HttpStatusCode.NotFound, atTheRoot.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, beneathData.StatusCode);
            Assert.DoesNotContain(secret, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    private static HttpContent Body(string path)
    {
        const string Activity = """{"type":"message","text":"替别人回答","from":{"id":"dl_intruder"}}""";
        if (!path.Contains("/upload", StringComparison.Ordinal))
        {
            return DirectLineTestClient.Json(Activity);
        }

        var form = new MultipartFormDataContent();
        var activityPart = new StringContent(Activity, Encoding.UTF8);
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        return form;
    }
}
