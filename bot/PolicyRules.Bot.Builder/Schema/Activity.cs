using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>
/// One Bot Framework activity. Serialised with camelCase field names and without null fields,
/// so that Bot Framework channels and clients (Direct Line, Web Chat) read it unchanged.
/// Unknown fields are kept in <see cref="Properties"/>.
/// </summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class Activity : IMessageActivity, IEventActivity, IConversationUpdateActivity, IEndOfConversationActivity
{
    public Activity()
    {
    }

    public Activity(string? type)
    {
        Type = type;
    }

    /// <summary>See <see cref="ActivityTypes"/>.</summary>
    [JsonProperty("type", Order = -10)]
    public string? Type { get; set; }

    [JsonProperty("id", Order = -9)]
    public string? Id { get; set; }

    /// <summary>Set by the channel, written in UTC with a trailing <c>Z</c>.</summary>
    [JsonProperty("timestamp", Order = -8)]
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, written with its offset.</summary>
    [JsonProperty("localTimestamp", Order = -7)]
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>An IANA time-zone name, e.g. <c>Asia/Shanghai</c>.</summary>
    [JsonProperty("localTimezone", Order = -6)]
    public string? LocalTimezone { get; set; }

    [JsonProperty("serviceUrl", Order = -5)]
    public string? ServiceUrl { get; set; }

    [JsonProperty("channelId", Order = -4)]
    public string? ChannelId { get; set; }

    [JsonProperty("from", Order = -3)]
    public ChannelAccount? From { get; set; }

    [JsonProperty("conversation", Order = -2)]
    public ConversationAccount? Conversation { get; set; }

    [JsonProperty("recipient", Order = -1)]
    public ChannelAccount? Recipient { get; set; }

    [JsonProperty("textFormat")]
    public string? TextFormat { get; set; }

    [JsonProperty("attachmentLayout")]
    public string? AttachmentLayout { get; set; }

    [JsonProperty("membersAdded")]
    public IList<ChannelAccount>? MembersAdded { get; set; }

    [JsonProperty("membersRemoved")]
    public IList<ChannelAccount>? MembersRemoved { get; set; }

    /// <summary>A BCP-47 locale, e.g. <c>zh-CN</c>.</summary>
    [JsonProperty("locale")]
    public string? Locale { get; set; }

    [JsonProperty("text")]
    public string? Text { get; set; }

    [JsonProperty("speak")]
    public string? Speak { get; set; }

    /// <summary>See <see cref="InputHints"/>.</summary>
    [JsonProperty("inputHint")]
    public string? InputHint { get; set; }

    [JsonProperty("summary")]
    public string? Summary { get; set; }

    [JsonProperty("suggestedActions")]
    public SuggestedActions? SuggestedActions { get; set; }

    [JsonProperty("attachments")]
    public IList<Attachment>? Attachments { get; set; }

    [JsonProperty("entities")]
    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific content; always a JSON object on the wire (read back as <see cref="JObject"/>).</summary>
    [JsonProperty("channelData")]
    public object? ChannelData { get; set; }

    /// <summary>The code of an <c>endOfConversation</c> activity.</summary>
    [JsonProperty("code")]
    public string? Code { get; set; }

    [JsonProperty("replyToId")]
    public string? ReplyToId { get; set; }

    /// <summary>The payload of an <c>event</c>, <c>invoke</c> or <c>messageBack</c> (read back as a <see cref="JToken"/>).</summary>
    [JsonProperty("value")]
    public object? Value { get; set; }

    /// <summary>The name of an <c>event</c> or <c>invoke</c>.</summary>
    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary>See <see cref="DeliveryModes"/>.</summary>
    [JsonProperty("deliveryMode")]
    public string? DeliveryMode { get; set; }

    /// <inheritdoc />
    [JsonExtensionData]
    public JObject Properties { get; set; } = [];

    /// <summary>Creates an empty <c>message</c> activity.</summary>
    public static IMessageActivity CreateMessageActivity() => new Activity(ActivityTypes.Message);

    /// <summary>Creates an empty <c>event</c> activity.</summary>
    public static IEventActivity CreateEventActivity() => new Activity(ActivityTypes.Event);

    /// <summary>Creates an empty <c>conversationUpdate</c> activity.</summary>
    public static IConversationUpdateActivity CreateConversationUpdateActivity() => new Activity(ActivityTypes.ConversationUpdate);

    /// <summary>Creates an empty <c>endOfConversation</c> activity.</summary>
    public static IEndOfConversationActivity CreateEndOfConversationActivity() => new Activity(ActivityTypes.EndOfConversation);

    /// <summary>Creates a <c>typing</c> activity.</summary>
    public static Activity CreateTypingActivity() => new(ActivityTypes.Typing);

    /// <summary>
    /// Creates a <c>message</c> answering this activity: <c>from</c> and <c>recipient</c> swapped,
    /// <c>replyToId</c> set to this activity's id, same conversation, channel, service URL and locale.
    /// The incoming <c>channelData</c> is deliberately not copied.
    /// </summary>
    public Activity CreateReply(string? text = null, string? locale = null)
    {
        return new Activity(ActivityTypes.Message)
        {
            From = Recipient is null ? null : new ChannelAccount(Recipient.Id, Recipient.Name, Recipient.Role),
            Recipient = From is null ? null : new ChannelAccount(From.Id, From.Name, From.Role),
            ReplyToId = Id,
            ServiceUrl = ServiceUrl,
            ChannelId = ChannelId,
            Conversation = Conversation is null
                ? null
                : new ConversationAccount(Conversation.IsGroup, Conversation.ConversationType, Conversation.Id, Conversation.Name) { TenantId = Conversation.TenantId },
            Text = text ?? string.Empty,
            Locale = locale ?? Locale,
        };
    }

    /// <summary>The reference needed to send further activities into this conversation.</summary>
    public ConversationReference GetConversationReference()
    {
        return new ConversationReference
        {
            ActivityId = Id,
            User = From,
            Bot = Recipient,
            Conversation = Conversation,
            ChannelId = ChannelId,
            Locale = Locale,
            ServiceUrl = ServiceUrl,
        };
    }

    /// <summary>
    /// Addresses this activity using <paramref name="reference"/>: bot as sender, user as recipient,
    /// and, unless <paramref name="isIncoming"/>, as a reply to the referenced activity.
    /// Fields already set are kept.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId ??= reference.ChannelId;
        ServiceUrl ??= reference.ServiceUrl;
        Conversation ??= reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From ??= reference.User;
            Recipient ??= reference.Bot;
            Id ??= reference.ActivityId;
        }
        else
        {
            From ??= reference.Bot;
            Recipient ??= reference.User;
            ReplyToId ??= reference.ActivityId;
        }

        return this;
    }

    /// <summary>This activity as a message, or null if it is not one.</summary>
    public IMessageActivity? AsMessageActivity() => IsType(ActivityTypes.Message) ? this : null;

    /// <summary>This activity as an event, or null if it is not one.</summary>
    public IEventActivity? AsEventActivity() => IsType(ActivityTypes.Event) ? this : null;

    /// <summary>This activity as a conversation update, or null if it is not one.</summary>
    public IConversationUpdateActivity? AsConversationUpdateActivity() => IsType(ActivityTypes.ConversationUpdate) ? this : null;

    /// <summary>This activity as an end of conversation, or null if it is not one.</summary>
    public IEndOfConversationActivity? AsEndOfConversationActivity() => IsType(ActivityTypes.EndOfConversation) ? this : null;

    /// <summary><c>channelData</c> converted to <typeparamref name="T"/>, or default when absent.</summary>
    public T? GetChannelData<T>()
    {
        return ChannelData switch
        {
            null => default,
            T typed => typed,
            JToken token => token.ToObject<T>(BotJson.CreateSerializer()),
            var other => JToken.FromObject(other, BotJson.CreateSerializer()).ToObject<T>(BotJson.CreateSerializer()),
        };
    }

    private bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);
}
