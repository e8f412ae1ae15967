using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.Tests.Schema;

public class ActivitySerializationTests
{
    public static TheoryData<string> Samples() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Activity_RoundTripsBotFrameworkJson_Unchanged(string sample)
    {
        // Arrange
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", sample));

        // Act
        var activity = BotJson.Deserialize<Activity>(json)!;
        var written = BotJson.Serialize(activity);

        // Assert
        var expected = BotJson.Parse(json);
        var actual = BotJson.Parse(written);
        Assert.True(JToken.DeepEquals(expected, actual), $"Expected\n{expected}\nbut wrote\n{actual}");
    }

    [Fact]
    public void Deserialize_WebChatMessage_ReadsTypedFields()
    {
        // Arrange
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "webchat-message.json"));

        // Act
        var activity = BotJson.Deserialize<Activity>(json)!;

        // Assert
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("查询入学资格", activity.Text);
        Assert.Equal(RoleTypes.User, activity.From!.Role);
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 8, 0, 1, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("1742025600987abcde", Assert.IsType<JObject>(activity.ChannelData)["clientActivityID"]!.Value<string>());
        Assert.Equal("ClientCapabilities", Assert.Single(activity.Entities!).Type);
        Assert.True(Assert.Single(activity.Entities!).Properties["requiresBotState"]!.Value<bool>());
    }

    [Fact]
    public void Deserialize_UnknownFields_KeptInProperties()
    {
        // Arrange
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "event-expect-replies.json"));

        // Act
        var activity = BotJson.Deserialize<Activity>(json)!;

        // Assert
        Assert.Equal("high", activity.Properties["importance"]!.Value<string>());
        Assert.Equal(DeliveryModes.ExpectReplies, activity.DeliveryMode);
        Assert.Equal("2026-03-15T08:00:00Z", ((JToken)activity.Value!)["startedAt"]!.Value<string>());
    }

    [Fact]
    public void Serialize_NewMessage_UsesCamelCaseAndOmitsNulls()
    {
        // Arrange
        var activity = MessageFactory.Text("你好");
        activity.Timestamp = new DateTimeOffset(2026, 3, 15, 16, 0, 0, TimeSpan.FromHours(8));
        activity.LocalTimestamp = new DateTimeOffset(2026, 3, 15, 16, 0, 0, 500, TimeSpan.FromHours(8));

        // Act
        var withHelper = BotJson.Serialize(activity);
        var withDefaults = JsonConvert.SerializeObject(activity);

        // Assert
        const string expected = "{\"type\":\"message\",\"timestamp\":\"2026-03-15T08:00:00Z\",\"localTimestamp\":\"2026-03-15T16:00:00.5+08:00\",\"text\":\"你好\"}";
        Assert.Equal(expected, withHelper);
        Assert.Equal(expected, withDefaults);
    }

    [Fact]
    public void SuggestedActions_FromStrings_MakesImBackButtons()
    {
        // Act
        var activity = MessageFactory.SuggestedActions(["是", "否"], "孩子是否在本区出生？");

        // Assert
        var json = BotJson.Parse(BotJson.Serialize(activity));
        var expected = BotJson.Parse("""
            {"type":"message","text":"孩子是否在本区出生？","suggestedActions":{"actions":[
              {"type":"imBack","title":"是","value":"是"},{"type":"imBack","title":"否","value":"否"}]}}
            """);
        Assert.True(JToken.DeepEquals(expected, json), json.ToString());
    }

    [Fact]
    public void CreateReply_SwapsAccountsAndKeepsConversation()
    {
        // Arrange
        var incoming = new Activity(ActivityTypes.Message)
        {
            Id = "c1|0000003",
            ChannelId = "webchat",
            ServiceUrl = "https://dl.example/",
            From = new ChannelAccount("u1", "市民", RoleTypes.User),
            Recipient = new ChannelAccount("b1", "政策助手", RoleTypes.Bot),
            Conversation = new ConversationAccount(id: "c1"),
            Locale = "zh-CN",
            ChannelData = new JObject { ["clientActivityID"] = "abc" },
        };

        // Act
        var reply = incoming.CreateReply("好的");

        // Assert
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("b1", reply.From!.Id);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("c1|0000003", reply.ReplyToId);
        Assert.Equal("c1", reply.Conversation!.Id);
        Assert.Equal("zh-CN", reply.Locale);
        Assert.Equal("webchat", reply.ChannelId);
        Assert.Equal("好的", reply.Text);
        Assert.Null(reply.ChannelData);
    }

    [Fact]
    public void CreateMessageActivity_HasMessageType()
    {
        // Act
        var activity = Activity.CreateMessageActivity();

        // Assert
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("{\"type\":\"message\"}", BotJson.Serialize(activity));
    }

    [Fact]
    public void GetChannelData_JObject_ConvertsToType()
    {
        // Arrange
        var activity = BotJson.Deserialize<Activity>("{\"type\":\"message\",\"channelData\":{\"clientActivityID\":\"x1\"}}")!;

        // Act
        var data = activity.GetChannelData<Dictionary<string, string>>();

        // Assert
        Assert.Equal("x1", data!["clientActivityID"]);
    }
}
