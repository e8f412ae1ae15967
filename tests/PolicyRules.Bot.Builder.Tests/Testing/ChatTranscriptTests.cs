using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Builder.Tests.Testing;

public class ChatTranscriptTests
{
    public static TheoryData<string> Transcripts() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.chat", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(AppContext.BaseDirectory, p))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task EchoBot_Transcript_Replays(string path)
    {
        // Arrange
        var transcript = await ChatTranscript.LoadAsync(Path.Combine(AppContext.BaseDirectory, path));

        // Act / Assert
        await transcript.ToTestFlow(new TestAdapter(), new EchoBot()).StartTestAsync();
    }

    [Fact]
    public void Parse_MultiLineBotReply_JoinsContinuationLines()
    {
        // Arrange
        const string text = "user=市民\r\nbot=政策助手\r\n\r\n市民: 查询入学资格\r\n政策助手: 第一行\r\n第二行\r\n\r\n市民：谢谢\r\n";

        // Act
        var transcript = ChatTranscript.Parse(text);

        // Assert
        Assert.Equal("市民", transcript.UserName);
        Assert.Equal("政策助手", transcript.BotName);
        Assert.Equal(
            [new ChatTurn(ChatSpeaker.User, "查询入学资格", 4), new ChatTurn(ChatSpeaker.Bot, "第一行\n第二行", 5), new ChatTurn(ChatSpeaker.User, "谢谢", 8)],
            transcript.Turns);
    }

    [Fact]
    public void Parse_MissingHeader_ThrowsWithLineNumber()
    {
        // Act
        var error = Assert.Throws<FormatException>(() => ChatTranscript.Parse("user=U\nU: hi\n", "broken.chat"));

        // Assert
        Assert.Contains("broken.chat, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToTestFlow_WrongReply_NamesTranscriptLine()
    {
        // Arrange
        var transcript = ChatTranscript.Parse("user=User\nbot=Bot\n\nUser: hello\nBot: Echo: hallo\n", "echo-typo.chat");

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => transcript.ToTestFlow(new TestAdapter(), new EchoBot()).StartTestAsync());

        // Assert
        Assert.Contains("echo-typo.chat line 5: Bot: Echo: hallo", error.Message, StringComparison.Ordinal);
        Assert.Contains("received: message \"Echo: hello\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToTestFlow_BotSaysMoreThanTranscript_Fails()
    {
        // Arrange
        var transcript = ChatTranscript.Parse("user=User\nbot=Bot\n\nUser: bye\nBot: Goodbye.\n");

        // Act
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() => transcript.ToTestFlow(new TestAdapter(), new EchoBot()).StartTestAsync());

        // Assert
        Assert.Contains("no bot reply after the last line", error.Message, StringComparison.Ordinal);
    }
}
