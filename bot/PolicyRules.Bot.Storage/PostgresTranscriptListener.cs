using System.Globalization;
using Npgsql;

namespace PolicyRules.Bot.Storage;

/// <summary>
/// <c>LISTEN</c>s on the transcripts' notification channel over a connection of its own, from the first subscription
/// until disposed, and hands each <c>"{conversationId} {sequence}"</c> payload to every subscriber. When the connection is
/// lost it connects again; since notifications sent in between are gone, subscribers are then told they may have missed
/// some.
/// </summary>
internal sealed class PostgresTranscriptListener(NpgsqlDataSource dataSource, Func<CancellationToken, Task<string>> channel) : IAsyncDisposable
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly List<Subscription> _subscriptions = [];
    private Task? _listening;

    public IDisposable Subscribe(Action<string, long> onAppended, Action onMissed)
    {
        var subscription = new Subscription(this, onAppended, onMissed);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _subscriptions.Add(subscription);
            _listening ??= Task.Run(() => ListenAsync(_stop.Token));
        }

        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        Task? listening;
        lock (_lock)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            listening = _listening;
        }

        if (listening is not null)
        {
            await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task ListenAsync(CancellationToken stopping)
    {
        var connectedBefore = false;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var connection = await dataSource.OpenConnectionAsync(stopping).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    connection.Notification += (_, notification) => Deliver(notification.Payload);
                    var listen = new NpgsqlCommand($"LISTEN \"{await channel(stopping).ConfigureAwait(false)}\";", connection);
                    await using (listen.ConfigureAwait(false))
                    {
                        await listen.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                    }

                    if (connectedBefore)
                    {
                        Each(subscription => subscription.OnMissed());
                    }

                    connectedBefore = true;
                    while (!stopping.IsCancellationRequested)
                    {
                        // Quiet for a while: a round trip shows whether the connection is still there.
                        if (!await connection.WaitAsync(Heartbeat, stopping).ConfigureAwait(false))
                        {
                            var ping = new NpgsqlCommand("SELECT 1;", connection);
                            await using (ping.ConfigureAwait(false))
                            {
                                await ping.ExecuteNonQueryAsync(stopping).ConfigureAwait(false);
                            }
                        }
                    }
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // The database went away or restarted; listen again once it is back.
                await Task.Delay(RetryDelay, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Deliver(string payload)
    {
        var space = payload.LastIndexOf(' ');
        if (space > 0 && long.TryParse(payload.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            var conversationId = payload[..space];
            Each(subscription => subscription.OnAppended(conversationId, sequence));
        }
    }

    private void Each(Action<Subscription> action)
    {
        Subscription[] subscriptions;
        lock (_lock)
        {
            subscriptions = [.. _subscriptions];
        }

        foreach (var subscription in subscriptions)
        {
            action(subscription);
        }
    }

    private void Remove(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private sealed class Subscription(PostgresTranscriptListener listener, Action<string, long> onAppended, Action onMissed) : IDisposable
    {
        public Action<string, long> OnAppended { get; } = onAppended;

        public Action OnMissed { get; } = onMissed;

        public void Dispose() => listener.Remove(this);
    }
}
