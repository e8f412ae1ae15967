using System.Text;
using PolicyRules.Bot.Builder.Testing;

namespace PolicyRules.Bot.Tests;

/// <summary>Writes what the bot says now to a transcript's user turns into the transcript's source file (see <see cref="TranscriptTests"/>).</summary>
internal static class TranscriptRecorder
{
    public static async Task RecordAsync(ChatTranscript transcript, BotHarness bot, string file)
    {
        var text = new StringBuilder().Append("user=").AppendLine(transcript.UserName).Append("bot=").AppendLine(transcript.BotName).AppendLine();
        var recorder = new BotHarness(bot.Adapter.Conversation.Locale ?? "zh-CN");
        foreach (var turn in transcript.Turns.Where(t => t.Speaker == ChatSpeaker.User))
        {
            text.Append(transcript.UserName).Append(": ").AppendLine(turn.Text);
            foreach (var reply in await recorder.SayAsync(turn.Text))
            {
                text.Append(transcript.BotName).Append(": ").AppendLine(reply.Text);
            }
        }

        await File.WriteAllTextAsync(Path.Combine(SourceFolder(), file), text.ToString());
    }

    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyRules.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "PolicyRules.Bot.Tests");
            }
        }

        throw new InvalidOperationException("No PolicyRules.sln above the test's folder.");
    }
}
