namespace PolicyRules.Bot.Builder.Schema;

/// <summary>The values of <see cref="Activity.InputHint"/>.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
