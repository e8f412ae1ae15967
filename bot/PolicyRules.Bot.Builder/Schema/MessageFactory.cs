namespace PolicyRules.Bot.Builder.Schema;

/// <summary>Shortcuts for the message activities a bot sends most often.</summary>
public static class MessageFactory
{
    /// <summary>A plain text message, optionally with speech and an input hint.</summary>
    public static Activity Text(string? text, string? ssml = null, string? inputHint = null)
    {
        return new Activity(ActivityTypes.Message)
        {
            Text = text,
            Speak = ssml,
            InputHint = inputHint,
        };
    }

    /// <summary>A message with one <c>imBack</c> button per choice; the button title and value are the choice.</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return SuggestedActions(actions.Select(a => new CardAction(ActionTypes.ImBack, title: a, value: a)), text, ssml, inputHint);
    }

    /// <summary>A message with the given buttons.</summary>
    public static Activity SuggestedActions(IEnumerable<CardAction> cardActions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(cardActions);
        var activity = Text(text, ssml, inputHint);
        activity.SuggestedActions = new SuggestedActions { Actions = [.. cardActions] };
        return activity;
    }

    /// <summary>A message carrying one attachment.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var activity = Text(text, ssml, inputHint);
        activity.Attachments = [attachment];
        return activity;
    }
}
