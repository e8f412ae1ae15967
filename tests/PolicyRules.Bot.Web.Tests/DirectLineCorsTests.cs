using System.Net;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>Which browser pages may call Direct Line: the chat page itself, and only the sites <c>DirectLine:AllowedOrigins</c> names.</summary>
public sealed class DirectLineCorsTests : IAsyncLifetime
{
    private const string EmbeddingSite = "https://www.example.gov.cn";
    private const string OtherSite = "https://phishing.example.com";

    private readonly BotServer _server = new(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = EmbeddingSite });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task Preflight_AllowedOrigin_AllowsTheHeadersEveryBrowserClientSends()
    {
        // Arrange
        using var client = _server.CreateClient();

        // Act
        using var response = await client.SendAsync(Preflight(EmbeddingSite));

        // Assert
        Assert.True(response.IsSuccessStatusCode, $"preflight answered {response.StatusCode}");
        Assert.Equal(EmbeddingSite, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("x-ms-bot-agent", allowed);
        Assert.Contains("authorization", allowed);
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Fact]
    public async Task Preflight_OtherOrigin_Refused()
    {
        // Arrange
        using var client = _server.CreateClient();

        // Act
        using var response = await client.SendAsync(Preflight(OtherSite));

        // Assert: without these headers the browser does not send the request.
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    [Theory]
    [InlineData(EmbeddingSite, true)]
    [InlineData(OtherSite, false)]
    [InlineData("https://www.example.gov.cn.phishing.example.com", false)]
    [InlineData("http://www.example.gov.cn", false)]
    public async Task StartConversation_FromOrigin_CorsHeadersOnlyForTheAllowedOne(string origin, bool allowed)
    {
        // Arrange
        using var client = _server.CreateClient(BotServer.Secret);
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Add("Origin", origin);

        // Act
        using var response = await client.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var granted) && granted.Single() == origin);
    }

    [Fact]
    public async Task ChatPage_ItsOwnOrigin_GetsATokenAndStartsItsConversation()
    {
        // Arrange: the page asks from its own origin, which no setting names.
        var ownOrigin = _server.BaseAddress.GetLeftPart(UriPartial.Authority);
        using var page = _server.CreateClient();
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "api/chat/token");
        tokenRequest.Headers.Add("Origin", ownOrigin);

        // Act
        using var tokenResponse = await page.SendAsync(tokenRequest);
        var token = (string)WireJson.ParseJson(await tokenResponse.Content.ReadAsStringAsync())["token"]!;
        using var chat = _server.CreateClient(token);
        using var startRequest = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        startRequest.Headers.Add("Origin", ownOrigin);
        using var started = await chat.SendAsync(startRequest);

        // Assert
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost:3000", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData(OtherSite, false)]
    public async Task Preflight_InDevelopment_PagesOnThisMachineAllowed(string origin, bool allowed)
    {
        // Arrange
        var development = new BotServer([], environment: "Development");
        await development.InitializeAsync();
        try
        {
            using var client = development.CreateClient();

            // Act
            using var response = await client.SendAsync(Preflight(origin));

            // Assert
            Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
        }
        finally
        {
            await development.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("*")]
    [InlineData("https://*.example.gov.cn")]
    [InlineData("https://www.example.gov.cn/chat")]
    [InlineData("www.example.gov.cn")]
    public async Task Start_AllowedOriginNotAnOrigin_RefusedNamingTheSetting(string configured)
    {
        // Arrange
        var server = new BotServer(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = configured });

        // Act
        var refused = await Assert.ThrowsAnyAsync<Exception>(server.InitializeAsync);
        await server.DisposeAsync();

        // Assert
        Assert.Contains("DirectLine:AllowedOrigins lists the origins of sites that embed Web Chat", refused.Message, StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }
}
