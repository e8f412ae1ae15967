namespace PolicyRules.Bot.Hosting;

/// <summary>The <c>Host</c> configuration section.</summary>
public sealed class BotHostOptions
{
    public const string Section = "Host";

    /// <summary>Where the embedded database and the generated Direct Line secret live; relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";
}
