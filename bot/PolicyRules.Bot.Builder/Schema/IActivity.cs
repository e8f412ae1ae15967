using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The fields every activity has, whatever its <see cref="Type"/>.</summary>
public interface IActivity
{
    string? Type { get; set; }

    string? Id { get; set; }

    DateTimeOffset? Timestamp { get; set; }

    DateTimeOffset? LocalTimestamp { get; set; }

    string? LocalTimezone { get; set; }

    string? ServiceUrl { get; set; }

    string? ChannelId { get; set; }

    ChannelAccount? From { get; set; }

    ConversationAccount? Conversation { get; set; }

    ChannelAccount? Recipient { get; set; }

    string? ReplyToId { get; set; }

    IList<Entity>? Entities { get; set; }

    object? ChannelData { get; set; }

    string? DeliveryMode { get; set; }

    /// <summary>Fields this schema does not name, kept so that they survive a round trip.</summary>
    JObject Properties { get; set; }
}
