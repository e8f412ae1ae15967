using Moq;
using Moq.Protected;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.Tests;

public class ActivityHandlerTests
{
    private static Mock<ITurnContext> TurnWith(Activity activity)
    {
        var turnContext = new Mock<ITurnContext>();
        turnContext.SetupGet(x => x.Activity).Returns(activity);
        return turnContext;
    }

    private static Mock<ActivityHandler> Handler() => new() { CallBase = true };

    private static void VerifyHook(Mock<ActivityHandler> handler, string hook, Times times)
    {
        var protectedMock = handler.Protected();
        var ct = ItExpr.IsAny<CancellationToken>();
        switch (hook)
        {
            case "OnMessageActivityAsync":
                protectedMock.Verify(hook, times, ItExpr.IsAny<ITurnContext<IMessageActivity>>(), ct);
                break;
            case "OnConversationUpdateActivityAsync":
                protectedMock.Verify(hook, times, ItExpr.IsAny<ITurnContext<IConversationUpdateActivity>>(), ct);
                break;
            case "OnEventActivityAsync":
                protectedMock.Verify(hook, times, ItExpr.IsAny<ITurnContext<IEventActivity>>(), ct);
                break;
            case "OnEndOfConversationActivityAsync":
                protectedMock.Verify(hook, times, ItExpr.IsAny<ITurnContext<IEndOfConversationActivity>>(), ct);
                break;
            default:
                protectedMock.Verify(hook, times, ItExpr.IsAny<ITurnContext>(), ct);
                break;
        }
    }

    [Theory]
    [InlineData(ActivityTypes.Message, "OnMessageActivityAsync")]
    [InlineData(ActivityTypes.ConversationUpdate, "OnConversationUpdateActivityAsync")]
    [InlineData(ActivityTypes.Event, "OnEventActivityAsync")]
    [InlineData(ActivityTypes.EndOfConversation, "OnEndOfConversationActivityAsync")]
    [InlineData(ActivityTypes.Typing, "OnTypingActivityAsync")]
    [InlineData(ActivityTypes.Invoke, "OnUnrecognizedActivityTypeAsync")]
    [InlineData("somethingNew", "OnUnrecognizedActivityTypeAsync")]
    public async Task OnTurnAsync_ActivityType_DispatchesToMatchingHook(string type, string expectedHook)
    {
        // Arrange
        var handler = Handler();
        var turnContext = TurnWith(new Activity(type));
        string[] hooks = ["OnMessageActivityAsync", "OnConversationUpdateActivityAsync", "OnEventActivityAsync", "OnEndOfConversationActivityAsync", "OnTypingActivityAsync", "OnUnrecognizedActivityTypeAsync"];

        // Act
        await handler.Object.OnTurnAsync(turnContext.Object, CancellationToken.None);

        // Assert
        foreach (var hook in hooks)
        {
            VerifyHook(handler, hook, hook == expectedHook ? Times.Once() : Times.Never());
        }
    }

    [Fact]
    public async Task OnTurnAsync_Message_PassesTypedActivity()
    {
        // Arrange
        var handler = Handler();
        var activity = new Activity(ActivityTypes.Message) { Text = "hi" };
        IMessageActivity? seen = null;
        handler.Protected()
            .Setup<Task>("OnMessageActivityAsync", ItExpr.IsAny<ITurnContext<IMessageActivity>>(), ItExpr.IsAny<CancellationToken>())
            .Callback<ITurnContext<IMessageActivity>, CancellationToken>((tc, _) => seen = tc.Activity)
            .Returns(Task.CompletedTask);

        // Act
        await handler.Object.OnTurnAsync(TurnWith(activity).Object, CancellationToken.None);

        // Assert
        Assert.Same(activity, seen);
    }

    [Fact]
    public async Task OnConversationUpdate_BotAndUserAdded_ReportsOnlyTheUser()
    {
        // Arrange
        var handler = Handler();
        IList<ChannelAccount>? added = null;
        handler.Protected()
            .Setup<Task>("OnMembersAddedAsync", ItExpr.IsAny<IList<ChannelAccount>>(), ItExpr.IsAny<ITurnContext<IConversationUpdateActivity>>(), ItExpr.IsAny<CancellationToken>())
            .Callback<IList<ChannelAccount>, ITurnContext<IConversationUpdateActivity>, CancellationToken>((members, _, _) => added = members)
            .Returns(Task.CompletedTask);
        var activity = new Activity(ActivityTypes.ConversationUpdate)
        {
            Recipient = new ChannelAccount("bot"),
            MembersAdded = [new ChannelAccount("bot"), new ChannelAccount("user1")],
        };

        // Act
        await handler.Object.OnTurnAsync(TurnWith(activity).Object, CancellationToken.None);

        // Assert
        Assert.Equal("user1", Assert.Single(added!).Id);
    }

    [Fact]
    public async Task OnConversationUpdate_OnlyBotAdded_DoesNotCallMembersAdded()
    {
        // Arrange
        var handler = Handler();
        var activity = new Activity(ActivityTypes.ConversationUpdate)
        {
            Recipient = new ChannelAccount("bot"),
            MembersAdded = [new ChannelAccount("bot")],
        };

        // Act
        await handler.Object.OnTurnAsync(TurnWith(activity).Object, CancellationToken.None);

        // Assert
        handler.Protected().Verify("OnMembersAddedAsync", Times.Never(), ItExpr.IsAny<IList<ChannelAccount>>(), ItExpr.IsAny<ITurnContext<IConversationUpdateActivity>>(), ItExpr.IsAny<CancellationToken>());
    }

    [Fact]
    public async Task OnTurnAsync_NoType_Throws()
    {
        // Arrange
        var handler = new ActivityHandler();

        // Act / Assert
        await Assert.ThrowsAsync<ArgumentException>(() => handler.OnTurnAsync(TurnWith(new Activity()).Object, CancellationToken.None));
    }
}
