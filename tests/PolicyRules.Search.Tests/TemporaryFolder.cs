namespace PolicyRules.Search.Tests;

/// <summary>A folder under the system's temporary folder, deleted with everything in it when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("policyrules-search-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
