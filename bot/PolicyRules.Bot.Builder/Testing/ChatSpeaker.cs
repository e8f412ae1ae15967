namespace PolicyRules.Bot.Builder.Testing;

/// <summary>Who says a line of a <see cref="ChatTranscript"/>.</summary>
public enum ChatSpeaker
{
    User,
    Bot,
}
