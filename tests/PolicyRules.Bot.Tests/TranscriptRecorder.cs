namespace PolicyRules.Bot.Tests;

/// <summary>
/// Drafts a transcript in the .chat format from what the real bot says; a person then reads it and
/// keeps it under Transcripts/ as the expected conversation.
/// </summary>
internal static class TranscriptRecorder
{
    private static readonly string[] Header = ["user=市民", "bot=政策助手", string.Empty];

    public static async Task<string> RecordAsync(IEnumerable<string> messages, string locale = "zh-CN")
    {
        var bot = new BotHarness(locale);
        var lines = new List<string>(Header);
        foreach (var message in messages)
        {
            lines.Add($"市民: {message}");
            lines.AddRange((await bot.SayAsync(message)).Select(r => $"政策助手: {r.Text}"));
        }

        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Opens with <paramref name="opening"/>, then answers each question from <paramref name="answers"/> (or <paramref name="otherwise"/>).</summary>
    public static async Task<string> RecordInterviewAsync(string opening, IReadOnlyDictionary<string, string> answers, string otherwise, string locale = "zh-CN")
    {
        var bot = new BotHarness(locale);
        var lines = new List<string>(Header);
        string? message = opening;
        for (var turn = 0; turn < 80 && message is not null; turn++)
        {
            lines.Add($"市民: {message}");
            var replies = await bot.SayAsync(message);
            lines.AddRange(replies.Select(r => $"政策助手: {r.Text}"));
            var question = BotHarness.QuestionOf(replies[^1]);
            message = question is null ? null : answers.GetValueOrDefault(question, otherwise);
        }

        return string.Join('\n', lines) + "\n";
    }
}
