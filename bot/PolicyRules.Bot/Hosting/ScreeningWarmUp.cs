using PolicyRules.Bot.Builder;
using PolicyRules.Screening;

namespace PolicyRules.Bot.Hosting;

/// <summary>
/// Loads and compiles the rules in the background as the host starts, while the chat page is already served, so that
/// the first person's greeting and first answers do not wait for it.
/// </summary>
internal sealed class ScreeningWarmUp(IServiceProvider services, ILogger<ScreeningWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _ = services.GetRequiredService<IBot>();
        services.GetRequiredService<ScreeningServices>().Prepare();
        logger.LogInformation("Rules loaded and compiled in {Elapsed:F0} ms.", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }, stoppingToken);
}
