using System.Net;
using Newtonsoft.Json.Linq;
using static PolicyRules.Bot.Web.Tests.WireJson;

namespace PolicyRules.Bot.Web.Tests;

/// <summary><c>/api/messages</c> as a Bot Framework channel uses it.</summary>
public sealed class BotMessagesContractTests : IAsyncLifetime
{
    private readonly BotServer _server = new();
    private readonly FakeConnector _connector = new();

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await _connector.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_response_body()
    {
        using var http = _server.CreateClient();
        var replies = await PostAsync(http, Message("想问孩子上学的事", deliveryMode: "expectReplies"));

        Assert.Equal(HttpStatusCode.OK, replies.Status);
        var activities = replies.Body!["activities"]!.Cast<JObject>().ToList();
        Assert.NotEmpty(activities);
        Assert.All(activities, a => Assert.Equal("bot", (string?)a["from"]!["role"]));
        Assert.Contains(activities, a => (string?)a["channelData"]?["policyRules"]?["question"] == "child.stage");
        Assert.Empty(_connector.Received);
    }

    [Fact]
    public async Task State_carries_over_between_expectReplies_turns_of_one_conversation()
    {
        using var http = _server.CreateClient();
        await PostAsync(http, Message("想问孩子上学的事", deliveryMode: "expectReplies"));
        var second = await PostAsync(http, Message("上小学一年级", deliveryMode: "expectReplies"));

        var next = second.Body!["activities"]!.Cast<JObject>().Last();
        Assert.NotEqual("child.stage", (string?)next["channelData"]?["policyRules"]?["question"]);
        Assert.NotNull(next["channelData"]?["policyRules"]?["question"]);
    }

    [Fact]
    public async Task A_channel_retrying_an_activity_it_already_sent_gets_no_second_answer()
    {
        using var http = _server.CreateClient();
        await PostAsync(http, Message("想问孩子上学的事", deliveryMode: "expectReplies", id: "sent-once"));
        var retry = await PostAsync(http, Message("想问孩子上学的事", deliveryMode: "expectReplies", id: "sent-once"));

        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Empty(retry.Body!["activities"]!);
    }

    [Fact]
    public async Task Normal_delivery_posts_each_reply_to_the_channels_service_url()
    {
        using var http = _server.CreateClient();
        var response = await PostAsync(http, Message("想问孩子上学的事", serviceUrl: _connector.ServiceUrl, id: "incoming-1"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.NotEmpty(_connector.Received);
        Assert.All(_connector.Received, reply => Assert.Equal("/v3/conversations/channel-conversation-1/activities/incoming-1", reply.Path));
        Assert.All(_connector.Received, reply => Assert.Equal("incoming-1", (string?)reply.Activity["replyToId"]));
        Assert.Contains(_connector.Received, reply => (string?)reply.Activity["channelData"]?["policyRules"]?["question"] == "child.stage");
    }

    [Theory]
    [InlineData("{\"type\":", "not a JSON activity")]
    [InlineData("""{"type":"message","channelId":"test","from":{"id":"u"},"conversation":{"id":"c"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","channelId":"test","from":{"id":"u"},"serviceUrl":"http://x"}""", "conversation.id")]
    [InlineData("""{"type":"message","channelId":"directline","from":{"id":"u"},"conversation":{"id":"c"},"deliveryMode":"expectReplies"}""", "/v3/directline")]
    [InlineData("""{"text":"hi"}""", "'type'")]
    public async Task Unusable_activities_are_refused_with_400_naming_the_problem(string body, string named)
    {
        using var http = _server.CreateClient();
        using var response = await http.PostAsync("api/messages", DirectLineTestClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_bearer_token_is_required()
    {
        var guarded = new BotServer(new Dictionary<string, string?> { ["Channels:BearerToken"] = "channel-secret" });
        await guarded.InitializeAsync();
        try
        {
            using var anonymous = guarded.CreateClient();
            using var refused = await anonymous.PostAsync("api/messages", DirectLineTestClient.Json(Message("你好", deliveryMode: "expectReplies").ToString()));
            using var allowed = guarded.CreateClient("channel-secret");
            var accepted = await PostAsync(allowed, Message("你好", deliveryMode: "expectReplies"));

            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, accepted.Status);
        }
        finally
        {
            await guarded.DisposeAsync();
        }
    }

    private static JObject Message(string text, string? deliveryMode = null, string? serviceUrl = null, string? id = null)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = id ?? Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["text"] = text,
            ["locale"] = "zh-CN",
            ["from"] = new JObject { ["id"] = "channel-user-1", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "policyrules-bot", ["role"] = "bot" },
            ["conversation"] = new JObject { ["id"] = "channel-conversation-1" },
        };
        if (deliveryMode is not null)
        {
            activity["deliveryMode"] = deliveryMode;
        }

        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        return activity;
    }

    private static async Task<(HttpStatusCode Status, JObject? Body)> PostAsync(HttpClient http, JObject activity)
    {
        using var response = await http.PostAsync("api/messages", DirectLineTestClient.Json(activity.ToString()));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? ParseJson(text) : null);
    }
}
