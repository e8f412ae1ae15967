namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The fields of a <c>message</c> activity.</summary>
public interface IMessageActivity : IActivity
{
    string? Text { get; set; }

    string? TextFormat { get; set; }

    string? Locale { get; set; }

    string? Speak { get; set; }

    string? InputHint { get; set; }

    string? Summary { get; set; }

    SuggestedActions? SuggestedActions { get; set; }

    IList<Attachment>? Attachments { get; set; }

    string? AttachmentLayout { get; set; }

    object? Value { get; set; }
}
