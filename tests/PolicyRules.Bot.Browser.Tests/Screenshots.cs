namespace PolicyRules.Bot.Browser.Tests;

/// <summary>Where the tests save screenshots: artifacts/screenshots/ at the repository root (gitignored).</summary>
public static class Screenshots
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots")).FullName;

    public static string PathFor(string fileName) => Path.Combine(Directory, fileName);
}
