namespace PolicyRules.Bot.Builder.State;

/// <summary>An <see cref="IStorage"/> that knows when each item was last written, so that idle items can be expired.</summary>
public interface IExpiringStorage : IStorage
{
    /// <summary>
    /// Deletes every item last written before <paramref name="cutoff"/>, e.g. conversations idle for too long.
    /// The caller supplies the cutoff (typically <c>timeProvider.GetUtcNow() - idleTime</c>); instants are compared,
    /// whatever their offsets.
    /// </summary>
    /// <returns>The number of items deleted.</returns>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
