namespace PolicyRules.Bot.Tests;

/// <summary>Writes what the bot says to a list of messages in the .chat format (used to draft transcripts, then read by a person).</summary>
internal static class TranscriptRecorder
{
    public static async Task<string> RecordAsync(IEnumerable<string> messages, string locale = "zh-CN")
    {
        var bot = new BotHarness(locale);
        var lines = new List<string> { "user=市民", "bot=政策助手", string.Empty };
        foreach (var message in messages)
        {
            lines.Add($"市民: {message}");
            foreach (var reply in await bot.SayAsync(message))
            {
                lines.Add($"政策助手: {reply.Text}");
            }
        }

        return string.Join('\n', lines) + "\n";
    }
}
