using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The conversation an activity belongs to.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(bool? isGroup = null, string? conversationType = null, string? id = null, string? name = null)
    {
        IsGroup = isGroup;
        ConversationType = conversationType;
        Id = id;
        Name = name;
    }

    [JsonProperty("isGroup")]
    public bool? IsGroup { get; set; }

    [JsonProperty("conversationType")]
    public string? ConversationType { get; set; }

    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("role")]
    public string? Role { get; set; }

    [JsonProperty("tenantId")]
    public string? TenantId { get; set; }
}
