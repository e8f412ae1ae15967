using Moq;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;
using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Builder.Tests.State;

public class BotStateTests
{
    private sealed class Counter
    {
        public int Count { get; set; }
    }

    private readonly MemoryStorage _memory = new();
    private readonly Mock<IStorage> _storage = new();

    public BotStateTests()
    {
        _storage.Setup(x => x.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
            .Returns((string[] keys, CancellationToken ct) => _memory.ReadAsync(keys, ct));
        _storage.Setup(x => x.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()))
            .Returns((IDictionary<string, object> changes, CancellationToken ct) => _memory.WriteAsync(changes, ct));
        _storage.Setup(x => x.DeleteAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()))
            .Returns((string[] keys, CancellationToken ct) => _memory.DeleteAsync(keys, ct));
    }

    private static BotCallbackHandler CountingBot(IStatePropertyAccessor<Counter> counter) => async (turnContext, ct) =>
    {
        var text = turnContext.Activity.Text;
        var state = await counter.GetAsync(turnContext, () => new Counter(), ct);
        if (text == "peek")
        {
            await turnContext.SendActivityAsync($"count {state!.Count}", cancellationToken: ct);
            return;
        }

        // Several changes in one turn, through the object and through the accessor.
        state!.Count++;
        state.Count++;
        await counter.SetAsync(turnContext, state, ct);
        await turnContext.SendActivityAsync($"count {state.Count}", cancellationToken: ct);
    };

    [Fact]
    public async Task SaveChanges_SeveralChangesInATurn_WritesOncePerTurn()
    {
        // Arrange
        var conversationState = new ConversationState(_storage.Object);
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        var bot = CountingBot(conversationState.CreateProperty<Counter>("counter"));

        // Act
        await new TestFlow(adapter, bot)
            .Send("add").AssertReply("count 2")
            .Send("add").AssertReply("count 4")
            .StartTestAsync();

        // Assert
        _storage.Verify(x => x.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _storage.Verify(x => x.ReadAsync(It.IsAny<string[]>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task SaveChanges_TurnOnlyReads_DoesNotWrite()
    {
        // Arrange
        var conversationState = new ConversationState(_storage.Object);
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        var bot = CountingBot(conversationState.CreateProperty<Counter>("counter"));
        await new TestFlow(adapter, bot).Send("add").AssertReply("count 2").StartTestAsync();
        _storage.Invocations.Clear();

        // Act
        await new TestFlow(adapter, bot).Send("peek").AssertReply("count 2").StartTestAsync();

        // Assert
        _storage.Verify(x => x.WriteAsync(It.IsAny<IDictionary<string, object>>(), It.IsAny<CancellationToken>()), Times.Never());
    }

    [Fact]
    public async Task Keys_FollowBotFrameworkLayout()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var userState = new UserState(_memory);
        var adapter = new TestAdapter("webchat").Use(new AutoSaveStateMiddleware(conversationState, userState));
        var conversationName = conversationState.CreateProperty<string>("name");
        var userName = userState.CreateProperty<string>("name");

        // Act
        await adapter.SendTextToBotAsync("hi", async (tc, ct) =>
        {
            await conversationName.SetAsync(tc, "conversation", ct);
            await userName.SetAsync(tc, "user", ct);
        });

        // Assert
        var stored = await _memory.ReadAsync(["webchat/conversations/convo1", "webchat/users/user1"]);
        Assert.Equal(2, stored.Count);
    }

    [Fact]
    public async Task Accessor_DeleteAsync_RemovesValueAtNextSave()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        var counter = conversationState.CreateProperty<Counter>("counter");
        await adapter.SendTextToBotAsync("a", (tc, ct) => counter.SetAsync(tc, new Counter { Count = 5 }, ct));

        // Act
        await adapter.SendTextToBotAsync("b", (tc, ct) => counter.DeleteAsync(tc, ct));
        Counter? after = null;
        await adapter.SendTextToBotAsync("c", async (tc, ct) => after = await counter.GetAsync(tc, cancellationToken: ct));

        // Assert
        Assert.Null(after);
    }

    [Fact]
    public async Task DeleteAsync_TurnSetsStateAfterwards_AutoSaveDoesNotWriteItBack()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        var counter = conversationState.CreateProperty<Counter>("counter");
        await adapter.SendTextToBotAsync("a", (tc, ct) => counter.SetAsync(tc, new Counter { Count = 5 }, ct));

        // Act
        Counter? readAfterDelete = null;
        await adapter.SendTextToBotAsync("forget me", async (tc, ct) =>
        {
            var state = await counter.GetAsync(tc, () => new Counter(), ct);
            await conversationState.DeleteAsync(tc, ct);
            readAfterDelete = await counter.GetAsync(tc, cancellationToken: ct);
            state!.Count++;
            await counter.SetAsync(tc, state, ct);
        });

        // Assert
        Assert.Null(readAfterDelete);
        Assert.Empty(await _memory.ReadAsync(["test/conversations/convo1"]));
    }

    [Fact]
    public async Task DeleteAsync_NextTurn_StartsEmptyAndSavesAgain()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        var bot = CountingBot(conversationState.CreateProperty<Counter>("counter"));
        await new TestFlow(adapter, bot).Send("add").AssertReply("count 2").StartTestAsync();
        await adapter.SendTextToBotAsync("forget me", (tc, ct) => conversationState.DeleteAsync(tc, ct));

        // Act / Assert
        await new TestFlow(adapter, bot)
            .Send("add").AssertReply("count 2")
            .Send("peek").AssertReply("count 2")
            .StartTestAsync();
    }

    [Fact]
    public async Task SaveChanges_ConcurrentTurnSavedFirst_ThrowsConcurrencyException()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var counter = conversationState.CreateProperty<Counter>("counter");
        var adapter = new TestAdapter();
        var first = new TurnContext(adapter, adapter.MakeActivity("one"));
        var second = new TurnContext(adapter, adapter.MakeActivity("two"));
        await adapter.SendTextToBotAsync("seed", async (tc, ct) =>
        {
            await counter.SetAsync(tc, new Counter { Count = 1 }, ct);
            await conversationState.SaveChangesAsync(tc, cancellationToken: ct);
        });
        (await counter.GetAsync(first))!.Count = 10;
        (await counter.GetAsync(second))!.Count = 20;
        await conversationState.SaveChangesAsync(first);

        // Act
        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() => conversationState.SaveChangesAsync(second));

        // Assert
        Assert.Equal("test/conversations/convo1", error.Key);
    }

    [Fact]
    public async Task SaveChanges_TwiceInOneTurn_SecondSaveUsesNewETag()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var counter = conversationState.CreateProperty<Counter>("counter");
        var adapter = new TestAdapter();
        var turnContext = new TurnContext(adapter, adapter.MakeActivity("x"));
        await counter.SetAsync(turnContext, new Counter { Count = 1 });
        await conversationState.SaveChangesAsync(turnContext);

        // Act
        await counter.SetAsync(turnContext, new Counter { Count = 2 });
        await conversationState.SaveChangesAsync(turnContext);

        // Assert
        var reread = new TurnContext(adapter, adapter.MakeActivity("y"));
        Assert.Equal(2, (await counter.GetAsync(reread))!.Count);
    }

    [Fact]
    public async Task GetAsync_NotLoadedState_ThrowsForMissingConversation()
    {
        // Arrange
        var conversationState = new ConversationState(_memory);
        var counter = conversationState.CreateProperty<Counter>("counter");
        var turnContext = new TurnContext(new TestAdapter(), new Activity(ActivityTypes.Message) { ChannelId = "test" });

        // Act / Assert
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.GetAsync(turnContext));
        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }
}
