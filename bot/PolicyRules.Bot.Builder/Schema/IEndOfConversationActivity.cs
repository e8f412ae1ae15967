namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The fields of an <c>endOfConversation</c> activity.</summary>
public interface IEndOfConversationActivity : IActivity
{
    string? Code { get; set; }

    string? Text { get; set; }
}
