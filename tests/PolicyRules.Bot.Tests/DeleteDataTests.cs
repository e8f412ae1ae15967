using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Conversation;

namespace PolicyRules.Bot.Tests;

/// <summary>删除我的数据: the bot forgets the conversation, says so, and tells the host to erase the transcript.</summary>
public sealed class DeleteDataTests
{
    [Fact]
    public async Task DeleteMyData_MidScreening_DeletesTheStateEndsTheConversationAndTheNextMessageStartsFresh()
    {
        // Arrange
        var bot = new BotHarness();
        await bot.Flow()
            .Send("想问孩子上学的事").AssertReplyContains("隐私提示").AssertReplyContains("说明").AssertReplyContains("第1题")
            .Send("上小学").AssertReplyContains("第2题")
            .Send("门头沟").AssertReplyContains("第3题（约还剩5题）：孩子的出生日期是哪天？")
            .StartTestAsync();
        Assert.NotNull(await bot.StoredStateAsync());

        // Act
        await bot.Flow()
            .Send("删除我的数据")
            .AssertReply("已删除您在本次对话中的全部回答和聊天记录。如需重新开始，请开始新的对话（网页上刷新页面即可）。")
            .AssertReply(AssertDataDeletedEndOfConversation)
            .AssertNoReply()
            .StartTestAsync();
        var stored = await bot.StoredStateAsync();

        // Assert
        Assert.Null(stored);
        await bot.Flow()
            .Send("2011年8月31日").AssertReplyContains("我还不确定您想咨询哪方面").AssertNoReply()
            .Send("我的回答").AssertReply("您还没有回答任何问题。")
            .Send("想问孩子上学的事").AssertReplyContains("隐私提示").AssertReplyContains("说明").AssertReplyContains("第1题")
            .StartTestAsync();
    }

    [Fact]
    public async Task ForgetMe_EnglishConversation_ConfirmsInEnglishAndDeletesTheState()
    {
        // Arrange
        var bot = new BotHarness("en");
        await bot.Flow()
            .Send("a question about school").AssertReplyContains("Privacy").AssertReplyContains("Note").AssertReplyContains("Question 1")
            .Send("primary").AssertReplyContains("Question 2")
            .Send("Mentougou").AssertReplyContains("Question 3 (about 5 left): What is the child's date of birth?")
            .StartTestAsync();

        // Act
        await bot.Flow()
            .Send("forget me")
            .AssertReply("All your answers and this conversation's messages are deleted. To start again, begin a new conversation (on the web page, just reload it).")
            .AssertReply(AssertDataDeletedEndOfConversation)
            .AssertNoReply()
            .StartTestAsync();
        var stored = await bot.StoredStateAsync();

        // Assert
        Assert.Null(stored);
        await bot.Flow()
            .Send("Aug 31 2011").AssertReplyContains("I am not sure which policy you mean").AssertNoReply()
            .Send("my answers").AssertReply("You have not answered anything yet.")
            .StartTestAsync();
    }

    [Theory]
    [InlineData("删除我的数据", "已删除")]
    [InlineData("删除数据", "已删除")]
    [InlineData("清除我的数据。", "已删除")]
    [InlineData("Delete my data", "已删除")]
    [InlineData("forget me!", "已删除")]
    public async Task DeleteData_AnyOfItsPhrases_ConfirmsAndEndsTheConversation(string phrase, string confirmation)
    {
        // Arrange
        var bot = new BotHarness();
        await bot.SayAsync("想问孩子上学的事");

        // Act
        var replies = await bot.SayAsync(phrase);

        // Assert
        Assert.Equal(2, replies.Count);
        Assert.StartsWith(confirmation, replies[0].Text, StringComparison.Ordinal);
        AssertDataDeletedEndOfConversation(replies[1]);
        Assert.Null(await bot.StoredStateAsync());
    }

    private static void AssertDataDeletedEndOfConversation(IActivity activity)
    {
        var end = Assert.IsType<Activity>(activity);
        Assert.Equal(ActivityTypes.EndOfConversation, end.Type);
        Assert.Equal(EndOfConversationCodes.CompletedSuccessfully, end.Code);
        Assert.Equal(PolicyBot.DataDeletedText, end.Text);
    }
}
