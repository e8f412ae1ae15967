using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>A user or bot in a conversation (<c>from</c>, <c>recipient</c>, <c>membersAdded</c>).</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string? id = null, string? name = null, string? role = null)
    {
        Id = id;
        Name = name;
        Role = role;
    }

    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    /// <summary><c>user</c> or <c>bot</c>; see <see cref="RoleTypes"/>.</summary>
    [JsonProperty("role")]
    public string? Role { get; set; }

    [JsonProperty("aadObjectId")]
    public string? AadObjectId { get; set; }
}
