using PolicyRules.Bot.Builder;
using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Conversation;

/// <summary>One turn of the conversation as the components see it: the channel, the person's state, and a way to reply.</summary>
internal sealed class Turn(ITurnContext context, InterviewState state, CancellationToken cancellationToken)
{
    public ITurnContext Context { get; } = context;

    public InterviewState State { get; } = state;

    public string Locale => State.Locale;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public Task SendAsync(IActivity activity) => Context.SendActivityAsync(activity, CancellationToken);

    public Task SayAsync(string text) => SendAsync(MessageFactory.Text(text));
}
