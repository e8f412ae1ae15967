namespace PolicyRules.Screening.Tests;

/// <summary>Operator's parameter files for tests: the YAML written to a file of its own, as an operator would keep it.</summary>
internal static class OperatorFiles
{
    public static string Write(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"policyrules-operator-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
