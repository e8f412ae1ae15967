namespace PolicyRules.Bot.Builder.State;

/// <summary>
/// A transcript store shared by several instances that tells every one of them when a transcript grows, whichever
/// instance appended to it, so that the instance holding a client's open stream can deliver the activity.
/// </summary>
public interface ITranscriptFeed
{
    /// <summary>
    /// Calls <paramref name="onAppended"/> with the conversation and the sequence number of each activity appended from
    /// now on (by any instance; possibly late, or more than once), and <paramref name="onMissed"/> when some may have
    /// gone untold (the feed was interrupted), until the returned subscription is disposed. Both are called on the
    /// feed's own thread and must return quickly.
    /// </summary>
    IDisposable Subscribe(Action<string, long> onAppended, Action onMissed);
}
