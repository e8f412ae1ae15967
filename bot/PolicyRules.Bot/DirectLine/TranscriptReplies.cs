using PolicyRules.Bot.Builder.Schema;
using PolicyRules.Bot.Channels;

namespace PolicyRules.Bot.DirectLine;

/// <summary>
/// A Direct Line turn's replies: stored in the transcript (typing only pushed to the stream), and an
/// <c>endOfConversation</c> from the bot ends the conversation, erasing everything said before this turn's replies.
/// </summary>
internal sealed class TranscriptReplies(DirectLineConversations conversations, string conversationId, string? replyableId) : IReplyChannel
{
    private long? _firstReplySequence;

    public async Task<ResourceResponse[]> SendAsync(Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Length);
        foreach (var activity in activities)
        {
            // Web Chat holds back a reply to an activity it has not seen; only the echoed user activity is one it has.
            if (!string.Equals(activity.ReplyToId, replyableId, StringComparison.Ordinal))
            {
                activity.ReplyToId = null;
            }

            if (activity.Type == ActivityTypes.Typing)
            {
                conversations.PushTransient(conversationId, activity);
                responses.Add(new ResourceResponse(activity.Id));
                continue;
            }

            var stored = await conversations.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
            responses.Add(new ResourceResponse(stored?.Activity.Id));
            _firstReplySequence ??= stored?.Sequence;

            if (activity.Type == ActivityTypes.EndOfConversation)
            {
                await conversations.EndAsync(conversationId, _firstReplySequence ?? long.MaxValue, cancellationToken).ConfigureAwait(false);
            }
        }

        return [.. responses];
    }
}
