using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Storage.Tests;

/// <summary>The <see cref="ITranscriptStore"/> behaviour every storage shares.</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task CreateTranscriptAsync_SecondTimeForTheSameConversation_ReturnsFalseAndKeepsTheFirst()
    {
        // Arrange
        var transcripts = CreateTranscripts();

        // Act
        var first = await transcripts.CreateTranscriptAsync("c1", "en");
        var second = await transcripts.CreateTranscriptAsync("c1", "zh-CN");

        // Assert
        Assert.True(first);
        Assert.False(second);
        var info = await transcripts.FindTranscriptAsync("c1");
        Assert.Equal(new TranscriptInfo("c1", "en", Ended: false, Erased: 0, LastSequence: 0, Last: null), info);
    }

    [Fact]
    public async Task AppendActivityAsync_NumbersActivitiesInOrder_AndReadsThemBackAfterAWatermark()
    {
        // Arrange
        var transcripts = CreateTranscripts();
        await transcripts.CreateTranscriptAsync("c1", null);

        // Act
        var numbers = new List<long?>();
        foreach (var text in new[] { "一", "二", "三" })
        {
            numbers.Add(await transcripts.AppendActivityAsync("c1", sequence => Message(text, $"c1|{sequence}")));
        }

        var all = await transcripts.ReadActivitiesAsync("c1", 0);
        var afterFirst = await transcripts.ReadActivitiesAsync("c1", 1);
        var none = await transcripts.ReadActivitiesAsync("c1", 3);

        // Assert
        Assert.Equal([1L, 2L, 3L], numbers);
        Assert.Equal([(1L, "一", "c1|1"), (2L, "二", "c1|2"), (3L, "三", "c1|3")], all.Select(e => (e.Sequence, e.Activity.Text, e.Activity.Id)));
        Assert.Equal(["二", "三"], afterFirst.Select(e => e.Activity.Text));
        Assert.Empty(none);
        Assert.Equal("三", (await transcripts.FindTranscriptAsync("c1"))!.Last!.Text);
    }

    [Fact]
    public async Task AppendActivityAsync_UnknownConversation_ReturnsNullAndStoresNothing()
    {
        // Arrange
        var transcripts = CreateTranscripts();

        // Act
        var sequence = await transcripts.AppendActivityAsync("nobody", _ => Message("hello"));

        // Assert
        Assert.Null(sequence);
        Assert.Null(await transcripts.FindTranscriptAsync("nobody"));
        Assert.Empty(await transcripts.ReadActivitiesAsync("nobody", 0));
    }

    [Fact]
    public async Task EndTranscriptAsync_ErasesEverythingBeforeTheKeptActivity_AndRefusesMoreAppends()
    {
        // Arrange
        var transcripts = CreateTranscripts();
        await transcripts.CreateTranscriptAsync("c1", "zh-CN");
        foreach (var text in new[] { "我的身份证号", "删除我的数据", "已删除" })
        {
            await transcripts.AppendActivityAsync("c1", _ => Message(text));
        }

        // Act
        await transcripts.EndTranscriptAsync("c1", keepFromSequence: 3);
        var late = await transcripts.AppendActivityAsync("c1", _ => Message("还在吗"));

        // Assert
        Assert.Null(late);
        var left = await transcripts.ReadActivitiesAsync("c1", 0);
        Assert.Equal([(3L, "已删除")], left.Select(e => (e.Sequence, e.Activity.Text)));
        var info = await transcripts.FindTranscriptAsync("c1");
        Assert.Equal((true, 2L, 3L, "已删除"), (info!.Ended, info.Erased, info.LastSequence, info.Last?.Text));
    }

    [Fact]
    public async Task EndTranscriptAsync_KeepingNothing_ErasesEveryActivity()
    {
        // Arrange
        var transcripts = CreateTranscripts();
        await transcripts.CreateTranscriptAsync("c1", null);
        await transcripts.AppendActivityAsync("c1", _ => Message("a"));
        await transcripts.AppendActivityAsync("c1", _ => Message("b"));

        // Act
        await transcripts.EndTranscriptAsync("c1", long.MaxValue);

        // Assert
        Assert.Empty(await transcripts.ReadActivitiesAsync("c1", 0));
        var info = await transcripts.FindTranscriptAsync("c1");
        Assert.Equal((true, 2L, 2L, (Activity?)null), (info!.Ended, info.Erased, info.LastSequence, info.Last));
    }

    [Fact]
    public async Task ReadActivitiesAsync_CallerChangesWhatItRead_StoredCopyUnchanged()
    {
        // Arrange
        var transcripts = CreateTranscripts();
        await transcripts.CreateTranscriptAsync("c1", null);
        var appended = Message("原文");
        await transcripts.AppendActivityAsync("c1", _ => appended);

        // Act
        appended.Text = "changed after appending";
        (await transcripts.ReadActivitiesAsync("c1", 0))[0].Activity.Text = "changed after reading";

        // Assert
        Assert.Equal("原文", (await transcripts.ReadActivitiesAsync("c1", 0))[0].Activity.Text);
    }

    [Fact]
    public async Task AppendActivityAsync_ManyAtOnceToOneConversation_EachGetsItsOwnNumber()
    {
        // Arrange
        var transcripts = CreateTranscripts();
        await transcripts.CreateTranscriptAsync("c1", null);

        // Act
        var numbers = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => transcripts.AppendActivityAsync("c1", _ => Message($"m{i}")))));

        // Assert
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long?)i), numbers.Order());
        var stored = await transcripts.ReadActivitiesAsync("c1", 0);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), stored.Select(e => e.Sequence));
        Assert.Equal(50, stored.Select(e => e.Activity.Text).Distinct().Count());
    }

    [Fact]
    public async Task DeleteOlderThanAsync_RemovesIdleTranscriptsWithTheirActivities_AndKeepsRecentOnes()
    {
        // Arrange
        var storage = CreateStorage();
        var transcripts = (ITranscriptStore)storage;
        await transcripts.CreateTranscriptAsync("idle", null);
        await transcripts.AppendActivityAsync("idle", _ => Message("old"));
        Clock.Advance(TimeSpan.FromHours(2));
        await transcripts.CreateTranscriptAsync("recent", null);
        await transcripts.AppendActivityAsync("recent", _ => Message("new"));

        // Act
        var deleted = await storage.DeleteOlderThanAsync(Clock.GetUtcNow() - TimeSpan.FromHours(1));

        // Assert
        Assert.Equal(1, deleted);
        Assert.Null(await transcripts.FindTranscriptAsync("idle"));
        Assert.Empty(await transcripts.ReadActivitiesAsync("idle", 0));
        Assert.Equal(["new"], (await transcripts.ReadActivitiesAsync("recent", 0)).Select(e => e.Activity.Text));
    }

    [Fact]
    public async Task DeleteOlderThanAsync_TranscriptAppendedToSinceItStarted_IsKept()
    {
        // Arrange
        var storage = CreateStorage();
        var transcripts = (ITranscriptStore)storage;
        await transcripts.CreateTranscriptAsync("c1", null);
        Clock.Advance(TimeSpan.FromHours(2));
        await transcripts.AppendActivityAsync("c1", _ => Message("still here"));

        // Act
        var deleted = await storage.DeleteOlderThanAsync(Clock.GetUtcNow() - TimeSpan.FromHours(1));

        // Assert
        Assert.Equal(0, deleted);
        Assert.NotNull(await transcripts.FindTranscriptAsync("c1"));
    }

    /// <summary>The storage of <see cref="CreateStorage"/> as a transcript store (every storage is one).</summary>
    protected ITranscriptStore CreateTranscripts() => (ITranscriptStore)CreateStorage();

    protected static Activity Message(string text, string? id = null) => new(ActivityTypes.Message)
    {
        Id = id,
        Text = text,
        From = new ChannelAccount("u1", role: RoleTypes.User),
    };
}
