using Microsoft.Extensions.Caching.Memory;
using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// The client activity ids (<c>channelData.clientActivityID</c>, which Web Chat and DirectLineJS put on every post) each
/// conversation has sent lately, so that an activity sent again — a client retrying a post whose answer it lost, a replay
/// — is refused with 409 rather than answered twice. Kept in this process for <see cref="Window"/> (after the last sight):
/// a replay to another instance, or after a restart, is not caught here.
/// </summary>
internal sealed class ClientActivityIds : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    /// <summary>Enough for every conversation of a busy instance's last ten minutes; beyond it the oldest are forgotten.</summary>
    private const int MaximumKept = 200_000;

    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = MaximumKept });
    private readonly Lock _gate = new();

    /// <summary>The id a client gave its activity, if it gave one.</summary>
    public static string? Of(Activity activity) =>
        (activity.ChannelData as JObject)?["clientActivityID"] is JValue { Type: JTokenType.String } id ? (string?)id : null;

    /// <summary>
    /// Notes that <paramref name="conversationId"/> sent <paramref name="clientActivityId"/>: true the first time; false when
    /// it was sent before, with the id the first one was stored under (null while it is being stored).
    /// </summary>
    public bool TryReceive(string conversationId, string clientActivityId, out string? firstId)
    {
        var key = (conversationId, clientActivityId);
        lock (_gate)
        {
            if (_seen.TryGetValue(key, out Received? received))
            {
                firstId = received!.Id;
                return false;
            }

            _seen.Set(key, new Received(), new MemoryCacheEntryOptions { SlidingExpiration = Window, Size = 1 });
        }

        firstId = null;
        return true;
    }

    /// <summary>The activity received is stored under <paramref name="id"/>.</summary>
    public void Stored(string conversationId, string clientActivityId, string id)
    {
        if (_seen.TryGetValue((conversationId, clientActivityId), out Received? received))
        {
            received!.Id = id;
        }
    }

    /// <summary>The activity received was not stored (no such conversation, the store unavailable): it may be sent again.</summary>
    public void Forget(string conversationId, string clientActivityId) => _seen.Remove((conversationId, clientActivityId));

    public void Dispose() => _seen.Dispose();

    private sealed class Received
    {
        public string? Id { get; set; }
    }
}
