using Newtonsoft.Json;

namespace PolicyRules.Bot.Builder.Schema;

/// <summary>Buttons shown under a message until the user answers.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
public sealed class SuggestedActions
{
    public SuggestedActions()
    {
    }

    public SuggestedActions(IList<string>? to, IList<CardAction>? actions)
    {
        To = to;
        Actions = actions;
    }

    /// <summary>Ids of the recipients who should see the actions; all when omitted.</summary>
    [JsonProperty("to")]
    public IList<string>? To { get; set; }

    [JsonProperty("actions")]
    public IList<CardAction>? Actions { get; set; }
}
