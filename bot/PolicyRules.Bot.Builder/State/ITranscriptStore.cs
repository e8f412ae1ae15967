using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// Conversation transcripts kept activity by activity, for a channel whose clients read back what was said (Direct
/// Line). Appending writes one activity, however long the conversation is. Each activity gets a sequence number, its
/// place in the conversation (1-based, counting activities erased since), assigned by the store so that instances
/// sharing it agree.
/// </summary>
public interface ITranscriptStore
{
    /// <summary>Starts an empty transcript; false when the conversation has one already.</summary>
    Task<bool> CreateTranscriptAsync(string conversationId, string? locale, CancellationToken cancellationToken = default);

    /// <summary>The transcript's header and last activity, or null when the conversation has none.</summary>
    Task<TranscriptInfo?> FindTranscriptAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends the activity <paramref name="stamp"/> returns for the next sequence number (it may put the number in the
    /// activity's id) and returns that number; null when the conversation has no transcript or it has ended.
    /// </summary>
    Task<long?> AppendActivityAsync(string conversationId, Func<long, Activity> stamp, CancellationToken cancellationToken = default);

    /// <summary>The activities after sequence number <paramref name="afterSequence"/>, in order (copies).</summary>
    Task<IReadOnlyList<TranscriptEntry>> ReadActivitiesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends the transcript (nothing more can be appended) and erases its activities before
    /// <paramref name="keepFromSequence"/>; sequence numbers, and so the clients' watermarks, stay as they were.
    /// </summary>
    Task EndTranscriptAsync(string conversationId, long keepFromSequence, CancellationToken cancellationToken = default);
}
