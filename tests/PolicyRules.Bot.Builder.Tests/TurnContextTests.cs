using Moq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Builder.Tests;

public class TurnContextTests
{
    private static Activity Incoming(string? deliveryMode = null) => new(ActivityTypes.Message)
    {
        Id = "in-1",
        ChannelId = "webchat",
        ServiceUrl = "https://dl.example/",
        From = new ChannelAccount("u1", "User", RoleTypes.User),
        Recipient = new ChannelAccount("b1", "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: "c1"),
        Text = "hi",
        DeliveryMode = deliveryMode,
    };

    [Fact]
    public async Task SendActivityAsync_Text_AddressesReplyAndMarksResponded()
    {
        // Arrange
        var adapter = new Mock<BotAdapter>();
        Activity[]? sent = null;
        adapter.Setup(x => x.SendActivitiesAsync(It.IsAny<ITurnContext>(), It.IsAny<Activity[]>(), It.IsAny<CancellationToken>()))
            .Callback<ITurnContext, Activity[], CancellationToken>((_, activities, _) => sent = activities)
            .ReturnsAsync([new ResourceResponse("out-1")]);
        var turnContext = new TurnContext(adapter.Object, Incoming());

        // Act
        var response = await turnContext.SendActivityAsync("hello");

        // Assert
        Assert.Equal("out-1", response!.Id);
        Assert.True(turnContext.Responded);
        var reply = Assert.Single(sent!);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("b1", reply.From!.Id);
        Assert.Equal("u1", reply.Recipient!.Id);
        Assert.Equal("c1", reply.Conversation!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    [Fact]
    public async Task SendActivityAsync_ExpectReplies_BuffersInsteadOfSending()
    {
        // Arrange
        var adapter = new Mock<BotAdapter>(MockBehavior.Strict);
        var turnContext = new TurnContext(adapter.Object, Incoming(DeliveryModes.ExpectReplies));

        // Act
        await turnContext.SendActivityAsync("one");
        await turnContext.SendActivityAsync(MessageFactory.Text("two"));

        // Assert
        Assert.Equal(["one", "two"], turnContext.BufferedReplyActivities.Select(a => a.Text));
        Assert.True(turnContext.Responded);
    }

    [Fact]
    public async Task Middleware_RunsInOrderAroundTheBot()
    {
        // Arrange
        var log = new List<string>();
        var adapter = new TestAdapter()
            .Use(new LoggingMiddleware("a", log))
            .Use(new LoggingMiddleware("b", log));

        // Act
        await adapter.SendTextToBotAsync("hi", (_, _) => { log.Add("bot"); return Task.CompletedTask; });

        // Assert
        Assert.Equal(["a:before", "b:before", "bot", "b:after", "a:after"], log);
    }

    [Fact]
    public async Task OnTurnError_BotThrows_HandlerReceivesException()
    {
        // Arrange
        Exception? seen = null;
        var adapter = new TestAdapter();
        adapter.OnTurnError = (_, e) => { seen = e; return Task.CompletedTask; };

        // Act
        await adapter.SendTextToBotAsync("hi", (_, _) => throw new InvalidOperationException("boom"));

        // Assert
        Assert.Equal("boom", seen!.Message);
    }

    private sealed class LoggingMiddleware(string name, List<string> log) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add($"{name}:before");
            await next(cancellationToken);
            log.Add($"{name}:after");
        }
    }
}
