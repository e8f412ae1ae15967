namespace PolicyRules.Testing;

/// <summary>The clone the tests run from, found above the test's output directory, and the policy documents beside it.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>
    /// The operator's policy documents used in development and tests: <c>../shared/seeds</c> beside the clone, so that a
    /// clone at any path next to <c>shared/</c> finds them.
    /// </summary>
    public static string SeedDocuments => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "seeds"));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PolicyRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"PolicyRules.sln was not found above {AppContext.BaseDirectory}.");
    }
}
