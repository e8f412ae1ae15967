using Microsoft.Extensions.Options;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.Hosting;

/// <summary>Deletes conversations idle for longer than <see cref="ConversationOptions.IdleExpiry"/>, at start and then periodically.</summary>
internal sealed class ConversationExpiryService(
    IExpiringStorage storage, IOptions<ConversationOptions> options, TimeProvider time, ILogger<ConversationExpiryService> logger) : BackgroundService
{
    /// <summary>Deletes what has expired by now; returns how many items went.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var deleted = await storage.DeleteOlderThanAsync(time.GetUtcNow() - options.Value.IdleExpiry, cancellationToken).ConfigureAwait(false);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} stored items of conversations idle for more than {IdleExpiry}.", deleted, options.Value.IdleExpiry);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ExpiryScanInterval, time);
        do
        {
            try
            {
                await DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (StorageUnavailableException exception)
            {
                logger.LogWarning("Deleting expired conversations waits for the store: {Reason} It is tried again at the next scan.", exception.Message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError("Deleting expired conversations failed: {ExceptionType}", exception.GetType().FullName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
