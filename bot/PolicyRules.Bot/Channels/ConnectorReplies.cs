using System.Net.Http.Headers;
using System.Text;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Channels;

/// <summary>
/// Replies sent back to the channel's connector, as Bot Framework channels expect:
/// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c>.
/// </summary>
internal sealed class ConnectorReplies(HttpClient http, string serviceUrl) : IReplyChannel
{
    public async Task<ResourceResponse[]> SendAsync(Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            var conversationId = Uri.EscapeDataString(activity.Conversation?.Id ?? string.Empty);
            var path = activity.ReplyToId is { } replyToId
                ? $"v3/conversations/{conversationId}/activities/{Uri.EscapeDataString(replyToId)}"
                : $"v3/conversations/{conversationId}/activities";
            using var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await http.PostAsync(new Uri(new Uri(serviceUrl.TrimEnd('/') + "/"), path), content, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            responses.Add((string.IsNullOrWhiteSpace(body) ? null : BotJson.Deserialize<ResourceResponse>(body)) ?? new ResourceResponse(activity.Id));
        }

        return [.. responses];
    }
}
