namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The values of <see cref="CardAction.Type"/>.</summary>
public static class ActionTypes
{
    /// <summary>Posts <c>value</c> as a visible user message.</summary>
    public const string ImBack = "imBack";

    /// <summary>Posts <c>value</c> without showing it.</summary>
    public const string PostBack = "postBack";

    /// <summary>Shows <c>displayText</c> and sends <c>text</c> and <c>value</c>.</summary>
    public const string MessageBack = "messageBack";

    public const string OpenUrl = "openUrl";
}
