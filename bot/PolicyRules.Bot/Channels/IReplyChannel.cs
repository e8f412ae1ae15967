using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Channels;

/// <summary>Where one turn's replies go: the Direct Line transcript, or a channel's connector.</summary>
internal interface IReplyChannel
{
    Task<ResourceResponse[]> SendAsync(Activity[] activities, CancellationToken cancellationToken);
}
