namespace PolicyRules.Bot.Web.Tests;

/// <summary>The file system a <see cref="BotProcess"/> keeps its data on: a small empty one, or its data directory read-only.</summary>
public sealed record DataDisk(int Kilobytes, bool ReadOnly)
{
    public static DataDisk Small(int kilobytes) => new(kilobytes, ReadOnly: false);

    public static DataDisk ReadOnlyDirectory { get; } = new(0, ReadOnly: true);
}
