using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Tests;

/// <summary>
/// The readable transcripts under Transcripts/, replayed against the real rules: every bot reply
/// must match the file word for word, and the bot must say nothing the file does not show. A file
/// named <c>*.en.chat</c> is a conversation whose client speaks English. After a deliberate change to
/// what the bot says, <c>POLICYRULES_RECORD_TRANSCRIPTS=1 dotnet test --filter TranscriptTests</c>
/// writes what it says now into the source files, to be read over and committed.
/// </summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Transcripts => [.. Directory
        .GetFiles(Path.Combine(AppContext.BaseDirectory, "Transcripts"), "*.chat", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(AppContext.BaseDirectory, f))
        .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Replay_Transcript_BotSaysExactlyWhatTheFileShows(string file)
    {
        // Arrange
        var transcript = await ChatTranscript.LoadAsync(Path.Combine(AppContext.BaseDirectory, file));
        var bot = new BotHarness(file.EndsWith(".en.chat", StringComparison.Ordinal) ? "en" : "zh-CN");
        if (Environment.GetEnvironmentVariable("POLICYRULES_RECORD_TRANSCRIPTS") == "1")
        {
            await TranscriptRecorder.RecordAsync(transcript, bot, file);
            return;
        }

        // Act / Assert
        await transcript.ToTestFlow(bot.Adapter, bot.Bot).StartTestAsync();
    }
}
