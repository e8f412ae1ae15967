using PolicyRules.Bot.Builder.Schema;

namespace PolicyRules.Bot.Builder.Tests;

/// <summary>The smallest useful bot: greets new members, explains itself on "help", and echoes everything else.</summary>
internal sealed class EchoBot : ActivityHandler
{
    public const string Welcome = "Hello and welcome!";

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        if (string.Equals(text, "help", StringComparison.OrdinalIgnoreCase))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("I repeat what you say.\nSay \"bye\" to finish."), cancellationToken);
            return;
        }

        if (string.Equals(text, "bye", StringComparison.OrdinalIgnoreCase))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Goodbye."), cancellationToken);
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.EndOfConversation), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {text}"), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var _ in membersAdded)
        {
            await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
        }
    }
}
