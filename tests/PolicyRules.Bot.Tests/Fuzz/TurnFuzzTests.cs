using CsCheck;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Testing.Fuzz;

namespace PolicyRules.Bot.Tests.Fuzz;

/// <summary>
/// The bot on whatever a client sends it: messages of any text in any language, events and other activities with any
/// name and value. No exception escapes a turn, and the conversation goes on: "重新开始" afterwards is answered.
/// (An activity without a type is the channel's to refuse, as Bot Framework's ActivityHandler throws on it.)
/// </summary>
public sealed class TurnFuzzTests
{
    private static readonly Gen<string?> Text = Gen.OneOf<string?>(HostileText.Any.Select(t => (string?)t), Gen.Const((string?)null));

    private static readonly Gen<object?> JsonValue = HostileJson.Value.Select(ValueOrNull);

    private static readonly Gen<Activity> AnyActivity = Gen.Select(
            Gen.OneOf<string>(ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.ConversationUpdate,
                ActivityTypes.EndOfConversation, ActivityTypes.Typing, "invoke", "messageReaction", "未知"),
            Text,
            Gen.OneOf<string?>(Gen.OneOf<string?>("policyrules/setLanguage", "webchat/join", null), Text),
            JsonValue,
            Gen.OneOf<string?>("zh-CN", "en", "en-US", "fr", string.Empty, null, "\ud800"),
            JsonValue)
        .Select(t => new Activity(t.Item1)
        {
            Text = t.Item2,
            Name = t.Item3,
            Value = t.Item4,
            Locale = t.Item5,
            ChannelData = t.Item6,
            MembersAdded = t.Item1 == ActivityTypes.ConversationUpdate ? [new ChannelAccount(t.Item2, t.Item3)] : null,
        });

    [Fact]
    public void Turn_AnyActivities_NeverThrowAndTheConversationGoesOn()
    {
        AnyActivity.Array[1, 6].Sample(activities =>
        {
            var bot = new BotHarness();
            foreach (var activity in activities)
            {
                bot.Adapter.ProcessActivityAsync(activity, bot.Bot.OnTurnAsync).GetAwaiter().GetResult();
                while (bot.Adapter.GetNextReply() is not null)
                {
                }
            }

            Assert.NotEmpty(bot.SayAsync("重新开始").GetAwaiter().GetResult());
        }, iter: 100);
    }

    /// <summary>The value as an activity carries it (a JToken), or none where Newtonsoft.Json reads no value (1e400).</summary>
    private static object? ValueOrNull(string json)
    {
        try
        {
            return BotJson.Parse(json);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
