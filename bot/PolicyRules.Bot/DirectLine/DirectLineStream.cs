using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// One client's WebSocket: the conversation's activities go out as text frames of <see cref="ActivitySet"/>s, in order and
/// each once, starting after the client's watermark. Activities appended here are pushed as they are stored; when one
/// arrives out of turn (appended by another instance, or while the stream was opening) the stream reads what it has
/// not sent from the transcript instead. What the client sends (Direct Line clients send <c>""</c> every 20 s as a
/// ping) is read and ignored.
/// </summary>
internal sealed class DirectLineStream(long watermark, Func<long, CancellationToken, Task<IReadOnlyList<TranscriptEntry>>> readAfter)
{
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly Channel<Frame> _frames = Channel.CreateUnbounded<Frame>(new UnboundedChannelOptions { SingleReader = true });
    private long _sent = watermark;
    private string _closeReason = "conversation closed";

    /// <summary>Sends activities just stored, numbered one after another.</summary>
    public void Push(IReadOnlyList<TranscriptEntry> entries)
    {
        if (entries.Count > 0)
        {
            var set = new ActivitySet([.. entries.Select(e => e.Activity)], DirectLineConversations.Watermark(entries[^1].Sequence));
            _frames.Writer.TryWrite(new Frame(BotJson.Serialize(set), entries[0].Sequence, entries[^1].Sequence));
        }
    }

    /// <summary>Sends an activity that is not stored (typing), with no watermark.</summary>
    public void PushTransient(Activity activity) =>
        _frames.Writer.TryWrite(new Frame(BotJson.Serialize(new ActivitySet([activity], string.Empty)), First: null, Last: null));

    /// <summary>The transcript holds activities up to <paramref name="sequence"/>: send whatever of them was not sent.</summary>
    public void CatchUp(long sequence = long.MaxValue) => _frames.Writer.TryWrite(new Frame(Text: null, First: null, Last: sequence));

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
                var text = await TextToSendAsync(frame, stop.Token).ConfigureAwait(false);
                if (text is not null)
                {
                    await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
                }
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

    /// <summary>The frame to send for <paramref name="frame"/>, or null when everything in it has been sent.</summary>
    private async Task<string?> TextToSendAsync(Frame frame, CancellationToken cancellationToken)
    {
        if (frame.Last is not { } last)
        {
            return frame.Text;
        }

        if (last <= _sent)
        {
            return null;
        }

        if (frame.Text is not null && frame.First == _sent + 1)
        {
            _sent = last;
            return frame.Text;
        }

        var unsent = await readAfter(_sent, cancellationToken).ConfigureAwait(false);
        if (unsent.Count == 0)
        {
            return null;
        }

        _sent = unsent[^1].Sequence;
        return BotJson.Serialize(new ActivitySet([.. unsent.Select(e => e.Activity)], DirectLineConversations.Watermark(_sent)));
    }

    private async Task DiscardIncomingAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        // Clients send only pings; a small buffer reads anything longer in pieces, and an idle socket holds little.
        var buffer = new byte[256];
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

    /// <summary>
    /// What to send: <see cref="Text"/> as it is (a transient activity, when <see cref="Last"/> is null), activities
    /// <see cref="First"/> to <see cref="Last"/> already framed, or — without text — whatever is unsent up to <see cref="Last"/>.
    /// </summary>
    private sealed record Frame(string? Text, long? First, long? Last);
}
