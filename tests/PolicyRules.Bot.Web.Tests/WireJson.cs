using Newtonsoft.Json.Linq;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Web.Tests;

/// <summary>JSON read as it is on the wire: timestamps stay strings.</summary>
public static class WireJson
{
    public static JObject ParseJson(string json) => (JObject)BotJson.Parse(json);
}
