namespace PolicyRules.Bot.Builder.Testing;

/// <summary>One utterance of a <see cref="ChatTranscript"/>; <see cref="Text"/> may span several lines.</summary>
public sealed record ChatTurn(ChatSpeaker Speaker, string Text, int LineNumber);
