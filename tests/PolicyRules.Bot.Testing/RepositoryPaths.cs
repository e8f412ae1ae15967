using PolicyRules.Testing;

namespace PolicyRules.Bot.Testing;

/// <summary>Paths in the repository, found from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string BotProject => Path.Combine(Root, "bot", "PolicyRules.Bot");
}
