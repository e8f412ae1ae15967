using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Conversation;

namespace PolicyRules.Bot.Tests;

/// <summary>The page's language switch (<c>policyrules/setLanguage</c>) does what saying English or 中文 does.</summary>
public sealed class SetLanguageEventTests
{
    [Fact]
    public async Task SetLanguage_MidInterview_RepeatsTheOpenQuestionInTheNewLanguageBothWays()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("想问孩子上学的事");

        // Act / Assert
        await bot.Flow()
            .Send(SetLanguage("en"))
            .AssertReply("OK, let's continue in English.")
            .AssertReply(a => AssertQuestion(a, "child.stage", "Question 1 (about 43 left): "))
            .AssertNoReply()
            .Send(SetLanguage(new JValue("zh-CN")))
            .AssertReply("好的，我们用中文继续。")
            .AssertReply(a => AssertQuestion(a, "child.stage", "第1题（约还剩43题）："))
            .AssertNoReply()
            .Send("上小学")
            .AssertReplyContains("第2题")
            .StartTestAsync();
    }

    [Fact]
    public async Task SetLanguage_NothingPending_ShowsTheMenuInTheNewLanguageAndTheConversationStaysInIt()
    {
        // Arrange
        var bot = new BotHarness();

        // Act / Assert
        await bot.Flow()
            .Send(SetLanguage(new JValue("en")))
            .AssertReply("OK, let's continue in English.")
            .AssertReplyContains("You can choose:")
            .AssertNoReply()
            .Send("a question about school")
            .AssertReplyContains("Privacy:")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("policyrules/somethingElse", "en")]
    [InlineData("setLanguage", "en")]
    [InlineData(PolicyBot.SetLanguageEvent, null)]
    public async Task Event_UnknownNameOrNoLocale_IsIgnoredSilently(string name, string? value)
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("想问孩子上学的事");
        var unknown = new Activity(ActivityTypes.Event) { Name = name, Value = value };

        // Act / Assert
        await bot.Flow()
            .Send(unknown)
            .AssertNoReply()
            .Send("上小学")
            .AssertReplyContains("第2题")
            .StartTestAsync();
    }

    private static Activity SetLanguage(object locale) => new(ActivityTypes.Event) { Name = PolicyBot.SetLanguageEvent, Value = locale };

    private static void AssertQuestion(IActivity activity, string question, string prefix)
    {
        var message = Assert.IsType<Activity>(activity);
        Assert.Equal(question, BotHarness.QuestionOf(message));
        Assert.StartsWith(prefix, message.Text, StringComparison.Ordinal);
    }
}
