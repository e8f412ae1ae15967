namespace PolicyRules.Bot.Hosting;

/// <summary>The <c>Host</c> configuration section.</summary>
public sealed class BotHostOptions
{
    public const string Section = "Host";

    /// <summary>Where the embedded database and the generated Direct Line secret live; relative to the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// The largest request body any endpoint reads (1 MiB: a case file or an activity is a few kilobytes); more is 413
    /// with a problem saying the limit. Uploads may be larger, up to <c>DirectLine:MaxUploadBytes</c>.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
