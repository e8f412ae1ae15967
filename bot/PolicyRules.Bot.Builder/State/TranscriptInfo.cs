using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>A transcript's header, as <see cref="ITranscriptStore.FindTranscriptAsync"/> reads it.</summary>
/// <param name="ConversationId">The conversation.</param>
/// <param name="Locale">The locale the conversation was started with, if any.</param>
/// <param name="Ended">The conversation has ended: nothing more is appended.</param>
/// <param name="Erased">How many activities were erased from the front.</param>
/// <param name="LastSequence">The sequence number of the last activity (0 when none was ever appended).</param>
/// <param name="Last">The last activity, unless there is none or it was erased.</param>
public sealed record TranscriptInfo(string ConversationId, string? Locale, bool Ended, long Erased, long LastSequence, Activity? Last);
