using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Builder.Tests.Testing;

public class TestAdapterTests
{
    [Fact]
    public async Task ProcessActivityAsync_StampsIdsAndTimesFromTimeProvider()
    {
        // Arrange
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 15, 8, 0, 0, TimeSpan.Zero));
        var adapter = new TestAdapter("webchat", clock);
        Activity? incoming = null;

        // Act
        await adapter.SendTextToBotAsync("hi", async (tc, ct) =>
        {
            incoming = tc.Activity;
            await tc.SendActivityAsync("hello", cancellationToken: ct);
        });
        var reply = adapter.GetNextReply();

        // Assert
        Assert.Equal("1", incoming!.Id);
        Assert.Equal(clock.GetUtcNow(), incoming.Timestamp);
        Assert.Equal(TimeSpan.FromHours(8), incoming.LocalTimestamp!.Value.Offset);
        Assert.Equal("webchat", incoming.ChannelId);
        Assert.Equal("user1", incoming.From!.Id);
        Assert.Equal("2", reply!.Id);
        Assert.Equal("1", reply.ReplyToId);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Null(adapter.GetNextReply());
    }
}
