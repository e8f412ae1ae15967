using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// One client's WebSocket: each pushed <see cref="ActivitySet"/> goes out as a text frame, in order. What the client
/// sends (Direct Line clients send <c>""</c> every 20 s as a ping) is read and ignored.
/// </summary>
internal sealed class DirectLineStream
{
    private readonly Channel<string> _frames = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private string _closeReason = "conversation closed";

    public void Push(ActivitySet set) => _frames.Writer.TryWrite(BotJson.Serialize(set));

    /// <summary>Sends what is queued, then closes the socket with <paramref name="reason"/>.</summary>
    public void Close(string reason)
    {
        _closeReason = reason;
        _frames.Writer.TryComplete();
    }

    public async Task RunAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receiving = DiscardIncomingAsync(socket, stop.Token);
        try
        {
            await foreach (var frame in _frames.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
            }

            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, _closeReason, cancellationToken).ConfigureAwait(false);
            }

            // Let the client answer the close, so that it sees a clean close with the reason rather than a reset.
            await receiving.WaitAsync(CloseHandshakeTimeout, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away; nothing is lost, it reconnects with its watermark.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await receiving.ConfigureAwait(false);
        }
    }

    private async Task DiscardIncomingAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        _frames.Writer.TryComplete();
    }
}
