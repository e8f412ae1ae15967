namespace PolicyRules.Bot.Conversation;

/// <summary>What the bot keeps between turns of one conversation. Only answers the rules use; no names or ID numbers.</summary>
public sealed class InterviewState
{
    public string Locale { get; set; } = "zh-CN";

    public string? Area { get; set; }

    /// <summary>Other areas the person named in the first message, offered once the current one is answered.</summary>
    public List<string> MentionedAreas { get; set; } = [];

    /// <summary>Areas already answered in this conversation, before the current one.</summary>
    public List<string> ScreenedAreas { get; set; } = [];

    /// <summary>The answers in the order they were given.</summary>
    public List<StoredAnswer> Answers { get; set; } = [];

    /// <summary>The variable the last question asked about, waiting for an answer.</summary>
    public string? PendingQuestion { get; set; }

    /// <summary>The number of questions left that the last question showed (约还剩N题), so the next one does not creep up.</summary>
    public int? RemainingShown { get; set; }

    public bool PrivacyNoticeShown { get; set; }

    /// <summary>Forgets the areas and every answer (重新开始); the language and the privacy notice stay.</summary>
    public void Restart()
    {
        Area = null;
        MentionedAreas.Clear();
        ScreenedAreas.Clear();
        Answers.Clear();
        PendingQuestion = null;
        RemainingShown = null;
    }
}
