using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>An activity of a transcript with its sequence number.</summary>
public sealed record TranscriptEntry(long Sequence, Activity Activity);
