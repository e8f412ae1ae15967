using CsCheck;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Testing.Fuzz;

namespace PolicyRules.Bot.Builder.Tests.Fuzz;

/// <summary>
/// The activity parser (the body of a Direct Line post, or of /api/messages) on anything: an activity, or a
/// Newtonsoft.Json.JsonException, which the channel answers 400. Any other exception would be a 500.
/// </summary>
public sealed class ActivityJsonFuzzTests
{
    /// <summary>Every field of the activity schema, and a few it does not have.</summary>
    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "localTimestamp", "localTimezone", "serviceUrl", "channelId", "from", "conversation", "recipient",
        "textFormat", "attachmentLayout", "membersAdded", "membersRemoved", "locale", "text", "speak", "inputHint", "summary",
        "suggestedActions", "attachments", "entities", "channelData", "code", "replyToId", "value", "name", "deliveryMode",
        "unknownField", "__proto__", "$type",
    ];

    /// <summary>Activity-shaped objects whose fields hold values of any type.</summary>
    private static readonly Gen<string> ActivityShaped = Gen.Select(Gen.OneOf<string>(Fields), Gen.OneOf<string>(HostileJson.Value, Nested())).Array[0, 10]
        .Select(members => $"{{{string.Join(",", members.Select(m => $"{HostileJson.String(m.Item1)}:{m.Item2}"))}}}");

    [Fact]
    public void Deserialize_AnyActivityShapedJson_IsAnActivityOrAJsonException()
    {
        ActivityShaped.Sample(AssertParsedOrRefused, iter: 20_000);
    }

    [Fact]
    public void Deserialize_AnyText_IsAnActivityOrAJsonException()
    {
        Gen.OneOf<string>(HostileText.Any, HostileJson.Value).Sample(AssertParsedOrRefused, iter: 10_000);
    }

    [Fact]
    public void Deserialize_TenThousandLevelsDeep_IsAJsonException()
    {
        foreach (var nested in HostileJson.Nested(10_000))
        {
            Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => BotJson.Deserialize<Activity>($$"""{"type":"message","channelData":{{nested}}}"""));
        }
    }

    [Theory]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""")]
    [InlineData("""{"type":"message","localTimestamp":"yesterday"}""")]
    [InlineData("""{"type":"message","timestamp":12}""")]
    [InlineData("""{"type":"message","from":"someone"}""")]
    [InlineData("""{"type":"message","attachments":{}}""")]
    public void Deserialize_FieldOfTheWrongType_IsAJsonException(string json)
    {
        Assert.ThrowsAny<Newtonsoft.Json.JsonException>(() => BotJson.Deserialize<Activity>(json));
    }

    private static void AssertParsedOrRefused(string json)
    {
        try
        {
            _ = BotJson.Deserialize<Activity>(json);
        }
        catch (Newtonsoft.Json.JsonException e)
        {
            Assert.False(string.IsNullOrEmpty(e.Message));
        }
    }

    private static Gen<string> Nested() => Gen.OneOf<string>([.. HostileJson.Nested(100)]);
}
