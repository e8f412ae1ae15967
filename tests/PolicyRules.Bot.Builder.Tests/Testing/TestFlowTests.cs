using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Builder.Tests.Testing;

public class TestFlowTests
{
    private readonly TestAdapter _adapter = new();
    private readonly EchoBot _bot = new();

    [Fact]
    public async Task EchoBot_Conversation_PassesAllAssertions()
    {
        await new TestFlow(_adapter, _bot)
            .Send(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("user1"), new ChannelAccount("bot")] })
            .AssertReply(EchoBot.Welcome)
            .Send("hello")
            .AssertReply("Echo: hello")
            .Test("again", "Echo: again")
            .Send("help")
            .AssertReplyContains("repeat")
            .Send("bye")
            .AssertReply("Goodbye.")
            .AssertReply(a => Assert.Equal(ActivityTypes.EndOfConversation, a.Type))
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task AssertReply_WrongText_SaysStepExpectedAndReceived()
    {
        // Arrange
        var flow = new TestFlow(_adapter, _bot).Send("hello").AssertReply("Echo: goodbye");

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        // Assert
        Assert.Contains("step 2 of 2 failed: AssertReply(\"Echo: goodbye\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("after:    Send(\"hello\") (step 1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected: a message with text \"Echo: goodbye\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: message \"Echo: hello\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReply_NoReplyLeft_SaysNoReply()
    {
        // Arrange
        var flow = new TestFlow(_adapter, _bot).Send("hello").AssertReply("Echo: hello").AssertReplyContains("more");

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        // Assert
        Assert.Contains("step 3 of 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected: a message containing \"more\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: no reply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertNoReply_ExtraReply_ShowsIt()
    {
        // Arrange
        var flow = new TestFlow(_adapter, _bot).Send("bye").AssertReply("Goodbye.").AssertNoReply();

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        // Assert
        Assert.Contains("AssertNoReply()", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: endOfConversation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssertReply_ValidatorFails_KeepsValidatorMessage()
    {
        // Arrange
        var flow = new TestFlow(_adapter, _bot)
            .Send("hello")
            .AssertReply(a => Assert.Equal("Echo: bye", ((Activity)a).Text), "reply echoes bye");

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        // Assert
        Assert.Contains("reply echoes bye", error.Message, StringComparison.Ordinal);
        Assert.Contains("Echo: bye", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: message \"Echo: hello\"", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public async Task AssertReply_SuggestedActions_AreShownInFailures()
    {
        // Arrange
        var flow = new TestFlow(_adapter, (tc, ct) => tc.SendActivityAsync(MessageFactory.SuggestedActions(["是", "否"], "确认？"), ct))
            .Send("x")
            .AssertReply("确认吗？");

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => flow.StartTestAsync());

        // Assert
        Assert.Contains("received: message \"确认？\" [actions: 是 | 否]", error.Message, StringComparison.Ordinal);
    }
}
