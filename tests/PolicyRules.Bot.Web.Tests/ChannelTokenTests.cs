using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Web.Tests;

/// <summary><c>/api/messages</c> with <c>Channels:AppId</c>: only an Azure Bot Service channel's signed token lets an activity in.</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";
    private const string RefusalCategory = "PolicyRules.Bot.Channels.ChannelAuthenticator";

    private readonly ChannelTokenService _channel = new();
    private BotServer _server = null!;

    public static TheoryData<string, string> BadTokens => new()
    {
        { "none", "no token" },
        { "not a JWT", "not a well-formed JWT" },
        { "expired", "has expired" },
        { "not valid yet", "is not valid yet" },
        { "another bot's", "not addressed to this bot" },
        { "another issuer's", "issuer is not one of Channels:ValidIssuers" },
        { "signed with an unpublished key", "signature does not match a key" },
        { "signed with a shared secret", "signature does not match a key" },
        { "for another serviceUrl", "serviceurl claim is not the activity's serviceUrl" },
        { "for a channel its key does not endorse", "does not endorse the activity's channel" },
    };

    public async Task InitializeAsync()
    {
        await _channel.InitializeAsync();
        _server = new BotServer(_channel.Settings);
        await _server.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task PostActivity_ValidChannelToken_BotAnswers()
    {
        // Arrange
        var token = _channel.Sign(_server.Clock.GetUtcNow(), ServiceUrl);

        // Act
        var (status, body) = await PostAsync(Message(), token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        var replies = JObject.Parse(body)["activities"]!;
        Assert.Contains(replies, reply => (string?)reply["channelData"]?["policyRules"]?["question"] == "child.stage");
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task PostActivity_BadToken_401ProblemAndOneLogLineWithoutTheToken(string kind, string named)
    {
        // Arrange
        var activity = Message(channelId: kind == "for a channel its key does not endorse" ? "slack" : ChannelTokenService.EndorsedChannel);
        var token = BadToken(kind);

        // Act
        var (status, body, mediaType) = await PostWithMediaTypeAsync(activity, token);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("application/problem+json", mediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(named, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var refusal = Assert.Single(_server.Logs.Entries, entry => entry.Category == RefusalCategory);
        Assert.Equal(LogLevel.Warning, refusal.Level);
        Assert.Contains(named, refusal.Message, StringComparison.Ordinal);
        if (token is not null)
        {
            Assert.DoesNotContain(_server.Logs.Entries, entry => entry.Message.Contains(token.Split('.')[^1], StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(4, HttpStatusCode.OK)]
    [InlineData(6, HttpStatusCode.Unauthorized)]
    public async Task PostActivity_TokenExpiredMinutesAgo_FiveMinutesOfClockSkewAllowed(int minutesAgo, HttpStatusCode expected)
    {
        // Arrange
        var token = _channel.Sign(_server.Clock.GetUtcNow().AddHours(-1).AddMinutes(-minutesAgo), ServiceUrl);

        // Act
        var (status, _) = await PostAsync(Message(), token);

        // Assert
        Assert.Equal(expected, status);
    }

    [Fact]
    public async Task PostActivity_KeysRollOver_KeySetKeptThenFetchedAgainForTheNewKey()
    {
        // Arrange
        var now = _server.Clock.GetUtcNow();
        await PostAsync(Message(), _channel.Sign(now, ServiceUrl));
        await PostAsync(Message(), _channel.Sign(now, ServiceUrl));
        var fetchedBeforeRollOver = _channel.KeySetRequests;
        var newKey = _channel.RollOver([ChannelTokenService.EndorsedChannel]);

        // Act: the first token naming the new key makes the host fetch the keys again (which it may do in the background).
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.OK; attempt++)
        {
            (status, _) = await PostAsync(Message(), _channel.Sign(now, ServiceUrl, key: newKey));
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        // Assert
        Assert.Equal(1, fetchedBeforeRollOver);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, _channel.KeySetRequests);
    }

    [Fact]
    public async Task PostActivity_KeyListingNoEndorsements_AcceptedForAnyChannel()
    {
        // Arrange: as Bot Framework reads the key set, only a key that lists endorsements is held to them. It is published
        // before the host first reads the keys.
        var unrestricted = _channel.RollOver(endorsements: null);
        var token = _channel.Sign(_server.Clock.GetUtcNow(), ServiceUrl, key: unrestricted);

        // Act
        var (status, _) = await PostAsync(Message(channelId: "slack"), token);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task PostActivity_MetadataUnreachable_503SayingTheKeysCouldNotBeRead()
    {
        // Arrange: a metadata address nobody listens on.
        var unreachable = _channel.Settings;
        unreachable["Channels:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration";
        var server = new BotServer(unreachable);
        await server.InitializeAsync();
        try
        {
            using var http = server.CreateClient(_channel.Sign(server.Clock.GetUtcNow(), ServiceUrl));

            // Act
            using var response = await http.PostAsync("api/messages", DirectLineTestClient.Json(Message().ToString()));

            // Assert
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Channels:OpenIdMetadataUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task Start_MetadataOverPlainHttpFromElsewhere_RefusedNamingTheSetting()
    {
        // Arrange
        var insecure = _channel.Settings;
        insecure["Channels:OpenIdMetadataUrl"] = "http://login.botframework.test/v1/.well-known/openidconfiguration";
        var server = new BotServer(insecure);

        // Act
        var refused = await Assert.ThrowsAnyAsync<Exception>(server.InitializeAsync);
        await server.DisposeAsync();

        // Assert
        Assert.Contains("Channels:OpenIdMetadataUrl must be an https:// address", refused.Message, StringComparison.Ordinal);
    }

    private string? BadToken(string kind)
    {
        var now = _server.Clock.GetUtcNow();
        return kind switch
        {
            "none" => null,
            "not a JWT" => "channel-secret",
            "expired" => _channel.Sign(now.AddHours(-2), ServiceUrl),
            "not valid yet" => _channel.Sign(now.AddMinutes(10), ServiceUrl),
            "another bot's" => _channel.Sign(now, ServiceUrl, token => token.Audience = "another-bots-app-id"),
            "another issuer's" => _channel.Sign(now, ServiceUrl, token => token.Issuer = "https://issuer.elsewhere.example"),
            "signed with an unpublished key" => _channel.Sign(now, ServiceUrl, key: new ChannelTokenService.SigningKey("key-1", RSA.Create(2048), null)),
            "signed with a shared secret" => _channel.Sign(now, ServiceUrl, token => token.SigningCredentials =
                new SigningCredentials(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" }, SecurityAlgorithms.HmacSha256)),
            "for another serviceUrl" => _channel.Sign(now, "https://attacker.example/"),
            "for a channel its key does not endorse" => _channel.Sign(now, ServiceUrl),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No such kind of bad token."),
        };
    }

    private static JObject Message(string channelId = ChannelTokenService.EndorsedChannel) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = ServiceUrl,
        ["deliveryMode"] = "expectReplies",
        ["text"] = "想问孩子上学的事",
        ["locale"] = "zh-CN",
        ["from"] = new JObject { ["id"] = "channel-user-1", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = ChannelTokenService.AppId, ["role"] = "bot" },
        ["conversation"] = new JObject { ["id"] = "channel-conversation-" + Guid.NewGuid().ToString("N") },
    };

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(JObject activity, string? token)
    {
        var (status, body, _) = await PostWithMediaTypeAsync(activity, token);
        return (status, body);
    }

    private async Task<(HttpStatusCode Status, string Body, string? MediaType)> PostWithMediaTypeAsync(JObject activity, string? token)
    {
        using var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = DirectLineTestClient.Json(activity.ToString()) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }
}
