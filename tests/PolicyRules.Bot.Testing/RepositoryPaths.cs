namespace PolicyRules.Bot.Testing;

/// <summary>Paths in the repository, found from the test's output directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotProject => Path.Combine(Root, "bot", "PolicyRules.Bot");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PolicyRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"PolicyRules.sln was not found above {AppContext.BaseDirectory}.");
    }
}
