namespace PolicyRules.Referee.Tests.Referee;

/// <summary>A seed from a text that is the same in every process (string.GetHashCode is randomised per process).</summary>
internal static class StableSeed
{
    public static int Of(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }
}
