using Newtonsoft.Json;
using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Builder.State;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// A Direct Line conversation as stored: the activities the client can read, in order. The watermark of an activity is
/// its sequence number (1-based, counting activities already erased), so watermarks stay valid after an erasure.
/// </summary>
internal sealed class Transcript : IStoreItem
{
    [JsonProperty("conversationId")]
    public required string ConversationId { get; init; }

    [JsonProperty("locale")]
    public string? Locale { get; set; }

    /// <summary>Set when the bot ended the conversation; reading past its last activity then answers 404.</summary>
    [JsonProperty("ended")]
    public bool Ended { get; set; }

    /// <summary>How many activities were erased from the front (after a data-deletion request).</summary>
    [JsonProperty("erased")]
    public long Erased { get; set; }

    [JsonProperty("activities")]
    public List<Activity> Activities { get; init; } = [];

    [JsonProperty("eTag")]
    public string? ETag { get; set; }

    [JsonIgnore]
    public long LastSequence => Erased + Activities.Count;

    /// <summary>The activities after <paramref name="watermark"/>.</summary>
    public IReadOnlyList<Activity> After(long watermark) =>
        Activities.Skip((int)Math.Clamp(watermark - Erased, 0, Activities.Count)).ToList();

    /// <summary>Erases every activity before <paramref name="sequence"/> (its watermark stays meaningful).</summary>
    public void EraseBefore(long sequence)
    {
        var count = (int)Math.Clamp(sequence - 1 - Erased, 0, Activities.Count);
        Activities.RemoveRange(0, count);
        Erased += count;
    }

    public static string StorageKey(string conversationId) => $"transcripts/directline/{conversationId}";
}
